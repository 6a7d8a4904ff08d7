""" "Since the last review": this VLR against the previous frozen one.

The goal challenges compared by the nulägesanalys document's own pure diff
(``styra.reports.compare.goal_changes``), the KPI statuses of the two annexes
by ``styra.reports.compare.kpi_status_changes``.
"""

from styra.reports.compare import goal_changes, kpi_status_changes

from .models import VlrVersion


def previous_version(organisation, before=None) -> VlrVersion | None:
    """The newest frozen VLR (older than ``before``, a frozen version, when given)."""
    found = VlrVersion.objects.filter(organisation=organisation)
    if before is not None:
        found = found.exclude(pk=before.pk).filter(created_at__lt=before.created_at)
    return found.order_by("-created_at", "-pk").first()


def since_last(previous: VlrVersion | None, content: dict) -> dict:
    """What changed since ``previous`` (None: this is the first review)."""
    if previous is None:
        return {"available": False}
    goals = [
        row
        for row in goal_changes(previous.content, content)
        if row["level_changed"] or row["rank_change"]
    ]
    return {
        "available": True,
        "label": previous.label,
        "decided_on": previous.decided_on.isoformat(),
        "goals": goals,
        "kpis": kpi_status_changes(previous.content.get("annex", []), content.get("annex", [])),
    }
