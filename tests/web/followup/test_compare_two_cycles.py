"""Comparing two cycles: per action its status before and now, and what moved."""

from styra.web.followup.models import Report

from .conftest import url


def test_what_moved_since_the_last_cycle(client_for, viewer_a, plan, cycles):
    before, now = cycles["closed"], cycles["open"]
    Report.objects.create(cycle=before, action=plan["x"], status="started")
    Report.objects.create(cycle=before, action=plan["z"], status="done")
    Report.objects.create(cycle=now, action=plan["x"], status="more_than_half")
    Report.objects.create(cycle=now, action=plan["z"], status="done")
    page = client_for(viewer_a).get(url("followup-compare", now.pk)).content.decode()
    assert "Tertial 2 2026 jämfört med Tertial 1 2026" in page
    assert "1 åtgärd har fått en annan status." in page
    rows = page.split("<tbody>")[1].split("</tbody>")[0].split("<tr>")[1:]
    assert "S1.1 Laddstolpar" in rows[0] and "Påbörjad" in rows[0] and "Mer än hälften" in rows[0]
    assert "Framåt" in rows[0]
    assert "S1.3 Bilpooler" in rows[1] and "Samma" in rows[1]


def test_compare_with_a_chosen_cycle_of_the_same_organisation(client_for, viewer_a, plan, cycles):
    page = client_for(viewer_a).get(
        url("followup-compare", cycles["open"].pk) + f"?med={cycles['planned'].pk}"
    )
    assert "Tertial 2 2026 jämfört med Delår 2026" in page.content.decode()


def test_the_first_cycle_has_nothing_to_compare_with(client_for, viewer_a, plan, cycles):
    page = client_for(viewer_a).get(url("followup-compare", cycles["closed"].pk)).content.decode()
    assert "Det finns ingen tidigare uppföljning att jämföra med." in page
