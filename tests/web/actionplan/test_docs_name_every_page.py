"""Document or fail: docs/actionplan.md names every page, permission and default."""

from pathlib import Path

from styra.actionplan import DEFAULT_STALLED_DAYS, DEFAULT_WEIGHT
from styra.web.actionplan import importing, urls

DOC = (Path(__file__).resolve().parents[3] / "docs/actionplan.md").read_text()


def test_every_url_name_is_in_the_docs():
    missing = [p.name for p in urls.urlpatterns if f"`{p.name}`" not in DOC]
    assert not missing, f"document these pages in docs/actionplan.md: {missing}"


def test_every_permission_is_in_the_docs():
    for perm in ("actionplan.view_plan", "actionplan.change_plan", "actionplan.log_progress"):
        assert f"`{perm}`" in DOC


def test_the_defaults_and_import_columns_are_in_the_docs():
    assert f"{DEFAULT_STALLED_DAYS} days" in DOC
    assert f"weight {int(DEFAULT_WEIGHT)}" in DOC
    assert "`STYRA_ACTIONPLAN_STALLED_DAYS`" in DOC
    for aliases in importing.COLUMNS.values():
        assert f"`{aliases[0]}`" in DOC
