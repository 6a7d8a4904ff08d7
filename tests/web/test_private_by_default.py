"""An organisation's material is private to its members; only the Kolada analysis is open.

Every URL of the organisation's material under ``/omraden/<id>/`` (all but the
analysis' ``nulage-…``) is generated from the URLconf (so a new view cannot be
forgotten), filled with real objects of organisation A, and asked by a user of
organisation B and by a logged-in user with no membership: each answers 403 or 404
(a POST-only view is also posted to). A's own member gets past the permission check on
the same URLs, so the objects are real. The analysis (``/omraden/<id>/``, ``…/mal/…``,
``…/nyckeltal/…``) stays open to both outsiders (the crawl checks it).
"""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.utils import timezone

from styra.sdg import load_catalog
from styra.web.accounts.models import Invitation, Membership
from styra.web.actionplan.models import Action, ActionIndicator
from styra.web.api.models import ApiToken
from styra.web.background.models import Job
from styra.web.consultation.models import Comment as ConsultationComment
from styra.web.consultation.models import Invitee
from styra.web.consultation.models import Round as ConsultationRound
from styra.web.contact.models import ContactMessage
from styra.web.dialogue.models import Answer, Dialogue, Kind, Proposal, Question, Response
from styra.web.focus import services as focus
from styra.web.focus.models import OwnGoal, Passage, Tag
from styra.web.followup.models import Cycle
from styra.web.indicators.models import OwnIndicator
from styra.web.maturity.models import Round
from styra.web.meetings.models import Meeting, MeetingTask
from styra.web.network.models import ExpectationMark, NetworkInvitation
from styra.web.organisations.models import BodyMember, Network
from styra.web.practices.models import Attachment, Practice
from styra.web.priorities.decisions.models import Decision, Workshop
from styra.web.priorities.interactions.scope import Scope
from styra.web.priorities.interactions.services import create_matrix
from styra.web.public.models import Publication
from styra.web.reports.models import ReportVersion
from styra.web.samverkan.models import Actor, Involvement
from styra.web.vlr.models import VlrVersion
from tests.web.factories import budget_document, make_user

PREFIX = "omraden/<str:kolada_id>/"
# The Kolada analysis of any area and its twins (only Kolada values): open to every
# signed-in user.
ANALYSIS = ("nulage-", "twins-")
# The public site (/offentligt/<id>/…, public-…) is open to everyone on purpose: it shows
# only what an admin approved (tests/web/public). It lies outside PREFIX, so it is not
# listed here; its publishing pages (/omraden/<id>/publicering/…) are, and are private.
REFUSED = (403, 404)
WORKSHOP_TOKEN = "privat-workshop-0180"

# Which of A's objects fills a URL's <pk>, by the start of the URL's name.
OBJECT_OF = {
    "accounts-member-": "membership",
    "accounts-invitation-": "invitation",
    "organisations-body-member-": "body_member",
    "indicators-own-": "own_indicator",
    "focus-document": "document",
    "focus-passage-": "passage",
    "focus-tag-": "tag",
    "focus-own-goal": "own_goal",
    "samverkan-actor-": "actor",
    "samverkan-involvement-": "involvement",
    "maturity-": "round",
    "reports-version": "report_version",
    "reports-job": "document_job",
    "vlr-job": "vlr_job",
    "vlr-version": "vlr_version",
    "followup-job": "followup_job",
    "followup-": "cycle",
    "interactions-": "matrix",
    "priorities-decision": "decision",
    "actionplan-indicator-create": "action",  # a new indicator of an action
    "actionplan-indicator-": "action_indicator",
    "actionplan-": "action",
    "publishing-": "publication",
    "api-token-": "api_token",
    "dialogue-question-": "dialogue_question",
    "dialogue-answer-": "dialogue_answer",
    "dialogue-proposal-": "dialogue_proposal",
    "dialogue-": "dialogue",
    "contact-message-": "contact_message",
    "network-org-task-": "meeting_task",
    "network-org-invitation-": "network_invitation",
    "consultation-peers": "consultation_review",
    "consultation-invitee-": "consultation_invitee",
    "consultation-comment-": "consultation_comment",
    "consultation-": "consultation_round",
    "practices-attachment-": "practice_attachment",
    "practices-": "practice",
}
# The other parts of a URL: a value each view accepts.
PARTS = {
    "goal": 4,
    "fmt": "csv",
    "body": "styrgrupp",
    "token": WORKSHOP_TOKEN,
    "layout": "lang",
    "source": "4.1",
    "target": "4.2",
    "year": 2026,
    "section": "opening",
    "expectation": "change",  # network-org-expectation-…; A has marked it
}
# Parts whose value depends on the view.
PARTS_OF = {
    ("radighet-export", "table"): "delmal",
    ("radighet-target-change", "target"): "4-1",
    ("radighet-target-reset", "target"): "4-1",
    ("interactions-export", "fmt"): "xlsx",
    ("reports-file", "fmt"): "docx",
    ("reports-version-file", "fmt"): "docx",
    ("vlr-version-file", "fmt"): "docx",
    ("vlr-file", "fmt"): "pdf",
    ("followup-cycle-file", "fmt"): "xlsx",
    ("followup-annual-file", "fmt"): "docx",
}
# Views that answer 404 to a member too when no file is attached (none is, here).
ATTACHED_FILES = {"organisations-decision-document", "priorities-decision-document"}
# Views that answer 404 to a member too without loaded Kolada data (none is, here):
# the export of what changed needs two kept data versions.
NEEDS_DATA_VERSIONS = {"changes-export"}


