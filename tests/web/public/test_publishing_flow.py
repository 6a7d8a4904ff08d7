"""Publishing on purpose: an editor prepares (the admins get an e-mail), an admin approves
(the content is taken then and stays as approved), rejects, or unpublishes one section
or everything; two admins approving at once: one wins, the other is told; bad input is
a 400 naming the field.

The sections here come from the organisation's records (decision, plan), so no Kolada
data is loaded: the analysis sections are refused with a message instead."""

from datetime import date

import pytest
from django.core import mail
from django.urls import reverse

from styra.web.accounts.models import Role
from styra.web.actionplan.models import Action, ProgressEntry
from styra.web.public import publishing
from styra.web.public.models import Publication
from tests.web.factories import make_member, priority_decision
from tests.web.pages import field_error_shown, text_of
from tests.web.public.public_content import fresh_cache  # noqa: F401

State = Publication.State
RECORDS = ["prioriteringar", "handlingsplan"]


def url(name: str, *args) -> str:
    return reverse(name, args=["0180", *args])


@pytest.fixture
def action(org_a):
    priority_decision(org_a, goals=[11])
    found = Action.objects.create(
        organisation=org_a, level="strategy", code="S1", title="Trygga cykelvägar", targets=["11.2"]
    )
    ProgressEntry.objects.create(action=found, date=date(2025, 3, 1), percent=30)
    return found


def prepared(client, sections=RECORDS, **fields):
    data = {"sections": sections, "licence": "CC-BY-4.0", **fields}
    return client.post(url("publishing-prepare"), data)


def plan_titles(publication: Publication) -> list[str]:
    goals = publication.content["text"]["sv"]["handlingsplan"]["goals"]
    return [a["title"] for g in goals for a in g["actions"]]


def test_prepare_approve_and_the_snapshot_stays_as_approved(
    client_for, org_a, editor_a, admin_a, action, django_capture_on_commit_callbacks
):
    editor, admin = client_for(editor_a), client_for(admin_a)
    form = editor.get(url("publishing-prepare"))
    assert form.status_code == 200
    assert "Handlingsplanen med framdriften" in text_of(form)
    response = prepared(editor, licence="CC0-1.0", note="Klart för granskning.")
    assert response.status_code == 302 and response["Location"] == url("publishing")
    waiting = Publication.objects.get(organisation=org_a)
    assert (waiting.state, waiting.sections, waiting.licence) == (
        State.PREPARED,
        RECORDS,
        "CC0-1.0",
    )
    assert waiting.person_names is False and waiting.prepared_by == editor_a
    # the admin is told, with a link to the publishing page
    assert [m.to for m in mail.outbox] == [[admin_a.email]]
    assert "Stockholm" in mail.outbox[0].subject
    assert url("publishing") in mail.outbox[0].body
    assert "Handlingsplanen med framdriften" in mail.outbox[0].body
    page = text_of(admin.get(url("publishing")))
    assert "Väntar på godkännande" in page and "Klart för granskning." in page
    assert url("publishing-approve", waiting.pk) in page

    response = admin.post(url("publishing-approve", waiting.pk), {"note": "Bra."})
    assert response.status_code == 302
    published = Publication.objects.get(pk=waiting.pk)
    assert (published.state, published.decided_by, published.decision_note) == (
        State.PUBLISHED,
        admin_a,
        "Bra.",
    )
    assert plan_titles(published) == ["Trygga cykelvägar"]
    assert publishing.published("0180") == published
    page = text_of(admin.get(url("publishing")))
    assert reverse("public-plan", args=["0180"]) in page
    assert reverse("public-decision", args=["0180"]) in page

    # the plan changes after the approval: the public version does not
    action.title = "Ändrad titel"
    action.save()
    ProgressEntry.objects.create(action=action, date=date(2025, 9, 1), percent=90)
    published.refresh_from_db()
    assert plan_titles(published) == ["Trygga cykelvägar"]
    assert (
        published.content["text"]["sv"]["handlingsplan"]["goals"][0]["actions"][0]["percent"] == 30
    )
    # until a new version is approved
    prepared(editor)
    newer = Publication.objects.get(organisation=org_a, state=State.PREPARED)
    with django_capture_on_commit_callbacks(execute=True):  # the cached version is dropped
        admin.post(url("publishing-approve", newer.pk))
    newer.refresh_from_db()
    assert newer.state == State.PUBLISHED and plan_titles(newer) == ["Ändrad titel"]
    assert Publication.objects.get(pk=published.pk).state == State.REPLACED
    assert publishing.published("0180") == newer


