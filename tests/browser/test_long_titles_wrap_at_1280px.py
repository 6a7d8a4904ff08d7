"""A 300-character title without a space wraps: no page scrolls sideways at 1280 px
(before, such a title made the action page 7,491 px wide)."""

import datetime as dt

import pytest

from styra.web.actionplan.models import Action

from .conftest import login

TITLE = "Klimatomställning" * 18  # 306 letters, no space


@pytest.fixture
def long_action(org_a):
    return Action.objects.create(
        organisation=org_a, level="strategy", code="S1", title=TITLE[:300], targets=["13.2"],
        start=dt.date(2025, 1, 1), end=dt.date(2026, 6, 30),
    )  # fmt: skip


def test_no_page_with_the_long_title_scrolls_sideways(page, editor_a, long_action):
    page.set_viewport_size({"width": 1280, "height": 900})
    login(page, editor_a)
    base = "/omraden/0180/handlingsplan/"
    for path in (f"{base}{long_action.pk}/", base, f"{base}tidslinje/"):
        page.goto(path)
        assert page.get_by_text(TITLE[:40]).first.is_visible()
        widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert widths[0] <= widths[1], f"{path} is {widths[0]} px wide"
