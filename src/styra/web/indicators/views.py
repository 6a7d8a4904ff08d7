"""Own indicators (list, create, edit, delete), uploads of their values, exports and targets.

Anyone logged in may read (own data feeds the analysis, which is open);
editors and admins of the organisation may change it.
"""

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Min
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from styra.web.common import previews
from styra.web.common.access import organisation_or_404, owned_or_404
from styra.web.common.concurrency import show_conflicts
from styra.web.common.downloads import download
from styra.web.common.editing import delete_page, edit_page, posted
from styra.web.common.formerrors import render_form

from . import own, targets, uploads
from .forms import OwnIndicatorForm, TargetsForm, UploadForm
from .models import OwnIndicator

VIEW = "indicators.view_own_data"
CHANGE = "indicators.change_own_data"


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


@login_required
def own_edit(request, kolada_id: str, pk: int | None = None):
    """A new own indicator, or (``pk``) a change to one."""
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    indicator = None if pk is None else owned_or_404(OwnIndicator, organisation, pk)
    form = OwnIndicatorForm(posted(request), instance=indicator, organisation=organisation)

    def save():
        form.instance.organisation = organisation
        return own.save_indicator(form.instance)

    def done(saved):
        messages.success(
            request, _("Nyckeltalet %(code)s har sparats.") % {"code": form.instance.code}
        )
        return redirect("indicators-own-list", organisation.pk)

    context = {"organisation": organisation, "indicator": indicator}
    return edit_page(request, form, save, done, "indicators/own_indicator_form.html", context)


@login_required
def own_delete(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    indicator = owned_or_404(OwnIndicator, organisation, pk)
    return delete_page(
        request,
        partial(own.delete_indicator, indicator),
        _("Nyckeltalet %(code)s har tagits bort.") % {"code": indicator.code},
        reverse("indicators-own-list", args=[organisation.pk]),
        "indicators/own_indicator_confirm_delete.html",
        {
            "organisation": organisation,
            "indicator": indicator,
            "value_count": indicator.values.count(),
        },
    )


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

    def check(upload_file):
        return uploads.check_upload(organisation, upload_file.read(), upload_file.name)

    def preview(cleaned, rows):
        upload_file = cleaned["file"]
        context = {
            "organisation": organisation,
            "filename": upload_file.name,
            "counts": uploads.compare(organisation, rows),
            "rows": [uploads.shown(row) for row in rows[: uploads.PREVIEW_ROWS]],
            "payload": uploads.sign_rows(organisation, request.user, upload_file.name, rows),
        }
        return render(request, "indicators/upload_preview.html", context)

    page = partial(_upload_page, request, organisation)
    return previews.upload_step(request, UploadForm, check, page, preview)


@login_required
@require_POST
def upload_confirm(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    page = partial(_upload_page, request, organisation)
    counts, refusal = previews.confirm_step(
        request,
        partial(uploads.unsign_rows, organisation, request.user),
        partial(uploads.save_values, organisation),
        reverse("indicators-upload", args=[organisation.pk]),
        page,
        _("Värdena kunde inte sparas, inget har ändrats. Försök igen."),
    )
    if refusal is not None:
        return refusal
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


@login_required
def upload_template(request, kolada_id: str, fmt: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    filename = f"mall-egna-nyckeltal-{organisation.pk}"
    return download(own.template_table(organisation), fmt, filename)


@login_required
def values_export(request, kolada_id: str, fmt: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    return download(own.values_table(organisation), fmt, f"egna-nyckeltal-{organisation.pk}")


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
        saved = targets.save_targets(organisation, rows, form.targets(), form.versions())
        changed, clashes = saved
        message = ngettext(
            "%(count)s målvärde ändrat.", "%(count)s målvärden ändrade.", changed
        ) % {"count": changed}
        if not clashes:
            messages.success(request, message)
            return redirect("indicators-targets", organisation.pk)
        rows = targets.target_rows(organisation)
        _show_clashes(form, rows, clashes, message)
    sections = [
        (group.goal, [(row, *_fields(form, row)) for row in group.rows])
        for group in targets.group_by_goal(rows)
    ]
    context = {
        "organisation": organisation,
        "form": form,
        "sections": sections,
        "can_edit": can_edit,
        "errors_heading": _("Några målvärden sparades inte") if form and form.conflicts else "",
    }
    return render_form(request, "indicators/target_list.html", context)


def _fields(form, row):
    """The row's (value, year, version) fields, or Nones where the page is read-only."""
    return form.field_pair(row) if form else (None, None, None)


def _show_clashes(form: TargetsForm, rows, clashes: list[targets.Clash], message: str) -> None:
    """The rows someone else changed since the page was opened, theirs beside what was typed:
    those keep what was typed, every other row shows the targets as saved now."""
    fresh, clashed = TargetsForm(rows=rows), {clash.row.kpi_id for clash in clashes}
    fields = {}
    for row in rows:
        names = fresh.field_pair(row)
        kept = names[2:] if row.kpi_id in clashed else names
        fields |= {field.name: field.initial or "" for field in kept}
    conflicts = [
        (clash.row.title, targets.pair_shown(clash.saved), targets.pair_shown(clash.typed))
        for clash in clashes
    ]
    refused = _(
        "Någon annan ändrade målvärden medan du hade sidan öppen. %(saved)s De här sparades "
        "inte: jämför deras värden med dina nedan, rätta det som behövs och spara igen."
    ) % {"saved": message}
    show_conflicts(form, conflicts, fields, refused)
