"""The nulägesanalys document: the live page, its PDF and Word file, frozen versions, the
freeze form and the comparison of two versions.

Only members of the organisation read the live document (it holds the
self-assessment, the samverkan register and the steering documents); the frozen
versions also the users of a network they are shared with (reports.view_versions,
read-only, compared among themselves only). Editors and admins freeze. Riket has
no document (404).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from styra.reports.compare import compare
from styra.web.background.models import Job
from styra.web.background.pages import job_page
from styra.web.common.access import organisation_or_404
from styra.web.organisations.models import Organisation

from . import documents, filecache, presentation
from .content import build_content
from .forms import FreezeForm
from .models import ReportVersion
from .pages import LIVE, CompareForm, compare_context
from .tasks import start_render

VIEW, VERSIONS, FREEZE = "reports.view_document", "reports.view_versions", "reports.freeze_document"
FORMATS = documents.FORMATS


def version_or_404(organisation: Organisation, pk: int) -> ReportVersion:
    found = ReportVersion.objects.filter(organisation=organisation).select_related("created_by")
    return get_object_or_404(found, pk=pk)


def live_content(organisation: Organisation) -> dict:
    return build_content(organisation, timezone.now())


def show(request, organisation: Organisation, content: dict, version=None):
    if version is None:
        files = {fmt: reverse("reports-file", args=[organisation.pk, fmt]) for fmt in FORMATS}
    else:
        args = [organisation.pk, version.pk]
        files = {fmt: reverse("reports-version-file", args=[*args, fmt]) for fmt in FORMATS}
    context = {
        "organisation": organisation,
        "version": version,
        "title": presentation.title(content),
        "body": documents.body_html(content, version),
        "files": files,
        "version_count": ReportVersion.objects.filter(organisation=organisation).count(),
        "can_freeze": request.user.has_perm(FREEZE, organisation),
        "can_view_live": request.user.has_perm(VIEW, organisation),
    }
    return render(request, "reports/document.html", context)


def download(request, organisation: Organisation, content: dict, fmt: str, version=None):
    """The file from the render cache; when it is not there, its render is started in
    the background and the answer is the page that waits for it (never a render here)."""
    if fmt not in FORMATS:
        raise Http404
    data = filecache.cached(fmt, content, version)
    if data is None:
        job = start_render(request, organisation, content, fmt, version)
        if job.status == Job.Status.READY:  # rendered at once (the immediate backend)
            data = filecache.cached(fmt, content, version)
        if data is None:
            return redirect("reports-job", organisation.pk, job.pk)
    response = HttpResponse(data, content_type=FORMATS[fmt][0])
    name = version.label if version else content["built_at"][:10]
    filename = slugify(f"nulagesanalys-{organisation.name}-{name}")
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response


@login_required
@require_safe
def document(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    return show(request, organisation, live_content(organisation))


@login_required
@require_safe
def document_file(request, kolada_id: str, fmt: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    if fmt not in FORMATS:
        raise Http404
    return download(request, organisation, live_content(organisation), fmt)


@login_required
@require_safe
def version_list(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VERSIONS)
    versions = ReportVersion.objects.filter(organisation=organisation).select_related("created_by")
    context = {
        "organisation": organisation,
        "versions": versions,
        "can_freeze": request.user.has_perm(FREEZE, organisation),
    }
    return render(request, "reports/version_list.html", context)


@login_required
@require_safe
def version_detail(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, VERSIONS)
    version = version_or_404(organisation, pk)
    return show(request, organisation, version.content, version)


@login_required
@require_safe
def version_file(request, kolada_id: str, pk: int, fmt: str):
    organisation = organisation_or_404(request, kolada_id, VERSIONS)
    version = version_or_404(organisation, pk)
    return download(request, organisation, version.content, fmt, version)


@login_required
@require_safe
def render_job(request, kolada_id: str, pk: int):
    """How the render of a document file goes: queued, running, ready (with the link to
    the file) or failed (with the error and a new try); polled by HTMX every 2 s."""
    organisation = organisation_or_404(request, kolada_id, VERSIONS)
    job = get_object_or_404(Job, pk=pk, organisation=organisation, kind=Job.Kind.RENDER)
    fmt, version = job.params.get("fmt", "pdf"), job.params.get("version")
    if version is None and not request.user.has_perm(VIEW, organisation):
        raise PermissionDenied  # the live document's file: members only
    if version is None:
        file_url = reverse("reports-file", args=[organisation.pk, fmt])
    else:
        file_url = reverse("reports-version-file", args=[organisation.pk, version, fmt])
    breadcrumb = [(reverse("reports-document", args=[organisation.pk]), _("Nulägesanalysen"))]
    return job_page(request, organisation, job, file_url, breadcrumb)


def save_version(form: FreezeForm, organisation: Organisation, user) -> ReportVersion | None:
    """The frozen version, or None with the error on the label if the name was just taken."""
    form.instance.organisation = organisation
    form.instance.created_by = user
    form.instance.content = live_content(organisation)
    try:
        with transaction.atomic():
            return form.save()
    except IntegrityError:  # another editor froze one with the same name a moment ago
        form.add_error("label", form.taken_message(form.instance.label))
        return None


@login_required
@require_http_methods(["GET", "POST"])
def freeze(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, FREEZE)
    form = FreezeForm(request.POST or None, organisation=organisation)
    version = None
    if request.method == "POST" and form.is_valid():
        version = save_version(form, organisation, request.user)
    if version is not None:
        messages.success(
            request,
            _("Versionen ”%(label)s” är fryst. Den ändras inte när data uppdateras.")
            % {"label": version.label},
        )
        return redirect("reports-version", organisation.pk, version.pk)
    status = 400 if form.errors else 200
    context = {"organisation": organisation, "form": form}
    return render(request, "reports/freeze_form.html", context, status=status)


def first_comparison(versions: list[ReportVersion], live: bool) -> dict | None:
    """The newest frozen version against the live document, or against the one before."""
    if versions and live:
        return {"fran": str(versions[0].pk), "till": LIVE}
    if len(versions) > 1:
        return {"fran": str(versions[1].pk), "till": str(versions[0].pk)}
    return None


@login_required
@require_safe
def compare_versions(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VERSIONS)
    live = request.user.has_perm(VIEW, organisation)  # else frozen versions only
    versions = list(ReportVersion.objects.filter(organisation=organisation))
    asked = request.GET or first_comparison(versions, live)
    form = CompareForm(asked, versions=versions, live=live)
    context = {"organisation": organisation, "form": form, "versions": versions}
    if not versions or asked is None:
        return render(request, "reports/compare.html", context)
    if not form.is_valid():
        return render(request, "reports/compare.html", context, status=400)
    chosen = {v.pk: v for v in versions}
    sides = []
    for key in ("fran", "till"):
        value = form.cleaned_data[key]
        if value == LIVE:
            sides.append((None, live_content(organisation)))
        else:
            version = chosen[int(value)]
            sides.append((version, version.content))
    (before_version, before), (after_version, after) = sides
    context |= compare_context(before_version, before, after_version, after)
    context["changes"] = compare(before, after)
    return render(request, "reports/compare.html", context)