def test_the_form_is_filled_as_the_waiting_version(client_for, org_a, editor_a, action):
    editor = client_for(editor_a)
    prepared(editor, sections=["handlingsplan"], licence="CC-BY-SA-4.0", person_names="on")
    page = text_of(editor.get(url("publishing-prepare")))
    assert 'value="handlingsplan" id="id_sections_4" checked' in page
    assert 'value="prioriteringar" id="id_sections_3" checked' not in page
    assert 'value="CC-BY-SA-4.0" required id="id_licence_2" checked' in page
    assert 'id="id_person_names" checked' in page
    prepared(editor, sections=["prioriteringar"])  # preparing again replaces the waiting one
    assert list(Publication.objects.values_list("sections", flat=True)) == [["prioriteringar"]]


def test_an_admin_preparing_is_not_mailed_about_it(client_for, admin_a, action):
    make_member("adam_admin", admin_a.memberships.first().organisation, Role.ADMIN)
    prepared(client_for(admin_a))
    assert [m.to for m in mail.outbox] == [["adam_admin@example.se"]]


def test_reject_keeps_what_is_published(client_for, org_a, editor_a, admin_a, action):
    editor, admin = client_for(editor_a), client_for(admin_a)
    prepared(editor, sections=["handlingsplan"])
    first = Publication.objects.get()
    admin.post(url("publishing-approve", first.pk))
    prepared(editor, sections=["handlingsplan", "prioriteringar"])
    second = Publication.objects.get(state=State.PREPARED)
    response = admin.post(url("publishing-reject", second.pk), {"note": "Inte än."}, follow=True)
    assert "Publiceringen godkändes inte." in text_of(response)
    second.refresh_from_db()
    assert (second.state, second.decision_note) == (State.REJECTED, "Inte än.")
    assert publishing.published("0180") == first
    assert "Inte än." in text_of(admin.get(url("publishing")))  # in the history


def test_unpublish_one_section_then_everything(
    client_for, org_a, editor_a, admin_a, action, django_capture_on_commit_callbacks
):
    editor, admin = client_for(editor_a), client_for(admin_a)
    prepared(editor, sections=RECORDS)
    publication = Publication.objects.get()
    admin.post(url("publishing-approve", publication.pk))
    assert publishing.published("0180").sections == RECORDS  # cached now
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(url("publishing-withdraw"), {"section": "handlingsplan"}, follow=True)
    assert "”Handlingsplanen med framdriften” visas inte längre" in text_of(response)
    publication.refresh_from_db()
    assert publication.state == State.PUBLISHED and publication.sections == ["prioriteringar"]
    assert publishing.published("0180").sections == ["prioriteringar"]
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(url("publishing-withdraw"), follow=True)
    assert "Ingenting om Stockholm visas längre" in text_of(response)
    publication.refresh_from_db()
    assert (publication.state, publication.withdrawn_by) == (State.WITHDRAWN, admin_a)
    assert publishing.published("0180") is None
    # nothing left to withdraw: a message, nothing changed
    response = admin.post(url("publishing-withdraw"), follow=True)
    assert "det är inte publicerat just nu" in text_of(response)


