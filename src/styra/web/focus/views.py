"""The result of the focus analysis: focus per goal (M6) and the blind spots — goals with big
challenges in the nulägesanalys (M5) and little focus in the steering documents — as a
chart challenge × focus, a table and its CSV/Excel export. Members of the organisation only.
"""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from styra.web.common.access import organisation_or_404
from styra.web.common.downloads import FORMATS, download
from styra.web.common.goals import goal_title

from . import charts
from .results import focus_result, result_table

VIEW, CHANGE = "focus.view_focus", "focus.change_focus"


@login_required
def overview(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    result = focus_result(organisation)
    description = _(
        "Utmaning och fokus per mål för %(name)s. Varje punkt är ett mål med sitt nummer: "
        "vågrätt hur mycket fokus målet har i styrdokumenten (0–1), lodrätt hur stor "
        "utmaningen är (rang 1, störst utmaning, överst). Blinda fläckar är röda romber, "
        "övriga mål grå cirklar."
    ) % {"name": organisation.name}
    labels = {
        "focus": _("Fokus (0–1)"),
        "challenge": _("Utmaning, rang (1 = störst)"),
        "goal": _("Mål"),
        "blind": _("Blind fläck"),
        "other": _("Övriga mål"),
        "kind": _("Blind fläck?"),
    }
    context = {
        "organisation": organisation,
        "result": result,
        "blind_spots": [{"goal": g, "title": goal_title(g)} for g in result.blind_spots],
        "chart": charts.challenge_focus(result.rows, description, labels)
        if result.focus and result.challenges
        else None,
        "chart_description": description,
        "exports": {fmt: reverse("focus-export", args=[organisation.pk, fmt]) for fmt in FORMATS},
        "can_edit": request.user.has_perm(CHANGE, organisation),
        "unranked": [row for row in result.rows if row.rank is None],
    }
    return render(request, "focus/overview.html", context)


@login_required
def export(request, kolada_id: str, fmt: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    table = result_table(organisation, focus_result(organisation))
    return download(table, fmt, f"styra-{organisation.name}-fokus-per-mal")
