"""The comparison a page uses, chosen by the user and kept in the URL.

``?jamfor=alla`` (default) all kommuner or all regions, ``kommungrupp`` the
area's SKR kommungrupp, ``liknande`` Kolada's "Liknande kommuner,
övergripande" group of the area (for a region: a "Liknande regioner" group),
``natverk&natverk=<id>`` a Styra network, ``egen&omraden=0180,1480,…`` any
areas of the same type, ``tvillingar`` a kommun's 20 twins (M12, styra.web.twins:
the default structure KPIs, or those of ``&tvillingar=N01951:1,kommungrupp:2,…``).
``rangordna=jamforelse`` ranks the goals by their standing in the comparison
instead of among all kommuner or regions (M5), and
``ar=<year>`` picks the analysis year; a year without data is refused.
"""

import hashlib
from dataclasses import dataclass
from urllib.parse import urlencode

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from styra.analysis import ReferenceSet, explicit, kommungrupp, network
from styra.analysis.area import RANK_BY_COMPARISON, RANK_BY_TYPE
from styra.web.organisations.models import MunicipalityGroup, Network, Organisation
from styra.web.twins.services import SPEC_PARAM, TermsError, parse_spec, spec_params, twins_of

from .data import Snapshot

ALL, GROUP, SIMILAR, NETWORK, CUSTOM = "alla", "kommungrupp", "liknande", "natverk", "egen"
TWINS = "tvillingar"
CHOICES = (
    (ALL, gettext_lazy("Alla kommuner")),
    (GROUP, gettext_lazy("Kommungruppen (SKR)")),
    (SIMILAR, gettext_lazy("Liknande kommuner (Kolada)")),
    (TWINS, gettext_lazy("Tvillingarna (de 20 mest lika kommunerna)")),
    (NETWORK, gettext_lazy("Ett nätverk")),
    (CUSTOM, gettext_lazy("Egen lista")),
)
MAX_CUSTOM = 100
RANK_PARAM, RANK_IN_COMPARISON = "rangordna", "jamforelse"
MIN_RANKING_AREAS = 8  # quarters of fewer areas say little: rank against all instead


class ComparisonError(ValueError):
    """A comparison the area cannot use; the message is shown to the user."""


@dataclass(frozen=True)
class Comparison:
    kind: str
    label: str
    reference: ReferenceSet
    params: tuple[tuple[str, str], ...]  # what goes back in the URL
    ranking: str = RANK_BY_TYPE  # the goals' standing among all of the type, or the comparison

    @property
    def key(self) -> str:
        """Stable, short cache key part: kind, ranking and a digest of the member ids."""
        members = ",".join(sorted(self.reference.area_ids)).encode()
        return f"{self.kind}:{self.ranking}:{hashlib.sha256(members).hexdigest()[:20]}"

    @property
    def query(self) -> str:
        return urlencode(self.params)


def similar_group(area: Organisation) -> MunicipalityGroup | None:
    """Kolada's overall "Liknande kommuner" group of a kommun, or a "Liknande regioner" one."""
    prefix = "Liknande kommuner, övergripande, " if area.type == "K" else "Liknande regioner"
    groups = MunicipalityGroup.objects.filter(
        title__startswith=prefix, title__contains=f", {area.name}, "
    )
    return groups.order_by("-title").first()


