""" "Vad har hänt sedan sist?": what two kept data versions changed for an organisation
(per goal the KPIs in each class, the goal ranking before and after), and its CSV/Excel
export. Members of the organisation only."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.text import slugify

from styra.tables import write_csv, write_xlsx
from styra.web.common.access import organisation_or_404
from styra.web.common.goals import goal_title

from .models import DataRelease
from .pages import changes_table, goal_sections
from .services import version_changes

VIEW = "changes.view_changes"
FORMATS = {
    "csv": ("text/csv; charset=utf-8", write_csv),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", write_xlsx),
}


def chosen(request) -> tuple[list[DataRelease], DataRelease | None, DataRelease | None]:
    """The kept versions and the two compared: ``fran`` and ``till`` in the query (version
    numbers), by default the one before the newest and the newest. Asked the other way
    round (``fran`` newer than ``till``), the older is still compared with the newer."""
    releases = list(DataRelease.objects.all())
    by_number = {str(r.number): r for r in releases}
    after = by_number.get(request.GET.get("till", ""), releases[0] if releases else None)
    older = [r for r in releases if after and r.number < after.number]
    before = by_number.get(request.GET.get("fran", ""), older[0] if older else None)
    if before is not None and after is not None and before.number > after.number:
        before, after = after, before
    return releases, before, after


@login_required
def page(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    releases, before, after = chosen(request)
    changes = None
    if before is not None and after is not None and before != after:
        changes = version_changes(organisation, before, after)
    context = {
        "organisation": organisation,
        "releases": releases,
        "before": before,
        "after": after,
        "changes": changes,
    }
    if changes is not None:
        query = urlencode({"fran": before.number, "till": after.number})  # type: ignore[union-attr]
        context |= {
            "sections": goal_sections(changes),
            "ranking": [{"goal": g, "title": goal_title(g.goal)} for g in changes.goals],
            "exports": {
                fmt: f"{reverse('changes-export', args=[organisation.pk, fmt])}?{query}"
                for fmt in FORMATS
            },
        }
    return render(request, "changes/page.html", context)


@login_required
def export(request, kolada_id: str, fmt: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    if fmt not in FORMATS:
        raise Http404
    _, before, after = chosen(request)
    if before is None or after is None or before == after:
        raise Http404
    changes = version_changes(organisation, before, after)
    if changes is None:
        raise Http404
    content_type, write = FORMATS[fmt]
    table = changes_table(organisation.name, changes, before.number, after.number)
    response = HttpResponse(write(table), content_type=content_type)
    name = slugify(f"styra-{organisation.name}-vad-har-hant-{before.number}-{after.number}")
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response
