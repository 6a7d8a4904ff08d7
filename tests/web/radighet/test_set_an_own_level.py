"""An editor sets an own level with a motivation: the level, its history row (who, from,
to) and the data version change together; the goal page shows it as the organisation's own."""

from styra.web.radighet.models import MandateChange, MandateOverride

from .conftest import CHANGE_URL, GOAL_URL, SECRET, text_of

POSTED = {"delmal-14-2-level": "2", "delmal-14-2-motivation": f"  {SECRET}  "}


def test_setting_a_level_records_who_from_and_to(client_for, editor_a, org_a, version):
    before = version()
    response = client_for(editor_a).post(CHANGE_URL, POSTED)
    assert response.status_code == 302
    assert response["Location"] == f"{GOAL_URL}#delmal-14-2"
    override = MandateOverride.objects.get()
    assert (override.organisation, override.target_id, override.level) == (org_a, "14.2", 2)
    assert (override.motivation, override.updated_by) == (SECRET, editor_a)
    change = MandateChange.objects.get()
    assert (change.organisation, change.target_id) == (org_a, "14.2")
    assert (change.from_level, change.to_level, change.to_default) == (1, 2, False)
    assert (change.motivation, change.changed_by) == (SECRET, editor_a)
    assert change.changed_at is not None
    assert version() == before + 1


def test_the_goal_page_shows_the_own_level_with_its_motivation(client_for, editor_a):
    client = client_for(editor_a)
    client.post(CHANGE_URL, POSTED)
    page = client.get(GOAL_URL)
    text = text_of(page)
    assert [str(m) for m in page.context["messages"]] == [
        "Delmål 14.2: nivån är nu Äger, köper eller planerar."
    ]
    section = text[text.index('id="delmal-14-2"') :][:2000]
    assert "2 – Äger, köper eller planerar" in section and "egen nivå" in section
    assert SECRET in section
    assert "Styras standard är 1 – Kan påverka" in section  # the default beside it
    assert "av Erik Ek" in section  # members see who changed it


def test_a_second_change_starts_from_the_own_level(client_for, editor_a, admin_a, own_level_a):
    data = {"delmal-14-2-level": "3", "delmal-14-2-motivation": "Havsplanen är nu antagen."}
    assert client_for(admin_a).post(CHANGE_URL, data).status_code == 302
    latest = MandateChange.objects.first()  # newest first
    assert (latest.from_level, latest.to_level, latest.changed_by) == (2, 3, admin_a)
    override = MandateOverride.objects.get()
    assert (override.level, override.updated_by) == (3, admin_a)
    assert MandateChange.objects.count() == 2


def test_a_region_starts_from_the_region_default(client_for, org_b, editor_b):
    """11.2 (kollektivtrafik) is 3 for a region, 2 for a kommun."""
    org_b.type = "L"
    org_b.save()
    url = "/omraden/1480/radighet/delmal/11-2/andra/"
    data = {"delmal-11-2-level": "2", "delmal-11-2-motivation": "Länstrafiken är ett bolag."}
    assert client_for(editor_b).post(url, data).status_code == 302
    change = MandateChange.objects.get()
    assert (change.from_level, change.to_level) == (3, 2)


def test_the_url_may_use_the_id_as_issued(client_for, editor_a):
    url = CHANGE_URL.replace("14-2", "14.2")
    assert client_for(editor_a).post(url, POSTED).status_code == 302
    assert MandateOverride.objects.get().target_id == "14.2"
