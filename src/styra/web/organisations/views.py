"""The organisation page and the commitments its editors record."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from styra.web.common.access import organisation_or_404, owned_or_404
from styra.web.common.concurrency import save_unless_changed
from styra.web.common.downloads import stored_file
from styra.web.common.formerrors import render_form

from .forms import BodyMemberForm, ContactPersonForm, LeadershipDecisionForm
from .models import BodyMember, ContactPerson, LeadershipDecision, Organisation
from .services import commitment_checklist, save_decision
from .wording import phrase

BODY_SLUGS = {
    "styrgrupp": BodyMember.Body.STEERING_GROUP,
    "arbetsgrupp": BodyMember.Body.WORKING_GROUP,
}


@login_required
def organisation_list(request):
    query = request.GET.get("q", "").strip()
    organisations = Organisation.objects.exclude(pk="0000")
    if query:
        organisations = organisations.filter(Q(name__icontains=query) | Q(pk=query))
    page = Paginator(organisations, 50).get_page(request.GET.get("sida"))
    openable = {o.pk for o in page if request.user.has_perm("organisations.view_organisation", o)}
    context = {"page": page, "query": query, "openable": openable}
    return render(request, "organisations/organisation_list.html", context)


def _commitments_context(request, organisation, forms=None):
    """The commitments for one who may see the organisation (its members)."""
    members = list(BodyMember.objects.filter(organisation=organisation))
    return {
        "organisation": organisation,
        "checklist": commitment_checklist(organisation),
        "can_edit": request.user.has_perm("organisations.change_commitments", organisation),
        "can_manage": request.user.has_perm("organisations.manage_members", organisation),
        "decision": LeadershipDecision.objects.filter(organisation=organisation).first(),
        "contact": ContactPerson.objects.filter(organisation=organisation).first(),
        "bodies": [
            {
                "slug": slug,
                "label": body.label,
                "members": [m for m in members if m.body == body],
                "form": (forms or {}).get(slug)
                or BodyMemberForm(prefix=slug, organisation=organisation),
            }
            for slug, body in BODY_SLUGS.items()
        ],
    }


@login_required
def organisation_detail(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, "organisations.view_organisation")
    context = _commitments_context(request, organisation)
    context["member_count"] = organisation.memberships.count()
    return render(request, "organisations/organisation_detail.html", context)


@login_required
def contact_edit(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, "organisations.change_commitments")
    contact = ContactPerson.objects.filter(organisation=organisation).first()
    form = ContactPersonForm(request.POST or None, instance=contact)
    saved = None
    if request.method == "POST" and form.is_valid():
        form.instance.organisation = organisation
        saved = save_unless_changed(form, form.save)
    if saved:
        messages.success(request, _("Kontaktpersonen har sparats."))
        return redirect("organisations-detail", kolada_id)
    context = {"organisation": organisation, "form": form}
    return render_form(request, "organisations/contact_form.html", context)


@login_required
def decision_edit(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, "organisations.change_commitments")
    decision = LeadershipDecision.objects.filter(organisation=organisation).first()
    form = LeadershipDecisionForm(
        request.POST or None, request.FILES or None, instance=decision, organisation=organisation
    )
    saved = None
    if request.method == "POST" and form.is_valid():
        form.instance.organisation = organisation
        upload, remove = form.cleaned_data["upload"], form.cleaned_data["remove_document"]
        saved = save_unless_changed(
            form, lambda: save_decision(form.instance, upload, remove) or form.instance
        )
    if saved:
        messages.success(request, phrase(organisation, "decision_saved"))
        return redirect("organisations-detail", kolada_id)
    context = {"organisation": organisation, "form": form, "decision": decision}
    return render_form(request, "organisations/decision_form.html", context)


@login_required
def decision_document(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, "organisations.view_organisation")
    decision = LeadershipDecision.objects.filter(organisation=organisation).first()
    if decision is None or not decision.document:
        raise Http404
    return stored_file(decision.document, decision.document_name or "beslut")


def _render_commitments(request, organisation, forms=None, status=200):
    """The commitments section: a fragment for HTMX, else the whole page."""
    context = _commitments_context(request, organisation, forms)
    if request.headers.get("HX-Request"):
        return render(request, "organisations/_commitments.html", context, status=status)
    context["member_count"] = organisation.memberships.count()
    return render(request, "organisations/organisation_detail.html", context, status=status)


@login_required
@require_POST
def body_member_add(request, kolada_id: str, body: str):
    organisation = organisation_or_404(request, kolada_id, "organisations.change_commitments")
    if body not in BODY_SLUGS:
        raise Http404
    form = BodyMemberForm(request.POST, prefix=body, organisation=organisation)
    if not form.is_valid():
        return _render_commitments(request, organisation, {body: form}, status=400)
    form.instance.organisation = organisation
    form.instance.body = BODY_SLUGS[body]
    form.save()
    if request.headers.get("HX-Request"):
        return _render_commitments(request, organisation)
    return redirect("organisations-detail", kolada_id)


@login_required
@require_POST
def body_member_delete(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, "organisations.change_commitments")
    owned_or_404(BodyMember, organisation, pk).delete()
    if request.headers.get("HX-Request"):
        return _render_commitments(request, organisation)
    return redirect("organisations-detail", kolada_id)