def parse_custom(text: str, area: Organisation, snap: Snapshot) -> tuple[str, ...]:
    ids = [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
    if not ids:
        raise ComparisonError(_("Välj minst ett område att jämföra med."))
    if len(ids) > MAX_CUSTOM:
        raise ComparisonError(_("Högst %(n)s områden i en egen lista.") % {"n": MAX_CUSTOM})
    known = set(snap.areas.filter(snap.areas["type"] == area.type)["area_id"]) - {"0000"}
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise ComparisonError(
            _("Okända områden i listan (eller av annan typ än %(area)s): %(ids)s")
            % {"area": area.name, "ids": ", ".join(unknown[:10])}
        )
    return tuple(dict.fromkeys(ids))


REGION_CHOICES = (
    (ALL, gettext_lazy("Alla regioner")),
    (SIMILAR, gettext_lazy("Liknande regioner (Kolada)")),
    (NETWORK, gettext_lazy("Ett nätverk")),
    (CUSTOM, gettext_lazy("Egen lista")),
)


def choices_for(area: Organisation) -> tuple[tuple[str, str], ...]:
    """The comparisons the area can use, in its own words: a region has no SKR kommungrupp."""
    return CHOICES if area.type == "K" else REGION_CHOICES


def resolve(params, area: Organisation, snap: Snapshot) -> Comparison:
    """The comparison the query ``params`` ask for; ``ComparisonError`` if it cannot be used."""
    return with_ranking(params, resolve_reference(params, area, snap))


def with_ranking(params, chosen: Comparison) -> Comparison:
    """The comparison ranking the goals by their standing in it, if asked and possible."""
    if params.get(RANK_PARAM) != RANK_IN_COMPARISON or chosen.kind == ALL:
        return chosen
    size = len(chosen.reference.area_ids)
    if size < MIN_RANKING_AREAS:
        raise ComparisonError(
            _(
                "%(label)s har bara %(n)s områden: för få för att rangordna målen efter "
                "(minst %(min)s behövs). Målen rangordnas mot alla."
            )
            % {"label": chosen.label, "n": size, "min": MIN_RANKING_AREAS}
        )
    params_out = (*chosen.params, (RANK_PARAM, RANK_IN_COMPARISON))
    return Comparison(chosen.kind, chosen.label, chosen.reference, params_out, RANK_BY_COMPARISON)


def resolve_year(asked: str | None, snap: Snapshot) -> int:
    """The analysis year asked for (default the latest); ``ComparisonError`` without data."""
    first, latest = snap.years or (0, 0)
    if asked is None or asked.strip() == "":
        return latest
    text = asked.strip()
    if not text.isdigit() or not first <= int(text) <= latest:
        raise ComparisonError(
            _("Det finns inga värden för år %(year)s: uppgifterna täcker %(first)s–%(latest)s.")
            % {"year": text[:10], "first": first, "latest": latest}
        )
    return int(text)


def all_label(area_type: str) -> str:
    """The default comparison in words: all kommuner, or all regions."""
    return _("alla kommuner") if area_type == "K" else _("alla regioner")


def resolve_reference(params, area: Organisation, snap: Snapshot) -> Comparison:
    kind = params.get("jamfor") or ALL
    if kind == ALL:
        return Comparison(ALL, all_label(area.type), snap.all_of_type(area.type), ())
    if kind == GROUP:
        if area.type != "K" or not area.skr_code:
            raise ComparisonError(_("%(area)s har ingen kommungrupp.") % {"area": area.name})
        reference = kommungrupp(snap.skr(), area.kolada_id)
        label = _("kommungrupp %(code)s %(name)s") % {
            "code": area.skr_code,
            "name": area.skr_name,
        }
        return Comparison(GROUP, label, reference, (("jamfor", GROUP),))
    if kind == SIMILAR:
        group = similar_group(area)
        if group is None:
            raise ComparisonError(
                _("Kolada har ingen grupp med liknande områden för %(area)s.") % {"area": area.name}
            )
        ids = tuple(sorted(group.members.filter(type=area.type).values_list("pk", flat=True)))
        label = _("liknande enligt Kolada (%(group)s)") % {"group": group.title}
        return Comparison(SIMILAR, label, explicit(ids, group.title), (("jamfor", SIMILAR),))
    if kind == TWINS:
        return twins_comparison(params, area, snap)
    if kind == NETWORK:
        chosen = Network.objects.filter(pk=params.get("natverk") or None).first()
        if chosen is None or not chosen.members.filter(pk=area.pk).exists():
            raise ComparisonError(
                _("Välj ett nätverk som %(area)s är med i.") % {"area": area.name}
            )
        ids = tuple(chosen.members.filter(type=area.type).values_list("pk", flat=True))
        label = _("nätverket %(name)s") % {"name": chosen.name}
        params_out = (("jamfor", NETWORK), ("natverk", str(chosen.pk)))
        return Comparison(NETWORK, label, network(chosen.name, ids), params_out)
    if kind == CUSTOM:
        ids = parse_custom(params.get("omraden", ""), area, snap)
        label = _("egen lista (%(n)s områden)") % {"n": len(ids)}
        params_out = (("jamfor", CUSTOM), ("omraden", ",".join(ids)))
        return Comparison(CUSTOM, label, explicit(ids), params_out)
    raise ComparisonError(_("Okänd jämförelse: %(kind)s") % {"kind": kind})


def twins_comparison(params, area: Organisation, snap: Snapshot) -> Comparison:
    """The kommun's twins on the terms of the URL (or the default structure set)."""
    if area.type != "K":
        raise ComparisonError(_("Tvillingar finns bara för kommuner."))
    try:
        terms = parse_spec(params.get(SPEC_PARAM))
    except TermsError as error:
        raise ComparisonError(str(error)) from None
    ids = tuple(twin.area_id for twin in twins_of(area, terms, snap).twins)
    if not ids:
        raise ComparisonError(
            _("%(area)s har inga tvillingar: värdena för nyckeltalen är inte inlästa.")
            % {"area": area.name}
        )
    label = _("tvillingarna (de %(n)s mest lika kommunerna)") % {"n": len(ids)}
    params_out = (("jamfor", TWINS), *spec_params(terms))
    return Comparison(TWINS, label, explicit(ids, label), params_out)
