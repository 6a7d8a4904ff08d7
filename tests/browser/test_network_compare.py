"""A member compares the network's members: the goals table per type of member, a KPI
chosen from a goal's list, its small charts with a table each; both pages pass axe-core
without a Content-Security-Policy violation (the ``page`` fixture fails on any)."""

import re

from playwright.sync_api import expect

from styra.web.organisations.models import Network

from .conftest import check_axe, login


def test_a_member_compares_the_goals_then_one_kpi(page, live_server, editor_a, kolada_live):
    network = Network.objects.create(name="Storstäder och region")
    network.members.set(["0180", "1480", "0001"])
    login(page, editor_a)
    page.goto(f"{live_server.url}/natverk/{network.pk}/jamfor/")
    main = page.locator("#main")
    expect(page.get_by_role("heading", level=1)).to_contain_text("medlemmarna sida vid sida")
    expect(main.locator("table")).to_have_count(2)  # kommuner, then regions
    expect(main.locator("table").first.locator("tbody tr")).to_have_count(17)
    check_axe(page)

    main.locator("details summary", has_text="Mål 13:").click()
    main.get_by_role(
        "link", name="Utsläpp till luft av växthusgaser totalt, ton CO2-ekv/inv"
    ).click()
    expect(page).to_have_url(re.compile(rf"/natverk/{network.pk}/jamfor/nyckeltal/N00401/$"))
    expect(main.locator("li.card h3")).to_have_text(["Göteborg", "Stockholm", "Region Stockholm"])
    expect(main.locator("li.card img").first).to_have_attribute("src", re.compile("^data:image"))
    main.locator("li.card summary").first.click()
    expect(main.locator("li.card table").first).to_be_visible()
    check_axe(page)
