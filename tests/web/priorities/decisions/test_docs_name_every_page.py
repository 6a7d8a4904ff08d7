"""Document or fail: docs/prioritisation.md names every permission, default and limit
(its pages: tests/web/test_docs_name_every_url.py)."""

import rules

from styra.priorities import DEFAULT_WEIGHTS, criteria
from styra.web.priorities.decisions import services, workshop_views
from tests.web.docs_check import doc_text

DOC = doc_text("prioritisation.md")


def test_every_permission_is_in_the_docs():
    names = [name for name in rules.permissions.permissions if name.startswith("priorities.")]
    ours = [n for n in names if "interactions" not in n]
    assert len(ours) == 6
    assert all(f"`{name}`" in DOC for name in ours)


def test_the_defaults_and_limits_are_in_the_docs():
    for criterion, weight in DEFAULT_WEIGHTS.as_dict().items():
        assert f"| {criterion} | {round(weight * 100)} ({weight:.2f}) |" in DOC
    assert f"at most **{services.VOTE_POINTS} points**" in DOC
    assert f"every **{workshop_views.POLL_SECONDS} seconds**" in DOC
    assert f"`CHANGE = {services.CHANGE}`" in DOC
    assert f"default {services.DEFAULT_TOP_N}" in DOC and f"N = 1–{services.MAX_TOP_N}" in DOC
    assert f"**{criteria.NEUTRAL}, the middle of the scale**" in DOC


def test_every_source_of_a_criterion_is_in_the_docs():
    sources = [
        criteria.STANDING,
        criteria.RANK,
        criteria.NO_DATA,
        criteria.DOCUMENTS,
        criteria.NO_DOCUMENTS,
        criteria.LEVELS,
        criteria.MATRIX,
        criteria.NO_MATRIX,
        criteria.SET,
        criteria.NOT_SET,
        criteria.NO_DIALOGUE,
        criteria.DIALOGUE,
    ]
    assert all(f"`{source}`" in DOC for source in sources)
