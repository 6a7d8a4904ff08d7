"""The publishing pages of an organisation (members): what is public now, what waits for
approval and what happened before; preparing (editors), approving, rejecting and
unpublishing (admins).

| view | permission |
|---|---|
| ``overview`` | public.view_publishing (members) |
| ``prepare`` | public.prepare_publication (editors, admins) |
| ``approve``, ``reject``, ``withdraw`` | public.approve_publication (admins) |

Preparing e-mails the organisation's admins a link to the publishing page.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.mail import send_mass_mail
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from styra.web.accounts.models import Membership, Role
from styra.web.common.access import organisation_or_404, owned_or_404
from styra.web.common.formerrors import render_form

from . import publishing
from .forms import DecisionForm, PrepareForm
from .models import Publication
from .sections import DECISION, FOLLOWUP, GOALS, KPIS, LABELS, OVERVIEW, PLAN, SECTIONS
from .snapshot import NothingToPublish

VIEW = "public.view_publishing"
PREPARE = "public.prepare_publication"
APPROVE = "public.approve_publication"
HISTORY_LENGTH = 50
State = Publication.State


def published_now(organisation) -> Publication | None:
    """The published version as the database has it now (not the public site's cache)."""
    return Publication.objects.filter(organisation=organisation, state=State.PUBLISHED).first()


def public_links(publication: Publication) -> list[dict]:
    """Per published section its label, code and the public page to see it on."""
    kolada_id = publication.organisation_id
    kpis = list((publication.content or {}).get("text", {}).get("sv", {}).get(KPIS, {}))
    pages = {
        OVERVIEW: reverse("public-overview", args=[kolada_id]),
        GOALS: reverse("public-goal", args=[kolada_id, 1]),
        KPIS: reverse("public-kpi", args=[kolada_id, kpis[0]]) if kpis else "",
        DECISION: reverse("public-decision", args=[kolada_id]),
        PLAN: reverse("public-plan", args=[kolada_id]),
        FOLLOWUP: reverse("public-followup", args=[kolada_id]),
    }
    links = [
        {"code": code, "label": str(LABELS[code]), "url": pages[code]}
        for code in publication.sections
        if code in pages
    ]
    if publication.has(OVERVIEW):
        url = reverse("public-coverage", args=[kolada_id])
        links.append({"code": "", "label": _("Täckning: data och åtgärder per mål"), "url": url})
    return links


@login_required
def overview(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    return overview_page(request, organisation)


def overview_page(request, organisation, status: int = 200, error: str = ""):
    current = published_now(organisation)
    history = Publication.objects.filter(organisation=organisation).select_related(
        "prepared_by", "decided_by", "withdrawn_by"
    )
    context = {
        "organisation": organisation,
        "current": current,
        "links": public_links(current) if current else [],
        "waiting": publishing.waiting(organisation),
        "history": history[:HISTORY_LENGTH],
        "can_prepare": request.user.has_perm(PREPARE, organisation),
        "can_approve": request.user.has_perm(APPROVE, organisation),
        "decision_form": DecisionForm(),
        "error": error,
    }
    return render(request, "public/manage/publishing.html", context, status=status)


def initial_of(organisation) -> dict:
    """The form filled as the waiting version, else the published one, else the defaults."""
    base = publishing.waiting(organisation) or published_now(organisation)
    if base is None:
        return {}
    return {"sections": base.sections, "licence": base.licence, "person_names": base.person_names}


@login_required
def prepare(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, PREPARE)
    data = request.POST if request.method == "POST" else None
    form = PrepareForm(data, initial=initial_of(organisation), organisation=organisation)
    if data is not None and form.is_valid():
        publication = publishing.prepare(
            organisation,
            request.user,
            form.cleaned_data["sections"],
            form.cleaned_data["licence"],
            person_names=form.cleaned_data["person_names"],
            note=form.cleaned_data["note"],
        )
        sent = tell_admins(publication)
        messages.success(request, prepared_message(sent))
        return redirect("publishing", organisation.pk)
    context = {
        "organisation": organisation,
        "form": form,
        "sections": [(code, LABELS[code], form.help[code]) for code in SECTIONS],
        "waiting": publishing.waiting(organisation),
    }
    return render_form(request, "public/manage/publishing_prepare.html", context)


def prepared_message(sent: int) -> str:
    if sent:
        return _(
            "Publiceringen väntar på godkännande. Organisationens administratörer har fått "
            "e-post om den."
        )
    return _(
        "Publiceringen väntar på godkännande av en administratör i organisationen. Ingen "
        "administratör har en e-postadress, så ingen fick e-post om den."
    )


def tell_admins(publication: Publication) -> int:
    """E-mail each admin of the organisation (but the one who prepared it) a link to the
    publishing page; the number of e-mails sent."""
    admins = Membership.objects.filter(
        organisation=publication.organisation, role=Role.ADMIN
    ).select_related("user")
    recipients = [
        m.user.email
        for m in admins
        if m.user.email and m.user.is_active and m.user_id != publication.prepared_by_id
    ]
    if not recipients:
        return 0
    path = reverse("publishing", args=[publication.organisation_id])
    context = {"publication": publication, "url": settings.STYRA_SITE_URL.rstrip("/") + path}
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("public/manage/email_prepared_subject.txt", context)
        body = render_to_string("public/manage/email_prepared.txt", context)
    subject = " ".join(subject.split())
    return send_mass_mail([(subject, body, None, [email]) for email in recipients])


def decided_elsewhere(publication: Publication) -> str:
    publication.refresh_from_db()
    return _(
        "Inget ändrades: publiceringen väntar inte längre på godkännande (nu: %(state)s). "
        "Någon annan har redan beslutat om den."
    ) % {"state": publication.get_state_display().lower()}


def decision_asked(request, kolada_id: str, pk: int):
    """The organisation, the waiting publication and the admin's comment, or the page
    again with the comment's error (400)."""
    organisation = organisation_or_404(request, kolada_id, APPROVE)
    publication = owned_or_404(Publication, organisation, pk)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        return (
            organisation,
            publication,
            overview_page(request, organisation, 400, form.errors["note"][0]),
        )
    return organisation, publication, form.cleaned_data["note"]


@login_required
@require_POST
def approve(request, kolada_id: str, pk: int):
    organisation, publication, note = decision_asked(request, kolada_id, pk)
    if not isinstance(note, str):
        return note
    try:
        publishing.approve(publication, request.user, note)
    except NothingToPublish:
        messages.error(
            request,
            _(
                "Inget publicerades: det finns inga värden från Kolada för %(name)s ännu, så "
                "översikten, målen och nyckeltalen kan inte visas. Förbered en publicering "
                "utan dem, eller vänta tills värdena är inlästa."
            )
            % {"name": organisation.name},
        )
    except publishing.PublishingError:
        messages.error(request, decided_elsewhere(publication))
    else:
        messages.success(
            request,
            _("Publicerat. Så här ser invånarna det från och med nu."),
        )
    return redirect("publishing", organisation.pk)


@login_required
@require_POST
def reject(request, kolada_id: str, pk: int):
    organisation, publication, note = decision_asked(request, kolada_id, pk)
    if not isinstance(note, str):
        return note
    try:
        publishing.reject(publication, request.user, note)
    except publishing.PublishingError:
        messages.error(request, decided_elsewhere(publication))
    else:
        messages.success(
            request, _("Publiceringen godkändes inte. Det som var publicerat visas som förut.")
        )
    return redirect("publishing", organisation.pk)


@login_required
@require_POST
def withdraw(request, kolada_id: str):
    """``section=<code>``: take that section off the public site; none: everything."""
    organisation = organisation_or_404(request, kolada_id, APPROVE)
    section = request.POST.get("section", "").strip()
    if section and section not in SECTIONS:
        error = _("Parametern section ska vara en av %(codes)s, inte ”%(given)s”.") % {
            "codes": ", ".join(SECTIONS),
            "given": section[:40],
        }
        return overview_page(request, organisation, 400, error)
    current = published_now(organisation)
    if current is None or (section and not current.has(section)):
        messages.error(request, _("Inget ändrades: det är inte publicerat just nu."))
        return redirect("publishing", organisation.pk)
    try:
        if section:
            left = publishing.unpublish_section(current, section, request.user)
        else:
            left = publishing.withdraw(current, request.user)
    except publishing.PublishingError:
        messages.error(request, _("Inget ändrades: någon annan har just ändrat publiceringen."))
        return redirect("publishing", organisation.pk)
    messages.success(request, withdrawn_message(organisation, section, left))
    return redirect("publishing", organisation.pk)


def withdrawn_message(organisation, section: str, left: Publication | None) -> str:
    if left is None:
        return _(
            "Avpublicerat. Ingenting om %(name)s visas längre på den offentliga webbplatsen."
        ) % {"name": organisation.name}
    return _("Avpublicerat. ”%(section)s” visas inte längre på den offentliga webbplatsen.") % {
        "section": LABELS[section]
    }
