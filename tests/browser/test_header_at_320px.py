"""At 320 CSS px (WCAG 1.4.10 reflow) the header wraps: the organisation switcher's
button is whole inside the viewport, the page does not scroll sideways, and axe-core
finds no violation — for a user in two organisations with long names."""

from playwright.sync_api import expect

from styra.web.accounts.models import Membership, Role
from styra.web.organisations.models import Organisation

from .conftest import check_axe, login

WIDTH, HEIGHT = 320, 640


def test_the_header_wraps_at_320_px_with_the_switcher_inside(page, editor_a):
    region = Organisation.objects.create(
        kolada_id="0014", name="Västra Götalandsregionen", type="L"
    )
    Membership.objects.create(user=editor_a, organisation=region, role=Role.VIEWER)
    login(page, editor_a)
    page.set_viewport_size({"width": WIDTH, "height": HEIGHT})
    page.goto("/omraden/0014/organisation/")
    button = page.locator("form.switcher").get_by_role("button", name="Byt")
    expect(button).to_be_visible()
    box = button.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= WIDTH, box
    select = page.get_by_label("Organisation", exact=True)
    expect(select).to_have_value("0014")
    select_box = select.bounding_box()
    assert select_box["x"] >= 0 and select_box["x"] + select_box["width"] <= WIDTH, select_box
    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1], f"the page scrolls sideways: {widths}"
    check_axe(page)
