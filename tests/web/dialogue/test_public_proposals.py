"""Citizens' proposals logged out: submitted (moderated before or after), supported once
per participant, reported with a reason; every POST through the robot checks."""

import pytest
from django.test import Client
from django.urls import reverse

from styra.web.dialogue.models import Dialogue, Kind, Moderation, Proposal, Report, Support
from tests.web.antispam_helpers import antispam, robot_check  # noqa: F401
from tests.web.dialogue import public_fixtures
from tests.web.dialogue.public_fixtures import DAY, make_dialogue
from tests.web.pages import field_error_shown, text_of

pytestmark = pytest.mark.usefixtures("antispam")
dialogue = public_fixtures.dialogue  # the fixture: an open dialogue with every kind


def url(dialogue, name="dialogue-public-proposals", *extra) -> str:
    return reverse(name, args=[dialogue.organisation_id, dialogue.pk, *extra])


def propose(client, dialogue, **data):
    data = {"title": "Fler cykelbanor", "body": "Längs Vasagatan.", "goal": "11", **data}
    return client.post(url(dialogue), {**data, **robot_check(client)})


def shown_proposal(dialogue, title="Fler cykelbanor") -> Proposal:
    return Proposal.objects.create(
        question=dialogue.questions.get(kind=Kind.PROPOSALS),
        participant="0" * 64,
        title=title,
        goal=11,
        visibility="shown",
    )


def prefixed(prefix: str, client, **data) -> dict:
    checks = robot_check(client)
    return {f"{prefix}-{name}": value for name, value in {**checks, **data}.items()}


def test_a_proposal_waits_for_moderation_before_it_is_shown(client, dialogue):
    response = propose(client, dialogue, target_id="11.2")
    assert response.status_code == 302
    proposal = Proposal.objects.get()
    assert (proposal.title, proposal.goal, proposal.target_id) == ("Fler cykelbanor", 11, "11.2")
    assert proposal.visibility == "pending"
    page = text_of(client.get(response["Location"]))
    assert "Ditt förslag visas här när det har granskats." in page
    assert "Längs Vasagatan." not in page


def test_a_proposal_is_shown_at_once_when_moderated_after(client, dialogue):
    Dialogue.objects.filter(pk=dialogue.pk).update(moderation=Moderation.AFTER)
    response = propose(client, dialogue)
    assert Proposal.objects.get().visibility == "shown"
    assert "Längs Vasagatan." in text_of(client.get(response["Location"]))


def test_a_target_of_another_goal_is_refused(client, dialogue):
    response = propose(client, dialogue, target_id="3.4")
    field_error_shown(response, "target_id", "Delmål 3.4 hör till mål 3, inte till mål 11.")
    assert not Proposal.objects.exists()


def test_a_proposal_without_proof_of_work_is_refused(client, dialogue):
    data = {"title": "Köp piller", "goal": "3", **robot_check(client, payload="")}
    response = client.post(url(dialogue), data)
    assert response.status_code == 400
    assert not Proposal.objects.exists()


def test_a_participant_supports_once(client, dialogue):
    proposal = shown_proposal(dialogue)
    prefix = f"stod{proposal.pk}"
    support_url = url(dialogue, "dialogue-public-support", proposal.pk)
    first = client.post(support_url, prefixed(prefix, client))
    assert first.status_code == 302
    again = client.post(support_url, prefixed(prefix, client))
    assert again.status_code == 302
    assert Support.objects.filter(proposal=proposal).count() == 1
    page = text_of(client.get(again["Location"]))
    assert "Du har redan stött det här förslaget." in page
    Client().post(support_url, prefixed(prefix, Client()))  # someone else: the threshold (2)
    page = text_of(client.get(url(dialogue)))
    assert "2 stöd" in page and "Nått gränsen: organisationen svarar" in page


def test_a_support_without_proof_of_work_is_refused(client, dialogue):
    proposal = shown_proposal(dialogue)
    support_url = url(dialogue, "dialogue-public-support", proposal.pk)
    response = client.post(support_url, prefixed(f"stod{proposal.pk}", client, altcha=""))
    assert response.status_code == 400
    assert "Kontrollen att du inte är en robot är inte klar." in text_of(response)
    assert not Support.objects.exists()


def test_a_pending_proposal_cannot_be_supported(client, dialogue):
    proposal = shown_proposal(dialogue)
    Proposal.objects.filter(pk=proposal.pk).update(visibility="pending")
    support_url = url(dialogue, "dialogue-public-support", proposal.pk)
    assert client.post(support_url, prefixed(f"stod{proposal.pk}", client)).status_code == 404


def test_a_report_keeps_its_reason(client, dialogue):
    proposal = shown_proposal(dialogue)
    report_url = url(dialogue, "dialogue-public-report", proposal.pk)
    data = prefixed(f"anmal{proposal.pk}", client, reason="Reklam för en firma")
    response = client.post(report_url, data)
    assert response.status_code == 302
    assert Report.objects.get().reason == "Reklam för en firma"
    assert Report.objects.get().proposal == proposal


def test_a_closed_dialogue_takes_no_proposals_or_supports(client, org_a):
    shut = make_dialogue(org_a, opens=-2 * DAY, closes=-DAY)
    shut.questions.create(kind=Kind.PROPOSALS, text="Förslag")
    proposal = shown_proposal(shut)
    assert propose(client, shut).status_code == 400
    support_url = url(shut, "dialogue-public-support", proposal.pk)
    assert client.post(support_url, prefixed(f"stod{proposal.pk}", client)).status_code == 400
    assert Proposal.objects.count() == 1 and not Support.objects.exists()
    page = client.get(url(shut)).content.decode()
    assert "Stöd förslaget" not in page and "Lämna ett förslag" not in page


def test_a_dialogue_without_proposals_has_no_proposals_page(client, org_a):
    plain = make_dialogue(org_a)
    assert client.get(url(plain)).status_code == 404


def test_the_proposals_page_has_unique_ids(client, dialogue):
    import re

    shown_proposal(dialogue, "Ett")
    shown_proposal(dialogue, "Två")
    html = client.get(url(dialogue)).content.decode()
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