def test_the_last_section_unpublished_withdraws_it(client_for, editor_a, admin_a, action):
    prepared(client_for(editor_a), sections=["handlingsplan"])
    publication = Publication.objects.get()
    admin = client_for(admin_a)
    admin.post(url("publishing-approve", publication.pk))
    admin.post(url("publishing-withdraw"), {"section": "handlingsplan"})
    publication.refresh_from_db()
    assert publication.state == State.WITHDRAWN


def test_two_admins_approving_at_once_one_wins(
    client_for, org_a, editor_a, admin_a, action, monkeypatch
):
    """The second admin's content is being taken when the first admin's approval lands:
    the second is told, and the publication is the first admin's, whole."""
    other = make_member("adam_admin", org_a, Role.ADMIN)
    prepared(client_for(editor_a))
    waiting = Publication.objects.get()
    original = publishing.build_content

    def racing(*args, **kwargs):
        monkeypatch.setattr(publishing, "build_content", original)
        publishing.approve(Publication.objects.get(pk=waiting.pk), admin_a, "Först.")
        return original(*args, **kwargs)

    monkeypatch.setattr(publishing, "build_content", racing)
    response = client_for(other).post(url("publishing-approve", waiting.pk), follow=True)
    assert response.status_code == 200
    assert "Någon annan har redan beslutat om den." in text_of(response)
    waiting.refresh_from_db()
    assert (waiting.state, waiting.decided_by, waiting.decision_note) == (
        State.PUBLISHED,
        admin_a,
        "Först.",
    )
    assert Publication.objects.filter(state=State.PUBLISHED).count() == 1
    # the same admin clicking twice: told so, nothing changed
    response = client_for(admin_a).post(url("publishing-reject", waiting.pk), follow=True)
    assert "Någon annan har redan beslutat om den." in text_of(response)
    assert Publication.objects.get().state == State.PUBLISHED


def test_nothing_to_publish_without_kolada_values(client_for, org_a, editor_a, admin_a):
    """The form refuses the analysis sections without values; one prepared before the
    values went away is not published, and the admin is told why."""
    response = prepared(client_for(editor_a), sections=["oversikt", "handlingsplan"])
    field_error_shown(response, "sections", "Det finns inga värden från Kolada för Stockholm")
    waiting = publishing.prepare(org_a, editor_a, ["oversikt"], "CC-BY-4.0")
    response = client_for(admin_a).post(url("publishing-approve", waiting.pk), follow=True)
    assert "Inget publicerades: det finns inga värden från Kolada" in text_of(response)
    waiting.refresh_from_db()
    assert waiting.state == State.PREPARED and waiting.content is None


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"licence": "CC-BY-4.0"}, "sections", "Välj minst en del att publicera."),
        ({"sections": ["hemligt"], "licence": "CC-BY-4.0"}, "sections", "hemligt"),
        ({"sections": ["handlingsplan"], "licence": "MIT"}, "licence", "MIT"),
        (
            {"sections": ["handlingsplan"], "licence": "CC-BY-4.0", "note": "x" * 2001},
            "note",
            "2000",
        ),
    ],
)
def test_bad_input_is_a_400_at_the_field(client_for, editor_a, data, field, message):
    response = client_for(editor_a).post(url("publishing-prepare"), data)
    field_error_shown(response, field, message)
    assert not Publication.objects.exists()


def test_an_unknown_section_to_unpublish_is_a_400_naming_the_parameter(
    client_for, editor_a, admin_a, action
):
    prepared(client_for(editor_a))
    publication = Publication.objects.get()
    admin = client_for(admin_a)
    admin.post(url("publishing-approve", publication.pk))
    response = admin.post(url("publishing-withdraw"), {"section": "allt"})
    assert response.status_code == 400
    assert "Parametern section ska vara en av" in text_of(response)
    publication.refresh_from_db()
    assert publication.state == State.PUBLISHED and publication.sections == RECORDS


def test_the_organisation_page_links_to_publishing(client_for, viewer_a):
    page = client_for(viewer_a).get(reverse("organisations-detail", args=["0180"]))
    assert url("publishing") in text_of(page)
