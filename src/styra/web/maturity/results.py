"""The results page's rows and charts, built from the core's summaries (aggregates only)."""

from django.utils.translation import gettext as _

from styra.maturity import DimensionChange, DimensionSummary, history, load_dimensions

from . import charts
from .models import Response, Round
from .services import group_counts


def flag_words(summary: DimensionSummary) -> str:
    """The flags in words, e.g. "Låg nivå, oenighet"; "Inga svar" when no one answered."""
    if not summary.n:
        return _("Inga svar")
    if summary.median is None:
        return _("För få svar för att visa")
    words = []
    if summary.low:
        words.append(_("Låg nivå"))
    if summary.disagreement:
        words.append(_("Oenighet"))
    return ", ".join(words) if words else _("Ingen flagga")


def dimension_rows(
    summaries: list[DimensionSummary],
    changes: list[DimensionChange] | None,
    response: Response | None,
    language: str,
) -> list[dict]:
    """One row per dimension: the aggregates, the flags, the change and the user's own answer."""
    own = {a.dimension_id: a for a in response.answers.all()} if response else {}
    change = {c.dimension_id: c.change for c in changes or []}
    rows = []
    for dimension, summary in zip(load_dimensions(), summaries, strict=True):
        answer = own.get(dimension.id)
        rows.append(
            {
                "id": dimension.id,
                "name": dimension.name(language),
                "summary": summary,
                "flags": flag_words(summary),
                "change": change.get(dimension.id),
                "own": answer,
                "own_text": dimension.levels[answer.level] if answer else "",
                "suggestions": dimension.suggestions(summary.band),
            }
        )
    return rows


def group_rows(round: Round) -> list[tuple[str, int]]:
    """Respondents per group; none with too few respondents (services.group_counts)."""
    counts = group_counts(round)
    return [(label, counts[value]) for value, label in Response.Group.choices if counts]


def round_label(round: Round) -> str:
    return f"{round.title} ({round.opened_on.isoformat()})"


def history_table(past: list[Round], summaries: dict, language: str) -> dict:
    """Rounds as columns (oldest first), dimensions as rows, each cell a summary."""
    dimensions = load_dimensions()
    lines = history([summaries[r.pk] for r in past], [d.id for d in dimensions])
    return {
        "rounds": past,
        "rows": [
            (d.name(language), cells) for d, (_id, cells) in zip(dimensions, lines, strict=True)
        ],
    }


def spread_row(name: str, summary) -> dict:
    """One dimension's row of the spread chart: a round's summary, or a network's
    (styra.maturity.network)."""
    fields = ("n", "median", "minimum", "maximum", "q1", "q3")
    return {"dimension": name} | {field: getattr(summary, field) for field in fields}


def charts_context(round: Round, past: list[Round], summaries: dict, rows: list[dict]) -> dict:
    """The spread chart of this round and, with an earlier round, the history chart."""
    level_title = _("Nivå (0–4)")
    spread_rows = [spread_row(row["name"], row["summary"]) for row in rows]
    spread_description = _(
        "Median (punkt), mittersta hälften av svaren (stapel) och lägsta till högsta svar "
        "(linje) per dimension i omgången %(title)s, på skalan 0–4."
    ) % {"title": round.title}
    context = {
        "spread_chart": charts.round_spread(spread_rows, spread_description, level_title)
        if any(r["median"] is not None for r in spread_rows)
        else None,
        "spread_description": spread_description,
    }
    if len(past) > 1:
        names = [row["name"] for row in rows]
        points = [
            {"round": round_label(r), "dimension": name, "median": s.median, "n": s.n}
            for r in past
            for name, s in zip(names, summaries[r.pk], strict=True)
            if s.median is not None
        ]
        history_description = _("Medianen per dimension i varje omgång, äldst till vänster.")
        context["history_chart"] = charts.history_lines(
            points, names, history_description, level_title
        )
        context["history_description"] = history_description
    return context
