"""The header's steps are reached and followed with the keyboard alone; the page then
marks its step as current, and axe-core finds no violation."""

from playwright.sync_api import expect

from .conftest import check_axe, login


def test_a_step_is_reached_and_followed_with_the_keyboard(page, editor_a):
    login(page, editor_a)
    page.goto("/omraden/0180/organisation/")
    steps = page.get_by_role("navigation", name="Arbetsstegen för Stockholm")
    focus = steps.get_by_role("link", name="Fokus", exact=True)
    for _ in range(40):  # Tab through the header until the step has focus
        page.keyboard.press("Tab")
        if focus.evaluate("link => link === document.activeElement"):
            break
    else:
        raise AssertionError("Tab never reached the step Fokus")
    page.keyboard.press("Enter")
    page.wait_for_url("**/omraden/0180/fokus/")
    expect(steps.get_by_role("link", name="Fokus", exact=True)).to_have_attribute(
        "aria-current", "page"
    )
    expect(steps.locator('[aria-current="page"]')).to_have_count(1)
    check_axe(page)
