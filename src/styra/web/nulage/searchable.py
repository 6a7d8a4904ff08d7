"""What search looks through, as documents for ``styra.search``, and the results to show.

Open content — kommuner and regioner, Styra's curated KPIs, the rest of
Kolada's KPI catalog, the 17 goals and 169 targets — is the same for everyone:
its documents are built once per Kolada data version and process. An
organisation's own content — own indicators, the handlingsplan's actions,
samverkan's actors — is read per search, and only for the organisations the
user is a member of (the handlingsplan and the actor register are internal).
"""

import threading
from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from styra.agenda2030 import load_curated_kpis
from styra.sdg import load_catalog
from styra.search import (
    MAX_QUERY_CHARS,
    MAX_TERMS,
    TEXT,
    TITLE,
    Document,
    Field,
    Hit,
    Query,
    search,
)
from styra.web.accounts.rules import roles_of
from styra.web.actionplan.models import Action
from styra.web.indicators.models import OWN_PREFIX, Kpi, OwnIndicator
from styra.web.organisations.models import Organisation
from styra.web.samverkan.models import Actor

from .data import data_fingerprint

SHOWN_PER_KIND = 25
KINDS = {  # in the order the page shows them
    "area": gettext_lazy("Kommuner och regioner"),
    "kpi": gettext_lazy("Nyckeltal i nulägesanalysen"),
    "goal": gettext_lazy("Globala mål"),
    "target": gettext_lazy("Delmål i Agenda 2030"),
    "own": gettext_lazy("Egna nyckeltal"),
    "action": gettext_lazy("Åtgärder i handlingsplanen"),
    "actor": gettext_lazy("Aktörer i samverkan"),
    "kolada": gettext_lazy("Fler nyckeltal i Kolada"),
}
AREA_TYPES = {"K": gettext_lazy("kommuner"), "L": gettext_lazy("regioner")}  # a KPI is for
AREA_TYPE = {"K": gettext_lazy("kommun"), "L": gettext_lazy("region")}  # an area is a
NOT_SNIPPETS = ("title", "title_en", "id")


@dataclass(frozen=True)
class Entry:
    """A document and what its result needs: its kind and the ids of its object."""

    kind: str
    document: Document
    ref: dict


@dataclass(frozen=True)
class Result:
    title: tuple  # (text, is_match) segments
    snippet: tuple  # segments of where else it matched; empty when only the title did
    url: str | None
    meta: str


@dataclass(frozen=True)
class Group:
    kind: str
    label: str
    count: int
    results: list[Result]


def document(key: str, *items: tuple[str, str, float, str]) -> Document:
    """A document of (name, text, weight, language) fields; empty texts are left out."""
    return Document(key, tuple(Field(name, text, w, lang) for name, text, w, lang in items if text))


# Open content, the same for every user.


def area_entries() -> list[Entry]:
    rows = Organisation.objects.exclude(kolada_id="0000").values_list("kolada_id", "name", "type")
    return [
        Entry(
            "area",
            document(f"area:{pk}", ("title", name, TITLE, "sv"), ("id", pk, TITLE, "sv")),
            {"pk": pk, "type": t},
        )
        for pk, name, t in rows
    ]


def kpi_entries() -> list[Entry]:
    """Styra's curated KPIs (with Kolada's description), then the rest of Kolada's catalog."""
    kolada = {
        row[0]: row
        for row in Kpi.objects.filter(retired=False).values_list(
            "kpi_id", "title", "description", "operating_area"
        )
    }
    entries = []
    for kpi in load_curated_kpis():
        description = kolada.pop(kpi.kpi_id, ("", "", "", ""))[2]
        fields = [("title", kpi.title, TITLE, "sv"), ("id", kpi.kpi_id, TITLE, "sv")]
        fields += [
            ("description", description, TEXT, "sv"),
            ("rationale", kpi.rationale, TEXT, "sv"),
        ]
        ref = {"kpi_id": kpi.kpi_id, "goal": kpi.goal, "type": kpi.municipality_type}
        entries.append(Entry("kpi", document(f"kpi:{kpi.kpi_id}", *fields), ref))
    for kpi_id, title, description, operating_area in kolada.values():
        fields = [("title", title, TITLE, "sv"), ("id", kpi_id, TITLE, "sv")]
        fields.append(("description", description, TEXT, "sv"))
        ref = {"kpi_id": kpi_id, "operating_area": operating_area}
        entries.append(Entry("kolada", document(f"kolada:{kpi_id}", *fields), ref))
    return entries