def organisation_patterns() -> list[tuple[str, list[str]]]:
    """(URL name, its parameters) for every view of an organisation's own material."""
    found = []

    def walk(patterns, prefix: str) -> None:
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, route)
            elif isinstance(pattern, URLPattern) and is_private(route, pattern.name):
                found.append((pattern.name, list(pattern.pattern.converters)))

    walk(get_resolver().url_patterns, "")
    return found


def is_private(route: str, name: str | None) -> bool:
    return route.startswith(PREFIX) and not (name or "").startswith(ANALYSIS)


def object_key(name: str) -> str:
    return next(key for start, key in OBJECT_OF.items() if name.startswith(start))


def material_of(organisation, editor) -> dict[str, int]:
    """One object of each kind the organisation's URLs name, by key."""
    own_goal = OwnGoal.objects.create(organisation=organisation, body="KF", text="Alla lyckas.")
    tag, _created = focus.tag_by_hand(own_goal, 4, "4.1", editor)
    document = budget_document(organisation, editor)
    actor = Actor.objects.create(
        organisation=organisation, name="Skolan", kind="internal", category="forvaltning"
    )
    action = Action.objects.create(
        organisation=organisation, level="strategy", code="S1", title="Fler når målen"
    )
    action.responsible.add(editor)  # so that a follow-up cycle asks about it
    targets = [target.target_id for target in load_catalog().targets_of_goal(4)]
    matrix = create_matrix(Scope(organisation, can_change=True), editor, "Skolan", "", targets)
    Workshop.objects.create(
        organisation=organisation, title="Maj", token=WORKSHOP_TOKEN, created_by=editor
    )
    return {
        "membership": Membership.objects.get(organisation=organisation, user=editor).pk,
        "invitation": Invitation.objects.create(
            organisation=organisation, email="ny@example.se", token_hash="0" * 64
        ).pk,
        "body_member": BodyMember.objects.create(
            organisation=organisation, body=BodyMember.Body.STEERING_GROUP, name="Anna"
        ).pk,
        "own_indicator": OwnIndicator.objects.create(
            organisation=organisation, code="E1", title="Kulturskolan", goal=4
        ).pk,
        "document": document.pk,
        "passage": Passage.objects.filter(document=document).first().pk,
        "tag": Tag.objects.get(pk=tag.pk).pk,
        "own_goal": own_goal.pk,
        "actor": actor.pk,
        "involvement": Involvement.objects.create(actor=actor, goal=4, target_id="4.1").pk,
        "round": Round.objects.create(
            organisation=organisation, title="Våren", opened_on=datetime.date(2025, 3, 1)
        ).pk,
        "report_version": ReportVersion.objects.create(
            organisation=organisation, label="v1", content={}, created_by=editor
        ).pk,
        "matrix": matrix.pk,
        "decision": Decision.objects.create(
            organisation=organisation,
            goals=[4],
            body="KS",
            decided_on=datetime.date(2025, 5, 1),
            reference="§ 1",
            motivation="Skolan först.",
            snapshot={},
            created_by=editor,
        ).pk,
        "action": action.pk,
        "action_indicator": ActionIndicator.objects.create(action=action, kpi_id="N15419").pk,
        "publication": Publication.objects.create(
            organisation=organisation, sections=["handlingsplan"], prepared_by=editor
        ).pk,
        "api_token": ApiToken.issue(
            organisation,
            "BI",
            ["read_private"],
            datetime.datetime(2099, 1, 1, tzinfo=datetime.UTC),
            editor,
        )[0].pk,
        "contact_message": ContactMessage.objects.create(
            organisation=organisation, name="Vera", email="v@example.org", subject="S", message="M"
        ).pk,
        "expectation_mark": ExpectationMark.objects.create(
            organisation=organisation,
            expectation="change",
            done_on=datetime.date(2025, 5, 1),
            evidence="Uppdrag i budgeten",
        ).pk,
        **network_material(organisation),
        **step_four_material(organisation, editor),
        **consultation_material(organisation, editor),
        **learning_material(organisation, editor),
        **dialogue_material(organisation, editor),
        **practice_material(organisation, editor),
    }


