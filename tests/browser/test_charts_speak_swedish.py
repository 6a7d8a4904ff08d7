"""Charts on a Swedish page use Swedish month names on a time axis (charts.js gives
vega-embed the sv-SE number and time locale: "april", decimal commas)."""

import datetime as dt

from playwright.sync_api import expect

from styra.web.actionplan.models import Action

from .conftest import login


def test_the_timeline_axis_names_the_months_in_swedish(page, editor_a, org_a):
    Action.objects.create(
        organisation=org_a, level="strategy", code="S1", title="Klimat", targets=["13.2"],
        start=dt.date(2025, 1, 1), end=dt.date(2025, 10, 31),
    )  # fmt: skip
    login(page, editor_a)
    page.goto("/omraden/0180/handlingsplan/tidslinje/")
    expect(page.locator("figure.chart-ready")).to_have_count(1)
    labels = page.locator("figure svg text").all_text_contents()
    assert "april" in labels and "April" not in labels
