"""The network's maturity aggregate: loads the sharing members' newest results and hands
them to the core (styra.maturity.network). Only members that share their maturity
with the network count; with fewer than three nothing is aggregated.
"""

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from styra.maturity import load_dimensions
from styra.maturity.network import MIN_MEMBERS, summarise_members
from styra.web.maturity import charts
from styra.web.maturity.models import Round
from styra.web.maturity.results import round_label, spread_row
from styra.web.maturity.services import summaries_by_round

from .models import Section, SectionShare


def sharing_members(network) -> list:
    """The current members that share their maturity with the network, by name."""
    shares = SectionShare.objects.filter(
        network=network, section=Section.MATURITY, organisation__in=network.members.all()
    ).select_related("organisation")
    return sorted((share.organisation for share in shares), key=lambda o: o.name)


def newest_results(members) -> dict[str, tuple[Round, dict[str, float]]]:
    """Per member its newest round that shows a median, with ``{dimension_id: median}``."""
    rounds = list(Round.objects.filter(organisation__in=members).order_by("-opened_on", "-pk"))
    summaries = summaries_by_round(rounds)
    found: dict[str, tuple[Round, dict[str, float]]] = {}
    for round in rounds:  # newest first: the first with a median wins
        medians = {s.dimension_id: s.median for s in summaries[round.pk] if s.median is not None}
        if medians and round.organisation_id not in found:
            found[round.organisation_id] = (round, medians)
    return found


def network_maturity_context(network) -> dict:
    """The page's rows, the member table and the chart; aggregates only from MIN_MEMBERS."""
    members = sharing_members(network)
    results = newest_results(members)
    dimensions = load_dimensions()
    language = "en" if (get_language() or "sv").startswith("en") else "sv"
    names = [dimension.name(language) for dimension in dimensions]
    values = {kolada_id: medians for kolada_id, (_round, medians) in results.items()}
    aggregate = summarise_members(values, [d.id for d in dimensions])
    shown = len(results) >= MIN_MEMBERS
    rows = [{"name": name, "summary": s} for name, s in zip(names, aggregate, strict=True)]
    member_rows = [
        {
            "organisation": member,
            "round": round_label(results[member.pk][0]),
            "values": [results[member.pk][1].get(d.id) for d in dimensions],
        }
        for member in members
        if member.pk in results
    ]
    context = {
        "min_members": MIN_MEMBERS,
        "members": members,
        "with_results": len(results),
        "shown": shown,
        "rows": rows if shown else [],
        "dimension_names": names,
        "member_rows": member_rows if shown else [],
        "levels": range(5),
    }
    if shown:
        context |= chart_context(rows)
    return context


def chart_context(rows: list[dict]) -> dict:
    description = _(
        "Medlemmarnas medianer per dimension: medianen bland medlemmarna (punkt), "
        "mittersta hälften (stapel) och lägsta till högsta (linje), på skalan 0–4."
    )
    spread_rows = [spread_row(row["name"], row["summary"]) for row in rows if row["summary"].shown]
    if not spread_rows:
        return {}
    return {
        "spread_chart": charts.round_spread(spread_rows, description, _("Nivå (0–4)")),
        "spread_description": description,
    }