def network_material(organisation) -> dict[str, int]:
    """A network A is a member of, and an open invitation to another."""
    member_of = Network.objects.create(name="Nätverket A är med i")
    member_of.members.add(organisation)
    inviting = Network.objects.create(name="Nätverket som bjuder in A")
    invitation = NetworkInvitation.objects.create(network=inviting, organisation=organisation)
    return {"network": member_of.pk, "network_invitation": invitation.pk}


def learning_material(organisation, editor) -> dict[str, int]:
    """A network meeting with a task for A, and A's kollegial granskning in that network."""
    network = Network.objects.create(name="Nätverket som möts")
    network.members.add(organisation)
    starts = timezone.now() + datetime.timedelta(days=7)
    meeting = Meeting.objects.create(
        network=network, title="Träff", starts_at=starts, ends_at=starts, created_by=editor
    )
    review = ConsultationRound.objects.create(
        organisation=organisation,
        kind="granskning",
        network=network,
        title="Granskning",
        section="handlingsplan",
        question="Räcker åtgärderna?",
        deadline=datetime.date(2099, 1, 1),
        opened_by=editor,
    )
    return {
        "meeting_task": MeetingTask.objects.create(
            meeting=meeting, organisation=organisation, text="Frys analysen"
        ).pk,
        "consultation_review": review.pk,
    }


def practice_material(organisation, editor) -> dict[str, int]:
    """A private good example of A with an attachment (goda exempel)."""
    practice = Practice.objects.create(
        organisation=organisation, title="Skolgårdar", action="Gröna"
    )
    attachment = Attachment(practice=practice, filename="plan.txt", size=4, uploaded_by=editor)
    attachment.file.save("plan.txt", ContentFile(b"plan"))
    return {"practice": practice.pk, "practice_attachment": attachment.pk}


def dialogue_material(organisation, editor) -> dict[str, int]:
    """A medborgardialog with an answer to its free-text question and a proposal (step 3b)."""
    now = timezone.now()
    dialogue = Dialogue.objects.create(
        organisation=organisation,
        title="Parkerna",
        created_by=editor,
        opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=1),
    )
    text = Question.objects.create(dialogue=dialogue, kind=Kind.TEXT, text="Något mer?")
    ideas = Question.objects.create(
        dialogue=dialogue, kind=Kind.PROPOSALS, text="Föreslå", position=1
    )
    response = Response.objects.create(dialogue=dialogue, participant="0" * 64, channel="web")
    answer = Answer.objects.create(response=response, question=text, value="Fler träd")
    proposal = Proposal.objects.create(
        question=ideas, participant="1" * 64, title="Bänkar", goal=11
    )
    return {
        "dialogue": dialogue.pk,
        "dialogue_question": text.pk,
        "dialogue_answer": answer.pk,
        "dialogue_proposal": proposal.pk,
    }


def consultation_material(organisation, editor) -> dict[str, int]:
    """A remissrunda with an invited partner and a comment (step 3b)."""
    round_ = ConsultationRound.objects.create(
        organisation=organisation,
        title="Remiss",
        section="nulage",
        question="Stämmer bilden?",
        deadline=datetime.date(2099, 1, 1),
        opened_by=editor,
    )
    return {
        "consultation_round": round_.pk,
        "consultation_invitee": Invitee.objects.create(
            round=round_, organisation_name="Regionen", email="r@example.se", token_hash="1" * 64
        ).pk,
        "consultation_comment": ConsultationComment.objects.create(
            round=round_, author_name="Anna", author_organisation="Regionen", text="Bra."
        ).pk,
    }


