"""A form sent through HTMX with an error shows the error in place (the 400 answer is
swapped in by styra.js; before, HTMX dropped it and nothing happened on screen)."""

from playwright.sync_api import expect

from .conftest import login


def test_a_blank_group_member_shows_its_error_in_place(page, editor_a):
    login(page, editor_a)
    page.goto("/omraden/0180/organisation/")
    steering = page.get_by_role("group", name="Lägg till i styrgrupp")
    steering.get_by_label("Namn").fill("   ")
    page.evaluate("window.__stillHere = true")
    with page.expect_response("**/grupper/styrgrupp/lagg-till/") as answer:
        steering.get_by_role("button", name="Lägg till").click()
    assert answer.value.status == 400
    expect(page.locator("#commitments")).to_contain_text("Detta fält måste fyllas i.")
    assert page.evaluate("window.__stillHere === true")  # swapped in, no page load
