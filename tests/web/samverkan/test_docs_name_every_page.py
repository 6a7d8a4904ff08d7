"""Document or fail: docs/samverkan.md names every page and the thresholds the code uses."""

from pathlib import Path

from styra.web.samverkan import suggestions, urls

DOC = (Path(__file__).resolve().parents[3] / "docs/samverkan.md").read_text()


def test_every_url_name_is_in_the_docs():
    missing = [p.name for p in urls.urlpatterns if f"`{p.name}`" not in DOC]
    assert not missing, f"document these pages in docs/samverkan.md: {missing}"


def test_the_thresholds_are_in_the_docs():
    assert f"at most {suggestions.LOW_MANDATE}" in DOC
    assert f"at least {suggestions.MIN_OPERATING_AREAS} distinct" in DOC
    for area in suggestions.NOT_OPERATING:
        assert f'"{area}"' in DOC
