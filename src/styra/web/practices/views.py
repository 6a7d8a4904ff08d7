"""The practice library, one practice, its attachments, and an organisation's own list.

The library (``/goda-exempel/``) lists what the user may read; a practice's page and
its files answer 404 when it does not exist and 403 when the user may not read it.
An organisation's own list (``/omraden/<id>/goda-exempel/``) is its members'; its
editors and admins write, change and delete there.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from styra.sdg import load_catalog
from styra.web.common.access import organisation_or_404, owned_or_404
from styra.web.common.downloads import stored_file
from styra.web.common.editing import delete_page, edit_page, posted
from styra.web.common.goals import goal_title
from styra.web.indicators.models import Kpi
from styra.web.network.sharing import networks_of

from . import services
from .forms import AttachmentForm, PracticeForm, SearchForm
from .models import Attachment, Practice

VIEW_ORG, CHANGE_ORG = "practices.view_practices", "practices.change_practices"
PER_PAGE = 20


@login_required
def library(request):
    """Every practice the user may read, searched and filtered."""
    networks = networks_of(request.user).order_by("name")
    form = SearchForm(request.GET or None, networks=networks)
    valid = form.is_valid() or not form.is_bound
    filters = form.cleaned_data if form.is_bound and valid else {}
    practices = services.search(
        services.readable_practices(request.user), filters.pop("q", ""), **filters
    )
    if not valid:
        practices = practices.none()
    page = Paginator(practices.order_by("-updated_at", "-pk"), PER_PAGE).get_page(
        request.GET.get("sida")
    )
    query = request.GET.copy()
    query.pop("sida", None)
    context = {"form": form, "page": page, "query": query.urlencode()}
    return render(request, "practices/library.html", context, status=200 if valid else 400)


def readable_or_403(request, pk: int) -> Practice:
    practice = get_object_or_404(Practice.objects.select_related("organisation"), pk=pk)
    if not request.user.has_perm("practices.view_practice", practice):
        raise PermissionDenied
    return practice


@login_required
def detail(request, pk: int):
    practice = readable_or_403(request, pk)
    catalog = load_catalog()
    can_edit = request.user.has_perm("practices.change_practice", practice)
    context = {
        "practice": practice,
        "goals": [{"number": g, "title": goal_title(g)} for g in practice.goals],
        "targets": [catalog.target(t) for t in practice.targets],
        "kpis": kpi_titles(practice.kpis),
        "attachments": practice.files.all(),
        "networks": practice.networks.order_by("name"),
        "can_edit": can_edit,
        "upload_form": AttachmentForm() if can_edit else None,
    }
    return render(request, "practices/practice_detail.html", context)


def kpi_titles(kpi_ids: list[str]) -> list[dict]:
    titles = dict(Kpi.objects.filter(kpi_id__in=kpi_ids).values_list("kpi_id", "title"))
    return [{"kpi_id": k, "title": titles.get(k, "")} for k in kpi_ids]


@login_required
def attachment_file(request, pk: int):
    """An attachment, to those who may read its practice; never kept by a shared cache."""
    attachment = get_object_or_404(Attachment, pk=pk)
    readable_or_403(request, attachment.practice_id)
    return stored_file(attachment.file, attachment.filename)


@login_required
def organisation_list(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW_ORG)
    practices = (
        Practice.objects.filter(organisation=organisation)
        .prefetch_related("links", "networks")
        .select_related("updated_by")
    )
    context = {
        "organisation": organisation,
        "practices": practices,
        "can_edit": request.user.has_perm(CHANGE_ORG, organisation),
    }
    return render(request, "practices/organisation_list.html", context)


@login_required
def edit(request, kolada_id: str, pk: int | None = None):
    """A new practice, or (``pk``) a change to one."""
    organisation = organisation_or_404(request, kolada_id, CHANGE_ORG)
    practice = None if pk is None else owned_or_404(Practice, organisation, pk)
    form = PracticeForm(posted(request), instance=practice, organisation=organisation)

    def save():
        form.instance.organisation = organisation
        data = form.cleaned_data
        return services.save_practice(
            form.save(commit=False),
            request.user,
            goals=data["goals"],
            targets=data["targets"],
            kpis=data["kpis"],
            networks=data["networks"],
        )

    def done(saved):
        messages.success(request, _("%(title)s har sparats.") % {"title": saved.title})
        return redirect("practices-detail", saved.pk)

    context = {"organisation": organisation, "practice": practice}
    return edit_page(request, form, save, done, "practices/practice_form.html", context)


@login_required
def delete(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE_ORG)
    practice = owned_or_404(Practice, organisation, pk)
    return delete_page(
        request,
        practice.delete,
        _("%(title)s har tagits bort.") % {"title": practice.title},
        reverse("practices-organisation", args=[organisation.pk]),
        "practices/confirm_delete.html",
        {
            "organisation": organisation,
            "practice": practice,
            "heading": _("Ta bort exempel"),
            "name": practice.title,
            "consequence": _(
                "Exemplet och dess bilagor tas bort, också för dem ni delat det med. "
                "Det går inte att ångra."
            ),
        },
    )


@login_required
@require_POST
def attachment_upload(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE_ORG)
    practice = owned_or_404(Practice, organisation, pk)
    form = AttachmentForm(request.POST, request.FILES)
    if not form.is_valid():
        for error in form.errors.get("file", []):
            messages.error(request, error)
        return redirect("practices-detail", practice.pk)
    attachment = services.add_attachment(practice, request.user, form.cleaned_data["file"])
    messages.success(request, _("%(name)s är uppladdad.") % {"name": attachment.filename})
    return redirect("practices-detail", practice.pk)


@login_required
def attachment_delete(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE_ORG)
    attachment = get_object_or_404(
        Attachment.objects.select_related("practice"), pk=pk, practice__organisation=organisation
    )
    practice = attachment.practice
    return delete_page(
        request,
        attachment.delete,
        _("%(name)s har tagits bort.") % {"name": attachment.filename},
        reverse("practices-detail", args=[practice.pk]),
        "practices/confirm_delete.html",
        {
            "organisation": organisation,
            "practice": practice,
            "heading": _("Ta bort bilaga"),
            "name": attachment.filename,
            "consequence": _("Filen tas bort från exemplet. Det går inte att ångra."),
        },
    )
