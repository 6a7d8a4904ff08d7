"""Import of actions from Excel or CSV: upload → preview (nothing saved) → save all or nothing."""

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from styra.tables import RowErrors, TableError
from styra.web.common import previews
from styra.web.common.access import organisation_or_404

from . import importing
from .forms import ImportForm
from .views import CHANGE


def _import_page(request, organisation, form=None, errors=(), total=0, status=200):
    form = form or ImportForm()
    if errors:  # the file field is what the errors are about
        form.fields["file"].widget.attrs["aria-describedby"] = "file-errors id_file_helptext"
    context = {
        "organisation": organisation,
        "page": "import",
        "form": form,
        "errors": errors,
        "error_total": total,
        "columns": importing.COLUMNS,
    }
    return render(request, "actionplan/import_form.html", context, status=status)


@login_required
def import_upload(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    posted = request.method == "POST"
    form = ImportForm(request.POST if posted else None, request.FILES if posted else None)
    if not posted or not form.is_valid():
        return _import_page(request, organisation, form, status=400 if posted else 200)
    upload = form.cleaned_data["file"]
    try:
        table = importing.read_upload(upload.read(), upload.name)
        rows = importing.check_table(organisation, table)
    except TableError as error:
        return _import_page(request, organisation, form, [error], 1, status=400)
    except RowErrors as error:
        return _import_page(request, organisation, form, error.errors, error.total, status=400)
    context = {
        "organisation": organisation,
        "page": "import",
        "filename": upload.name,
        "rows": rows[: importing.PREVIEW_ROWS],
        "total": len(rows),
        "new": sum(1 for row in rows if row.existing is None),
        "updated": sum(1 for row in rows if row.existing is not None),
        "payload": importing.sign_table(organisation, request.user, upload.name, table),
    }
    response = render(request, "actionplan/import_preview.html", context)
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def import_confirm(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    page = partial(_import_page, request, organisation)
    found, refusal = previews.open_preview(
        request,
        partial(importing.unsign_rows, organisation, request.user),
        reverse("actionplan-import", args=[organisation.pk]),
        page,
    )
    if refusal is not None:
        return refusal
    _filename, rows = found
    try:
        counts = importing.save_actions(organisation, rows)
    except IntegrityError:
        error = TableError(_("Åtgärderna kunde inte sparas, inget har ändrats. Försök igen."))
        return page(errors=[error], total=1, status=409)
    new = ngettext("%(count)s ny åtgärd", "%(count)s nya åtgärder", counts.new) % {
        "count": counts.new
    }
    updated = ngettext("%(count)s ändrad", "%(count)s ändrade", counts.updated) % {
        "count": counts.updated
    }
    messages.success(
        request, _("Importen är sparad: %(new)s, %(updated)s.") % {"new": new, "updated": updated}
    )
    return redirect("actionplan-plan", organisation.pk)
