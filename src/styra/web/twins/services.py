"""Twins (M12, styra.analysis.twins) for the web: the terms in the URL, the values from the
database, and an area's twins, cached per data version.

The terms travel as one parameter, ``?tvillingar=N01951:1,N00954:2,kommungrupp:1`` (KPI
ids and their weights, in order); without it the default structure set is used. The
twins page and the nulägesanalys comparison "tvillingar" read the same parameter.
"""

import polars as pl
from django.core.cache import cache
from django.utils.translation import gettext as _

from styra.analysis.twins import (
    KOMMUNGRUPP,
    MAX_KPIS,
    Term,
    Twins,
    default_terms,
    find_twins,
)
from styra.tables import ExportTable
from styra.web.indicators.models import Kpi
from styra.web.nulage.data import Snapshot, read_values
from styra.web.organisations.models import Organisation

SPEC_PARAM = "tvillingar"
MAX_SPEC = 1000  # characters of the parameter read
CACHE_SECONDS = 24 * 3600  # keyed by the data version: a new load computes again


class TermsError(ValueError):
    """Terms that cannot be used; the message, in the page language, names the problem."""


def weight_text(weight: float) -> str:
    return f"{weight:g}"


def spec_of(terms) -> str:
    """``N01951:1,kommungrupp:2``: the terms as the URL carries them."""
    return ",".join(f"{term.kpi_id}:{weight_text(term.weight)}" for term in terms)


DEFAULT_SPEC = spec_of(default_terms())


def spec_params(terms) -> tuple[tuple[str, str], ...]:
    """The URL parameters of ``terms``: none for the default set."""
    spec = spec_of(terms)
    return () if spec == DEFAULT_SPEC else ((SPEC_PARAM, spec),)


def parse_spec(text: str | None) -> tuple[Term, ...]:
    """The terms of a ``tvillingar`` parameter (the default set when it is empty)."""
    if not text or not text.strip():
        return default_terms()
    terms = []
    for part in text[:MAX_SPEC].split(","):
        kpi_id, _colon, weight = part.strip().partition(":")
        try:
            value = float(weight) if weight.strip() else 1.0
        except ValueError:
            raise TermsError(
                _("Vikten för %(kpi)s är inte ett tal: %(weight)s")
                % {"kpi": kpi_id, "weight": weight[:20]}
            ) from None
        terms.append(Term(kpi_id.strip().upper() if kpi_id != KOMMUNGRUPP else kpi_id, value))
    return checked(terms)


def checked(terms) -> tuple[Term, ...]:
    """The terms if the twins can use them; ``TermsError`` naming what is wrong."""
    kpis = [term.kpi_id for term in terms if term.kpi_id != KOMMUNGRUPP]
    for term in terms:
        if not term.weight >= 0 or term.weight == float("inf"):
            raise TermsError(_("Vikten för %(kpi)s måste vara 0 eller mer.") % {"kpi": term.kpi_id})
    if len(kpis) > MAX_KPIS:
        raise TermsError(_("Välj högst %(n)s nyckeltal.") % {"n": MAX_KPIS})
    if not kpis or sum(term.weight for term in terms) <= 0:
        raise TermsError(_("Välj minst ett nyckeltal med en vikt över 0."))
    if len({term.kpi_id for term in terms}) != len(terms):
        raise TermsError(_("Ett nyckeltal är valt två gånger."))
    unknown = [kpi for kpi in kpis if kpi not in kommun_kpis(kpis)]
    if unknown:
        raise TermsError(
            _("Okända nyckeltal (eller bara för regioner): %(ids)s")
            % {"ids": ", ".join(unknown[:10])}
        )
    return tuple(terms)


def kommun_kpis(kpi_ids) -> dict[str, Kpi]:
    """The KPIs of these ids that kommuner have (type K or A), by id."""
    found = Kpi.objects.filter(pk__in=list(kpi_ids)).exclude(municipality_type="L")
    return {kpi.pk: kpi for kpi in found}


def term_titles(terms) -> dict[str, str]:
    """A title for each term: the KPI's, or "Kommungrupp (SKR)"."""
    titles = {kpi.pk: kpi.title for kpi in kommun_kpis(term.kpi_id for term in terms).values()}
    titles[KOMMUNGRUPP] = _("Kommungrupp (SKR)")
    return {term.kpi_id: titles.get(term.kpi_id, term.kpi_id) for term in terms}


def kommuner(snap: Snapshot) -> pl.DataFrame:
    """``area_id, skr_code`` of every kommun: the set standardised over and searched."""
    return snap.areas.filter(pl.col("type") == "K").select("area_id", "skr_code")


def twins_of(area: Organisation, terms, snap: Snapshot) -> Twins:
    """The area's twins on ``terms``, from the values in the database (cached per data)."""
    key = f"styra:twins:{snap.version}:{area.pk}:{spec_of(terms)}"  # Kolada values only
    found = cache.get(key)
    if found is None:
        kpis = [term.kpi_id for term in terms if term.kpi_id != KOMMUNGRUPP]
        values = read_values(kpis).filter(pl.col("gender") == "T")
        found = find_twins(values, kommuner(snap), area.pk, terms)
        cache.set(key, found, CACHE_SECONDS)
    return found


def percent(share: float | None) -> float | None:
    return None if share is None else round(100 * share, 1)


def export_table(area: Organisation, result: Twins, titles: dict, names: dict) -> ExportTable:
    """The twins as rows: rank, kommun, distance, and per term its value and share (%)."""
    terms = [term.kpi_id for term in result.terms]
    columns = [_("Plats"), _("Kolada-id"), _("Kommun"), _("Avstånd"), _("Andel av vikten (%)")]
    for kpi in terms:
        columns += [titles[kpi], _("%(kpi)s: andel av avståndet (%%)") % {"kpi": kpi}]
    own = [None, area.pk, area.name, 0.0, 100.0]
    if result.twins:
        for part in result.twins[0].contributions:
            own += [part.own, None]
    rows = [own]
    for rank, twin in enumerate(result.twins, start=1):
        row = [rank, twin.area_id, names.get(twin.area_id, twin.area_id)]
        row += [round(twin.distance, 4), percent(twin.weight_share)]
        for part in twin.contributions:
            row += [part.twin, percent(part.share)]
        rows.append(row)
    years = ", ".join(f"{term.kpi_id} {term.year}" for term in result.terms if term.year)
    return ExportTable(
        _("Tvillingar till %(name)s") % {"name": area.name},
        columns,
        rows,
        (
            _("Källa: Kolada (RKA)"),
            _("Beräkningar: Styra (metod M12, docs/methods.md)"),
            _("År per nyckeltal: %(years)s") % {"years": years},
            _("Vikter: %(spec)s")
            % {"spec": spec_of(Term(t.kpi_id, t.weight) for t in result.terms)},
        ),
    )
