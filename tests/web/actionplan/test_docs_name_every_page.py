"""Document or fail: docs/actionplan.md names every permission and default
(its pages: tests/web/test_docs_name_every_url.py)."""

from styra.actionplan import DEFAULT_STALLED_DAYS, DEFAULT_WEIGHT
from styra.web.actionplan import importing
from tests.web.docs_check import doc_text

DOC = doc_text("actionplan.md")


def test_every_permission_is_in_the_docs():
    for perm in ("actionplan.view_plan", "actionplan.change_plan", "actionplan.log_progress"):
        assert f"`{perm}`" in DOC


def test_the_defaults_and_import_columns_are_in_the_docs():
    assert f"{DEFAULT_STALLED_DAYS} days" in DOC
    assert f"weight {int(DEFAULT_WEIGHT)}" in DOC
    assert "`STYRA_ACTIONPLAN_STALLED_DAYS`" in DOC
    for aliases in importing.COLUMNS.values():
        assert f"`{aliases[0]}`" in DOC