def sdg_entries() -> list[Entry]:
    """The 17 goals and the 169 targets, in Swedish and English."""
    catalog = load_catalog()
    entries = []
    for goal in catalog.goals:
        fields = [("title", goal.short_sv, TITLE, "sv"), ("title_en", goal.short_en, TITLE, "en")]
        fields += [("text", goal.title_sv, TEXT, "sv"), ("text_en", goal.title_en, TEXT, "en")]
        ref = {"goal": goal.number}
        entries.append(Entry("goal", document(f"goal:{goal.number}", *fields), ref))
    for target in catalog.targets:
        fields = [("id", target.target_id, TITLE, "sv"), ("title", target.short_sv, TITLE, "sv")]
        fields += [
            ("title_en", target.title_en, TITLE, "en"),
            ("text", target.title_sv, TEXT, "sv"),
        ]
        ref = {"goal": target.goal, "target_id": target.target_id}
        entries.append(Entry("target", document(f"target:{target.target_id}", *fields), ref))
    return entries


_open: tuple[str, list[Entry]] | None = None
_building = threading.Lock()


def open_entries() -> list[Entry]:
    """The open content's entries, built once per Kolada data (see ``data_fingerprint``)."""
    global _open
    fingerprint = data_fingerprint()
    with _building:
        if _open is None or _open[0] != fingerprint:
            _open = (fingerprint, area_entries() + kpi_entries() + sdg_entries())
        return _open[1]


# The content of the user's own organisations.


def member_organisations(user) -> list[Organisation]:
    """The organisations whose internal content the user may read (member, any role)."""
    mine = Organisation.objects.filter(pk__in=list(roles_of(user)))
    return [o for o in mine if user.has_perm("actionplan.view_plan", o)]


def own_entries(user) -> list[Entry]:
    organisations = member_organisations(user)
    entries = []
    for own in OwnIndicator.objects.filter(organisation__in=organisations):
        fields = [("title", own.title, TITLE, "sv"), ("id", own.code, TITLE, "sv")]
        fields.append(("description", own.description, TEXT, "sv"))
        ref = {"org": own.organisation_id, "pk": own.pk, "code": own.code, "goal": own.goal}
        entries.append(Entry("own", document(f"own:{own.pk}", *fields), ref))
    for action in Action.objects.filter(organisation__in=organisations):
        fields = [("title", action.title, TITLE, "sv"), ("id", action.code, TITLE, "sv")]
        fields.append(("description", action.description, TEXT, "sv"))
        ref = {"org": action.organisation_id, "pk": action.pk, "code": action.code}
        ref["level"] = action.get_level_display()
        entries.append(Entry("action", document(f"action:{action.pk}", *fields), ref))
    for actor in Actor.objects.filter(organisation__in=organisations):
        fields = [("title", actor.name, TITLE, "sv"), ("notes", actor.notes, TEXT, "sv")]
        ref = {"org": actor.organisation_id, "category": actor.get_category_display()}
        entries.append(Entry("actor", document(f"actor:{actor.pk}", *fields), ref))
    names = {o.pk: o.name for o in organisations}
    return [Entry(e.kind, e.document, e.ref | {"org_name": names[e.ref["org"]]}) for e in entries]


# Searching, and the results as the page shows them.


