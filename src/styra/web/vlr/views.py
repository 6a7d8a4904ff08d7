"""The VLR: one year's draft page, its narratives, its PDF and Word files, freezing and
the frozen versions. Members read; editors and admins write and freeze. Riket has no
VLR (404)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from styra.web.background.models import Job
from styra.web.background.pages import job_page
from styra.web.common.access import organisation_or_404
from styra.web.common.editing import edit_page

from . import documents, files
from .content import build_content
from .forms import FreezeForm, NarrativeForm
from .models import Narrative, VlrVersion
from .sections import SECTIONS

VIEW, EDIT = "vlr.view_review", "vlr.edit_review"
FIRST_YEAR, LAST_YEAR = 2015, 2100


def checked_year(year: int) -> int:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise Http404
    return year


def version_or_404(organisation, pk: int) -> VlrVersion:
    found = VlrVersion.objects.filter(organisation=organisation).select_related("created_by")
    return get_object_or_404(found, pk=pk)


def show(request, organisation, content: dict, version=None):
    if version is None:
        args = [organisation.pk, content["year"]]
        files_ = {fmt: reverse("vlr-file", args=[*args, fmt]) for fmt in documents.FORMATS}
    else:
        args = [organisation.pk, version.pk]
        files_ = {fmt: reverse("vlr-version-file", args=[*args, fmt]) for fmt in documents.FORMATS}
    can_edit = request.user.has_perm(EDIT, organisation)
    context = documents.body_context(content, version) | {
        "organisation": organisation,
        "files": files_,
        "can_edit": can_edit,
        "edit_links": can_edit and version is None,
        "version_count": VlrVersion.objects.filter(organisation=organisation).count(),
    }
    return render(request, "vlr/document.html", context)


def download(request, organisation, content: dict, fmt: str, version=None):
    """The file from the render cache, else its render in the background and the
    waiting page (never a render in the request)."""
    if fmt not in documents.FORMATS:
        raise Http404
    data = files.cached(fmt, content, version)
    if data is None:
        job = files.start_render(request, organisation, content, fmt, version)
        if job.status == Job.Status.READY:  # rendered at once (the immediate backend)
            data = files.cached(fmt, content, version)
        if data is None:
            return redirect("vlr-job", organisation.pk, job.pk)
    response = HttpResponse(data, content_type=documents.FORMATS[fmt][0])
    name = version.label if version else str(content["year"])
    response["Content-Disposition"] = (
        f'attachment; filename="{slugify(f"vlr-{organisation.name}-{name}")}.{fmt}"'
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_safe
def start(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    return redirect("vlr-document", organisation.pk, timezone.localdate().year)


@login_required
@require_safe
def document(request, kolada_id: str, year: int):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    content = build_content(organisation, checked_year(year), timezone.now())
    return show(request, organisation, content)


@login_required
@require_safe
def document_file(request, kolada_id: str, year: int, fmt: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    if fmt not in documents.FORMATS:
        raise Http404
    content = build_content(organisation, checked_year(year), timezone.now())
    return download(request, organisation, content, fmt)


@login_required
@require_http_methods(["GET", "POST"])
def narrative(request, kolada_id: str, year: int, section: str):
    organisation = organisation_or_404(request, kolada_id, EDIT)
    if section not in SECTIONS:
        raise Http404
    row, _created = Narrative.objects.get_or_create(
        organisation=organisation, year=checked_year(year), section=section
    )
    form = NarrativeForm(request.POST or None, instance=row)
    back = reverse("vlr-document", args=[organisation.pk, year]) + f"#vlr-{section}"

    def done(saved):
        messages.success(request, _("Texten är sparad."))
        return redirect(back)

    context = {
        "organisation": organisation,
        "year": year,
        "heading": SECTIONS[section],
        "back": back,
    }
    return edit_page(request, form, form.save, done, "vlr/narrative_form.html", context)


def save_version(form: FreezeForm, organisation, year: int, user) -> VlrVersion | None:
    form.instance.organisation = organisation
    form.instance.year = year
    form.instance.created_by = user
    form.instance.content = build_content(organisation, year, timezone.now())
    try:
        with transaction.atomic():
            return form.save()
    except IntegrityError:  # the same name, saved by another editor a moment ago
        form.add_error("label", form.taken_message(form.instance.label))
        return None


@login_required
@require_http_methods(["GET", "POST"])
def freeze(request, kolada_id: str, year: int):
    organisation = organisation_or_404(request, kolada_id, EDIT)
    form = FreezeForm(request.POST or None, organisation=organisation)
    version = None
    if request.method == "POST" and form.is_valid():
        version = save_version(form, organisation, checked_year(year), request.user)
    if version is not None:
        messages.success(request, _("VLR:en ”%(label)s” är fryst.") % {"label": version.label})
        return redirect("vlr-version", organisation.pk, version.pk)
    context = {"organisation": organisation, "form": form, "year": year}
    return render(request, "vlr/freeze_form.html", context, status=400 if form.errors else 200)


@login_required
@require_safe
def version_list(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    versions = VlrVersion.objects.filter(organisation=organisation).select_related("created_by")
    context = {
        "organisation": organisation,
        "versions": versions,
        "year": timezone.localdate().year,
    }
    return render(request, "vlr/version_list.html", context)


@login_required
@require_safe
def version_detail(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    version = version_or_404(organisation, pk)
    return show(request, organisation, version.content, version)


@login_required
@require_safe
def version_file(request, kolada_id: str, pk: int, fmt: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    version = version_or_404(organisation, pk)
    return download(request, organisation, version.content, fmt, version)


@login_required
@require_safe
def render_job(request, kolada_id: str, pk: int):
    """The waiting page of a VLR file's render (polled by HTMX every 2 s)."""
    organisation = organisation_or_404(request, kolada_id, VIEW)
    job = get_object_or_404(
        Job, pk=pk, organisation=organisation, kind=Job.Kind.RENDER, params__document="vlr"
    )
    fmt, version = job.params.get("fmt", "pdf"), job.params.get("version")
    if version is None:
        file_url = reverse("vlr-file", args=[organisation.pk, job.params["year"], fmt])
    else:
        file_url = reverse("vlr-version-file", args=[organisation.pk, version, fmt])
    breadcrumb = [
        (reverse("vlr-start", args=[organisation.pk]), _("Frivillig lokal granskning (VLR)"))
    ]
    return job_page(request, organisation, job, file_url, breadcrumb)
