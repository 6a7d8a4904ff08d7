"""The comparison a page uses, chosen by the user and kept in the URL.

``?jamfor=alla`` (default) all kommuner or all regions, ``kommungrupp`` the
area's SKR kommungrupp, ``liknande`` Kolada's "Liknande kommuner,
övergripande" group of the area (for a region: a "Liknande regioner" group),
``natverk&natverk=<id>`` a Styra network, ``egen&omraden=0180,1480,…`` any
areas of the same type.
"""

import hashlib
from dataclasses import dataclass
from urllib.parse import urlencode

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from styra.analysis import ReferenceSet, explicit, kommungrupp, network
from styra.web.organisations.models import MunicipalityGroup, Network, Organisation

from .data import Snapshot

ALL, GROUP, SIMILAR, NETWORK, CUSTOM = "alla", "kommungrupp", "liknande", "natverk", "egen"
CHOICES = (
    (ALL, gettext_lazy("Alla kommuner / regioner")),
    (GROUP, gettext_lazy("Kommungruppen (SKR)")),
    (SIMILAR, gettext_lazy("Liknande kommuner (Kolada)")),
    (NETWORK, gettext_lazy("Ett nätverk")),
    (CUSTOM, gettext_lazy("Egen lista")),
)
MAX_CUSTOM = 100


class ComparisonError(ValueError):
    """A comparison the area cannot use; the message is shown to the user."""


@dataclass(frozen=True)
class Comparison:
    kind: str
    label: str
    reference: ReferenceSet
    params: tuple[tuple[str, str], ...]  # what goes back in the URL

    @property
    def key(self) -> str:
        """Stable, short cache key part: the kind and a digest of the member ids."""
        members = ",".join(sorted(self.reference.area_ids)).encode()
        return f"{self.kind}:{hashlib.sha256(members).hexdigest()[:20]}"

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


def resolve(params, area: Organisation, snap: Snapshot) -> Comparison:
    """The comparison the query ``params`` ask for; ``ComparisonError`` if it cannot be used."""
    kind = params.get("jamfor") or ALL
    if kind == ALL:
        reference = snap.all_of_type(area.type)
        label = _("alla kommuner") if area.type == "K" else _("alla regioner")
        return Comparison(ALL, label, reference, ())
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