def problem_of(typed: str | None, query: Query) -> str:
    """What the user should know about the query before the results ("" if nothing)."""
    if typed is None:
        return ""  # the page opened without a search
    if not typed.strip():
        return _("Skriv ett eller flera ord att söka efter.")
    if not query.terms:
        return _(
            "Sökningen innehöll inga ord att söka på. Skriv ett ord med minst två bokstäver "
            "eller siffror."
        )
    if query.cut:
        return _(
            "Sökningen var för lång. Styra sökte bara på de första %(chars)s tecknen och "
            "högst %(terms)s ord: %(text)s"
        ) % {
            "chars": MAX_QUERY_CHARS,
            "terms": MAX_TERMS,
            "text": " ".join(t.word for t in query.terms),
        }
    return ""


def find(query: Query, user, home: Organisation | None, language: str) -> list[Group]:
    """The hits of every kind, best first, as groups in the page's order (empty kinds left out)."""
    entries = open_entries() + own_entries(user)
    by_key = {entry.document.key: entry for entry in entries}
    hits: dict[str, list[Hit]] = {kind: [] for kind in KINDS}
    for hit in search((entry.document for entry in entries), query):
        hits[by_key[hit.document.key].kind].append(hit)
    return [
        Group(kind, str(label), len(hits[kind]), [
            result(by_key[hit.document.key], hit, home, language)
            for hit in hits[kind][:SHOWN_PER_KIND]
        ])
        for kind, label in KINDS.items()
        if hits[kind]
    ]  # fmt: skip


def result(entry: Entry, hit: Hit, home: Organisation | None, language: str) -> Result:
    names = [field.name for field in entry.document.fields]
    title_name = "title_en" if language == "en" and "title_en" in names else "title"
    title_text = next(
        (f.text for f in entry.document.fields if f.name == title_name), entry.document.title
    )
    title = hit.marked.get(title_name, ((title_text, False),))
    others = [
        f for f in entry.document.fields if f.name in hit.marked and f.name not in NOT_SNIPPETS
    ]
    others.sort(key=lambda field: field.language != language)  # the page's language first
    snippet = hit.marked[others[0].name] if others else ()
    return Result(title, snippet, url_of(entry, home), meta_of(entry))


def url_of(entry: Entry, home: Organisation | None) -> str | None:
    ref = entry.ref
    if entry.kind == "area":
        return reverse("nulage-overview", args=[ref["pk"]])
    if entry.kind == "kpi" and home and ref["type"] in ("A", home.type):
        return reverse("nulage-kpi", args=[home.pk, ref["kpi_id"]])
    if entry.kind in ("goal", "target") and home:
        return reverse("nulage-goal", args=[home.pk, ref["goal"]])
    if entry.kind == "own":
        return reverse("nulage-kpi", args=[ref["org"], f"{OWN_PREFIX}{ref['pk']}"])
    if entry.kind == "action":
        return reverse("actionplan-action", args=[ref["org"], ref["pk"]])
    if entry.kind == "actor":
        return reverse("samverkan-actors", args=[ref["org"]])
    return None


def meta_of(entry: Entry) -> str:
    """The short line under a result: ids, goal, who it belongs to."""
    ref, kind = entry.ref, entry.kind
    goal = _("mål %(n)s") % {"n": ref["goal"]} if "goal" in ref else ""
    parts = {
        "area": [ref.get("pk", ""), str(AREA_TYPE.get(ref.get("type"), ""))],
        "kpi": [ref.get("kpi_id", ""), goal, str(AREA_TYPES.get(ref.get("type"), ""))],
        "goal": [goal],
        "target": [_("delmål %(id)s") % {"id": ref.get("target_id")}, goal],
        "own": [ref.get("code", ""), goal, ref.get("org_name", "")],
        "action": [ref.get("code", ""), ref.get("level", ""), ref.get("org_name", "")],
        "actor": [ref.get("category", ""), ref.get("org_name", "")],
        "kolada": [ref.get("kpi_id", ""), ref.get("operating_area", "")],
    }[kind]
    return " · ".join(str(part) for part in parts if part)
