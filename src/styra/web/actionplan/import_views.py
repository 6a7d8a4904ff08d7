"""Import of actions from Excel or CSV: upload → preview (nothing saved) → save all or nothing."""

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

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

    def check(upload):
        table = importing.read_upload(upload.read(), upload.name)
        return table, importing.check_table(organisation, table)

    def preview(cleaned, found):
        upload = cleaned["file"]
        table, rows = found
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
        return render(request, "actionplan/import_preview.html", context)

    page = partial(_import_page, request, organisation)
    return previews.upload_step(request, ImportForm, check, page, preview)


@login_required
@require_POST
def import_confirm(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    page = partial(_import_page, request, organisation)
    counts, refusal = previews.confirm_step(
        request,
        partial(importing.unsign_rows, organisation, request.user),
        partial(importing.save_actions, organisation),
        reverse("actionplan-import", args=[organisation.pk]),
        page,
        _("Åtgärderna kunde inte sparas, inget har ändrats. Försök igen."),
    )
    if refusal is not None:
        return refusal
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