def step_four_material(organisation, editor) -> dict[str, int]:
    """Follow-up, VLR and the background jobs of their documents (step 4)."""
    cycle = Cycle.objects.create(
        organisation=organisation,
        name="Tertial 1 2026",
        period_start=datetime.date(2026, 1, 1),
        period_end=datetime.date(2026, 4, 30),
        opens_on=datetime.date(2026, 5, 1),
        deadline=datetime.date(2026, 5, 20),
        opened_at=datetime.datetime(2026, 5, 1, 8, tzinfo=datetime.UTC),
    )

    def job(**params) -> int:
        return Job.objects.create(
            kind=Job.Kind.RENDER, organisation=organisation, created_by=editor, params=params
        ).pk

    return {
        "cycle": cycle.pk,
        "document_job": job(fmt="pdf"),
        "vlr_job": job(document="vlr", year=2026, fmt="pdf"),
        "followup_job": job(document="cycle", cycle=cycle.pk, fmt="pdf"),
        "vlr_version": VlrVersion.objects.create(
            organisation=organisation,
            year=2026,
            label="VLR 2026",
            decided_on=datetime.date(2026, 6, 15),
            content={},
            created_by=editor,
        ).pk,
    }


def fillable(name: str, parameters: list[str]) -> bool:
    """Whether OBJECT_OF, PARTS and PARTS_OF give every parameter of the URL a value."""
    known = {"kolada_id", "action_pk", "network_id", *PARTS, *(part for _name, part in PARTS_OF)}
    has_object = any(map(name.startswith, OBJECT_OF))
    return all(p in known or (p == "pk" and has_object) for p in parameters)


def private_urls(organisation, material: dict[str, int], known_only: bool = False) -> list[str]:
    """Every private URL of ``organisation``; ``known_only``: only those OBJECT_OF can fill."""
    urls = []
    for name, parameters in organisation_patterns():
        if known_only and not fillable(name, parameters):
            continue
        kwargs = {"kolada_id": organisation.pk}
        for parameter in parameters:
            if parameter == "kolada_id":
                continue
            if parameter == "pk":
                kwargs["pk"] = material[object_key(name)]
            elif parameter == "action_pk":
                kwargs["action_pk"] = material["action"]
            elif parameter == "network_id":  # a network A is a member of
                kwargs["network_id"] = material["network"]
            else:
                kwargs[parameter] = PARTS_OF.get((name, parameter), PARTS.get(parameter))
        urls.append(reverse(name, kwargs=kwargs))
    return urls


@pytest.fixture
def a_urls(org_a, editor_a) -> list[str]:
    return private_urls(org_a, material_of(org_a, editor_a))


def answer(client, url: str) -> int:
    status = client.get(url).status_code
    return client.post(url).status_code if status == 405 else status


def test_every_organisation_url_is_listed_with_an_object():
    names = [name for name, parameters in organisation_patterns() if "pk" in parameters]
    assert len(organisation_patterns()) > 100
    assert [name for name in names if not any(name.startswith(s) for s in OBJECT_OF)] == []


@pytest.mark.parametrize("outsider", ["editor_b", "no_membership"])
def test_outsiders_are_refused_every_private_url(outsider, request, a_urls, client_for, org_b):
    user = request.getfixturevalue(outsider) if outsider == "editor_b" else make_user("ingen")
    client = client_for(user)
    leaks = [f"{status} {url}" for url in a_urls if (status := answer(client, url)) not in REFUSED]
    assert leaks == []


def test_a_member_gets_past_the_check_on_the_same_urls(a_urls, client_for, admin_a):
    """The objects are real: A's admin is never told that a page does not exist."""
    client = client_for(admin_a)
    client.raise_request_exception = False  # a page may need data these tests do not load
    missing = [
        url
        for url in a_urls
        if client.get(url).status_code == 404
        and resolve(url).url_name not in ATTACHED_FILES | NEEDS_DATA_VERSIONS
    ]
    assert missing == [], "\n".join(missing)
