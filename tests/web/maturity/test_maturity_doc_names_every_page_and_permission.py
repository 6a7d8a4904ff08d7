"""Document or fail: docs/maturity.md names every maturity URL and permission."""

from pathlib import Path

import rules

from styra.web.maturity.urls import urlpatterns

DOC = (Path(__file__).resolve().parents[3] / "docs/maturity.md").read_text(encoding="utf-8")


def test_every_url_name_is_documented():
    missing = [p.name for p in urlpatterns if f"`{p.name}`" not in DOC]
    assert not missing


def test_every_permission_is_documented():
    for name in ("view_assessment", "answer_assessment", "manage_rounds"):
        assert rules.perm_exists(f"maturity.{name}")
        assert f"`maturity.{name}`" in DOC
