"""Own indicators (list, create, edit, delete), uploads of their values, exports and targets.

Anyone logged in may read (own data feeds the analysis, which is open);
editors and admins of the organisation may change it.
"""

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.db.models import Count, Max, Min
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from styra.tables import ExportTable, RowErrors, TableError, write_csv, write_xlsx
from styra.web.common import previews
from styra.web.common.access import organisation_or_404
from styra.web.common.concurrency import save_unless_changed
from styra.web.common.formerrors import render_form

from . import own, targets, uploads
from .forms import OwnIndicatorForm, TargetsForm, UploadForm
from .models import OwnIndicator

VIEW = "indicators.view_own_data"
CHANGE = "indicators.change_own_data"
FORMATS = {
    "csv": (write_csv, "text/csv; charset=utf-8"),
    "xlsx": (write_xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


@login_required
def own_list(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    indicators = OwnIndicator.objects.filter(organisation=organisation).annotate(
        value_count=Count("values"), first_year=Min("values__year"), last_year=Max("values__year")
    )
    context = {
        "organisation": organisation,
        "indicators": indicators,
        "can_edit": request.user.has_perm(CHANGE, organisation),
    }
    return render(request, "indicators/own_indicator_list.html", context)


def _indicator_form(request, organisation, indicator=None):
    data = request.POST if request.method == "POST" else None
    form = OwnIndicatorForm(data, instance=indicator, organisation=organisation)
    saved = None
    if request.method == "POST" and form.is_valid():
        form.instance.organisation = organisation
        saved = save_unless_changed(form, lambda: own.save_indicator(form.instance))
    if saved:
        messages.success(
            request, _("Nyckeltalet %(code)s har sparats.") % {"code": form.instance.code}
        )
        return redirect("indicators-own-list", organisation.pk)
    context = {"organisation": organisation, "form": form, "indicator": indicator}
    return render_form(request, "indicators/own_indicator_form.html", context)


@login_required
def own_create(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    return _indicator_form(request, organisation)


@login_required
def own_edit(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    indicator = get_object_or_404(OwnIndicator, pk=pk, organisation=organisation)
    return _indicator_form(request, organisation, indicator)


@login_required
def own_delete(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    indicator = get_object_or_404(OwnIndicator, pk=pk, organisation=organisation)
    if request.method == "POST":
        own.delete_indicator(indicator)
        message = _("Nyckeltalet %(code)s har tagits bort.") % {"code": indicator.code}
        messages.success(request, message)
        return redirect("indicators-own-list", organisation.pk)
    context = {
        "organisation": organisation,
        "indicator": indicator,
        "value_count": indicator.values.count(),
    }
    return render(request, "indicators/own_indicator_confirm_delete.html", context)


def _upload_page(request, organisation, form=None, errors=(), total=0, status=200):
    form = form or UploadForm()
    if errors:  # the file field is what the errors are about
        form.fields["file"].widget.attrs["aria-describedby"] = "file-errors id_file_helptext"
    context = {
        "organisation": organisation,
        "form": form,
        "errors": errors,
        "error_total": total,
        "codes": sorted(uploads.known_codes(organisation)),
    }
    return render(request, "indicators/upload_form.html", context, status=status)


@login_required
def upload(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    posted = request.method == "POST"
    form = UploadForm(request.POST if posted else None, request.FILES if posted else None)
    if not posted or not form.is_valid():
        return _upload_page(request, organisation, form, status=400 if posted else 200)
    upload_file = form.cleaned_data["file"]
    try:
        rows = uploads.check_upload(organisation, upload_file.read(), upload_file.name)
    except TableError as error:
        return _upload_page(request, organisation, form, [error], 1, status=400)
    except RowErrors as error:
        return _upload_page(request, organisation, form, error.errors, error.total, status=400)
    context = {
        "organisation": organisation,
        "filename": upload_file.name,
        "counts": uploads.compare(organisation, rows),
        "rows": [uploads.shown(row) for row in rows[: uploads.PREVIEW_ROWS]],
        "payload": uploads.sign_rows(organisation, request.user, upload_file.name, rows),
    }
    response = render(request, "indicators/upload_preview.html", context)
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def upload_confirm(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    page = partial(_upload_page, request, organisation)
    found, refusal = previews.open_preview(
        request,
        partial(uploads.unsign_rows, organisation, request.user),
        reverse("indicators-upload", args=[organisation.pk]),
        page,
    )
    if refusal is not None:
        return refusal
    _filename, rows = found
    try:
        counts = uploads.save_values(organisation, rows)
    except IntegrityError:
        error = TableError(_("Värdena kunde inte sparas, inget har ändrats. Försök igen."))
        return page(errors=[error], total=1, status=409)
    messages.success(request, _saved_message(counts))
    return redirect("indicators-own-list", organisation.pk)


def _saved_message(counts: uploads.Counts) -> str:
    saved = ngettext("%(count)s värde sparat", "%(count)s värden sparade", counts.total) % {
        "count": counts.total
    }
    detail = _("%(new)s nya, %(changed)s ändrade, %(unchanged)s oförändrade") % {
        "new": counts.new,
        "changed": counts.changed,
        "unchanged": counts.unchanged,
    }
    return f"{saved} ({detail})."


def _download(table: ExportTable, fmt: str, filename: str) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404
    writer, content_type = FORMATS[fmt]
    response = HttpResponse(writer(table), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response


@login_required
def upload_template(request, kolada_id: str, fmt: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    filename = f"mall-egna-nyckeltal-{organisation.pk}"
    return _download(own.template_table(organisation), fmt, filename)


@login_required
def values_export(request, kolada_id: str, fmt: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    return _download(own.values_table(organisation), fmt, f"egna-nyckeltal-{organisation.pk}")


@login_required
def target_list(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    can_edit = request.user.has_perm(CHANGE, organisation)
    if request.method == "POST" and not can_edit:
        raise PermissionDenied
    rows = targets.target_rows(organisation)
    data = request.POST if request.method == "POST" else None
    form = TargetsForm(data, rows=rows) if can_edit else None
    if request.method == "POST" and form.is_valid():
        changed = targets.save_targets(organisation, rows, form.targets())
        messages.success(
            request,
            ngettext("%(count)s målvärde ändrat.", "%(count)s målvärden ändrade.", changed)
            % {"count": changed},
        )
        return redirect("indicators-targets", organisation.pk)
    sections = [
        (group.goal, [(row, *_fields(form, row)) for row in group.rows])
        for group in targets.group_by_goal(rows)
    ]
    context = {
        "organisation": organisation,
        "form": form,
        "sections": sections,
        "can_edit": can_edit,
    }
    return render_form(request, "indicators/target_list.html", context)


def _fields(form, row):
    """The row's (value, year) fields, or (None, None) where the page is read-only."""
    return form.field_pair(row) if form else (None, None)
