"""The rådighet pages: the goal × rådighet overview, one goal's targets, and the history.

Who may do what is in rules.py: any logged-in user reads the levels, members
read the history, editors and admins change levels.
"""

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from styra.radighet import InvalidOverride
from styra.sdg import UnknownSdgId, load_catalog
from styra.web.common.access import organisation_or_404
from styra.web.common.concurrency import EMPTY, OPENED, show_conflicts
from styra.web.common.downloads import FORMATS, download
from styra.web.common.goals import goal_title
from styra.web.organisations.models import Organisation

from . import charts, exports, services
from .forms import LevelForm, ResetForm

VIEW, HISTORY, CHANGE = "radighet.view_mandate", "radighet.view_history", "radighet.change_mandate"
TABLES = {"mal": exports.goals_table, "delmal": exports.targets_table}


def level_names() -> dict[int, str]:
    return {level: f"{level} – {services.label_of(level)}" for level in range(4)}


@login_required
def overview(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    rows = services.goal_rows(organisation)
    description = _("Antal delmål på varje rådighetsnivå, per mål, för %(name)s.") % {
        "name": organisation.name
    }
    context = {
        "organisation": organisation,
        "rows": rows,
        "level_names": [level_names()[level] for level in (3, 2, 1, 0)],
        "own_total": sum(row.own for row in rows),
        "chart": charts.level_counts(rows, description, _("Antal delmål"), level_names()),
        "chart_description": description,
        "exports": export_links(organisation, "mal"),
        "target_exports": export_links(organisation, "delmal"),
        "can_view_history": request.user.has_perm(HISTORY, organisation),
    }
    return render(request, "radighet/mandate_overview.html", context)


def export_links(organisation: Organisation, table: str) -> dict[str, str]:
    return {fmt: reverse("radighet-export", args=[organisation.pk, table, fmt]) for fmt in FORMATS}


@login_required
def export(request, kolada_id: str, table: str, fmt: str):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    if table not in TABLES:
        raise Http404
    return download(TABLES[table](organisation), fmt, f"styra-{organisation.name}-radighet-{table}")


@login_required
def goal_detail(request, kolada_id: str, goal: int):
    organisation = organisation_or_404(request, kolada_id, VIEW)
    return render_goal(request, organisation, goal)


def render_goal(request, organisation, goal: int, bound=None, status: int = 200):
    """The goal's targets; ``bound`` is the one form that was posted with errors."""
    can_edit = request.user.has_perm(CHANGE, organisation)
    versions = services.versions_of(organisation) if can_edit else {}
    rows = []
    for mandate in services.target_mandates(organisation, goal):
        target_id = mandate.target.target_id
        version = versions.get(target_id, "0")
        forms = {}
        if can_edit:
            forms["level"] = LevelForm(target_id=target_id, version=version)
            forms["reset"] = (
                ResetForm(target_id=target_id, version=version) if mandate.is_own else None
            )
            if bound is not None and bound.target_id == target_id:
                forms[bound.kind] = bound.form
        rows.append(
            {
                "mandate": mandate,
                "forms": forms,
                "open": bool(bound and bound.target_id == target_id),
            }
        )
    context = {
        "organisation": organisation,
        "goal": load_catalog().goal(goal),
        "goal_title": goal_title(goal),
        "row": next(r for r in services.goal_rows(organisation) if r.goal == goal),
        "targets": rows,
        "can_edit": can_edit,
        "can_view_history": request.user.has_perm(HISTORY, organisation),
        "error_form": bound.form if bound else None,
    }
    return render(request, "radighet/goal_detail.html", context, status=status)


@dataclass(frozen=True)
class Bound:
    """A posted form with errors, the target it is for and its kind (``level`` or ``reset``)."""

    target_id: str
    kind: str
    form: LevelForm | ResetForm


def posted_target(request, kolada_id: str, target: str):
    organisation = organisation_or_404(request, kolada_id, CHANGE)
    try:
        found = load_catalog().target(target)
    except UnknownSdgId:
        raise Http404 from None
    return organisation, found


def saved(request, organisation, record) -> HttpResponse:
    message = _("Delmål %(target)s: nivån är nu %(level)s.") % {
        "target": record.target_id,
        "level": services.label_of(record.to_level),
    }
    if record.to_default:
        message += " " + _("Styras standard gäller igen.")
    messages.success(request, message)
    goal = int(record.target_id.split(".")[0])
    url = reverse("radighet-goal", args=[organisation.pk, goal])
    return redirect(f"{url}#delmal-{services.target_slug(record.target_id)}")


def refused(request, organisation, target, kind: str, form, error: InvalidOverride):
    """Put the core's refusal on the form field it names and show the page again."""
    if error.field == "motivation":
        form.add_error("motivation", _("Skriv en motivering: varför ska nivån ändras?"))
    elif error.field == "to_level":  # the level form only: a reset always changes the level
        form.add_error(
            "level",
            _("Nivån är redan %(level)s. Välj en annan nivå.")
            % {"level": services.label_of(form.cleaned_data["level"])},
        )
    else:
        form.add_error(None, _("Delmålet har ingen egen nivå: Styras standard gäller redan."))
    return render_goal(request, organisation, target.goal, Bound(target.target_id, kind, form), 400)


def level_shown(organisation, target_id: str, override) -> str:
    """The level in force as the goal page shows it: "2 – … (egen nivå)"."""
    if override is None:
        level, source = services.levels_of(organisation, {})[target_id], _("Styras standard")
    else:
        level, source = override.level, _("egen nivå")
    return f"{level_names()[level]} ({source})"


def changed(request, organisation, target, kind: str, form, error: services.ChangedSince):
    """Someone changed the level since the page was opened: show theirs beside what was typed."""
    target_id = target.target_id
    if kind == "level":
        typed = f"{level_names()[form.cleaned_data['level']]} ({_('egen nivå')})"
    else:
        typed = level_shown(organisation, target_id, None)
    theirs = error.override.motivation if error.override else ""
    conflicts = [
        (_("Nivå"), level_shown(organisation, target_id, error.override), typed),
        (_("Motivering"), theirs or str(EMPTY), form.cleaned_data["motivation"]),
    ]
    show_conflicts(form, conflicts, {OPENED: error.version})
    return render_goal(request, organisation, target.goal, Bound(target_id, kind, form), 400)


def posted_change(request, kolada_id: str, target: str, kind: str, form_class, change):
    """Check the posted ``kind`` form (``level`` or ``reset``) and ``change(organisation,
    target_id, cleaned_data)``; the goal page with the error when the change is refused."""
    organisation, found = posted_target(request, kolada_id, target)
    form = form_class(request.POST, target_id=found.target_id)
    if not form.is_valid():
        return render_goal(
            request, organisation, found.goal, Bound(found.target_id, kind, form), 400
        )
    try:
        record = change(organisation, found.target_id, form.cleaned_data)
    except InvalidOverride as error:
        return refused(request, organisation, found, kind, form, error)
    except services.ChangedSince as error:
        return changed(request, organisation, found, kind, form, error)
    return saved(request, organisation, record)


@login_required
@require_POST
def target_change(request, kolada_id: str, target: str):
    def change(organisation, target_id: str, data: dict):
        return services.change_level(
            organisation, target_id, data["level"], data["motivation"], request.user, data[OPENED]
        )

    return posted_change(request, kolada_id, target, "level", LevelForm, change)


@login_required
@require_POST
def target_reset(request, kolada_id: str, target: str):
    def reset(organisation, target_id: str, data: dict):
        return services.reset_level(
            organisation, target_id, data["motivation"], request.user, data[OPENED]
        )

    return posted_change(request, kolada_id, target, "reset", ResetForm, reset)


@login_required
def history(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, HISTORY)
    page = Paginator(services.changes_of(organisation), 50).get_page(request.GET.get("sida"))
    catalog = load_catalog()
    changes = [
        {
            "change": change,
            "target": catalog.target(change.target_id),
            "goal": int(change.target_id.split(".")[0]),
            "slug": services.target_slug(change.target_id),
            "from_label": services.label_of(change.from_level),
            "to_label": services.label_of(change.to_level),
        }
        for change in page
    ]
    context = {"organisation": organisation, "page": page, "changes": changes}
    return render(request, "radighet/change_list.html", context)
