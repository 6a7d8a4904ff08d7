"""Narratives are kept per section and year, an edit made meanwhile by someone else is
not overwritten, a frozen VLR never changes, and the next one says what changed since."""

import pytest

from styra.web.common.concurrency import OPENED
from styra.web.vlr.models import FrozenVlrError, VlrVersion

from .conftest import BASE, DRAFT, YEAR, text_of

OPENING = "Vi tar Agenda 2030 på allvar i Stockholm."


def opened_token(client, url: str) -> str:
    html = client.get(url).content.decode()
    marker = f'name="{OPENED}" value="'
    start = html.index(marker) + len(marker)
    return html[start : html.index('"', start)].replace("&quot;", '"')


def freeze(client, label: str, decided_on: str = "2026-06-01"):
    return client.post(f"{DRAFT}frys/", {"label": label, "decided_on": decided_on})


def test_a_narrative_is_kept_and_shown(client_for, editor_a, plan_a):
    client = client_for(editor_a)
    url = f"{DRAFT}text/opening/"
    response = client.post(url, {"text": OPENING, OPENED: opened_token(client, url)})
    assert response.status_code == 302
    assert OPENING in text_of(client.get(DRAFT))
    assert OPENING not in text_of(client.get(f"{BASE}{YEAR + 1}/"))  # another year's


def test_an_edit_made_meanwhile_is_not_overwritten(client_for, editor_a, admin_a, plan_a):
    first, second = client_for(editor_a), client_for(admin_a)
    url = f"{DRAFT}text/conclusion/"
    token = opened_token(first, url)
    assert (
        second.post(url, {"text": "Andras text", OPENED: opened_token(second, url)}).status_code
        == 302
    )
    refused = first.post(url, {"text": "Min text", OPENED: token})
    assert refused.status_code == 400 and "Andras text" in text_of(refused)
    assert "Andras text" in text_of(first.get(DRAFT))


def test_an_unknown_section_or_year_is_not_found(client_for, editor_a, plan_a):
    client = client_for(editor_a)
    assert client.get(f"{DRAFT}text/annex/").status_code == 404
    assert client.get(f"{BASE}1999/").status_code == 404


def test_frozen_versions_never_change_and_the_next_says_what_changed(client_for, editor_a, plan_a):
    client = client_for(editor_a)
    url = f"{DRAFT}text/opening/"
    client.post(url, {"text": OPENING, OPENED: opened_token(client, url)})
    assert freeze(client, "Beslutad i KF 2026-06-01").status_code == 302
    first = VlrVersion.objects.get()
    assert first.content["narratives"]["opening"] == OPENING
    assert first.content["since"] == {"available": False}
    before = dict(first.content)
    client.post(url, {"text": "Ny text", OPENED: opened_token(client, url)})
    first.refresh_from_db()
    assert first.content == before  # the narrative edit does not reach the frozen one
    assert OPENING in text_of(client.get(f"{BASE}versioner/{first.pk}/"))
    with pytest.raises(FrozenVlrError):
        first.save()
    # The next review compares with the first.
    assert freeze(client, "Beslutad i KF 2027-06-01", "2026-06-02").status_code == 302
    second = VlrVersion.objects.exclude(pk=first.pk).get()
    assert second.content["since"]["available"] and second.content["since"]["label"] == first.label
    assert "Beslutad i KF 2026-06-01" in text_of(client.get(f"{BASE}versioner/{second.pk}/"))


def test_freezing_needs_a_label_and_a_decision_date(client_for, editor_a, plan_a):
    client = client_for(editor_a)
    assert client.post(f"{DRAFT}frys/", {"label": "Utan datum"}).status_code == 400
    assert freeze(client, "En").status_code == 302
    assert freeze(client, "en").status_code == 400  # the same name, whatever the case
