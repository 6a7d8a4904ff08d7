"""The follow-up report and the årsredovisning chapter as parts: a heading, a few
sentences and tables (``styra.tables.ExportTable``), written once from the content dict.

The page, the PDF and the Word file show the same parts (report_documents.py);
the Excel workbook has the flat tables of ``cycle_sheets``. Cells hold plain
values (numbers stay numbers, missing is None); ``shown`` formats them for
reading.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext

from styra.tables import ExportTable
from styra.web.common.formats import day, number
from styra.web.reports.presentation import KOLADA_SOURCE


@dataclass
class Part:
    heading: str
    texts: list[str] = field(default_factory=list)
    tables: list[ExportTable] = field(default_factory=list)
    level: int = 2


def shown(value) -> str:
    """A cell as the reader sees it: "12,5", "–" for missing."""
    if value is None or value == "":
        return "–"
    if isinstance(value, float):
        return number(value, 2, trim=True)
    return str(value)


def goal_label(goal: int, title: str) -> str:
    return _("Mål %(n)s: %(title)s") % {"n": goal, "title": title} if goal else title


def title(content: dict) -> str:
    if content["kind"] == "year":
        return _("Uppföljning %(year)s – %(name)s") % {
            "year": content["year"],
            "name": content["organisation"]["name"],
        }
    return _("Uppföljningsrapport: %(cycle)s – %(name)s") % {
        "cycle": content["cycle"]["name"],
        "name": content["organisation"]["name"],
    }


def about_part(content: dict) -> Part:
    cycle = content["cycle"]
    texts = [
        _("%(kind)s, perioden %(start)s–%(end)s. Sista dag att rapportera: %(deadline)s.")
        % {
            "kind": cycle["kind"],
            "start": day(cycle["period_start"]),
            "end": day(cycle["period_end"]),
            "deadline": day(cycle["deadline"]),
        },
        _("%(reported)s av %(asked)s åtgärder är rapporterade.")
        % {"reported": cycle["reported"], "asked": cycle["asked"]},
    ]
    if cycle["closed"]:
        texts.append(
            _("Uppföljningen stängdes den %(date)s: rapporterna är låsta.")
            % {"date": day(cycle["closed"])}
        )
    else:
        texts.append(_("Uppföljningen är inte stängd: rapporterna kan fortfarande ändras."))
    return Part(_("Om uppföljningen"), texts)


def counts_text(counts: list[list]) -> str:
    return ", ".join(f"{label}: {n}" for label, n in counts if n)


def action_columns() -> list[str]:
    return [_("Åtgärd"), _("Titel"), _("Status"), _("Kommentar")]


def goal_parts(content: dict) -> list[Part]:
    parts = [
        Part(_("Åtgärder per mål"), [_("Varje åtgärd visas under varje mål den bidrar till.")])
    ]
    for section in content["goals"]:
        label = goal_label(section["goal"], section["title"])
        texts = [counts_text(section["counts"])]
        if section["prioritised"]:
            texts.insert(0, _("Prioriterat mål."))
        rows = [[a["code"], a["title"], a["status_text"], a["comment"]] for a in section["actions"]]
        caption = _("Åtgärderna för målet") if section["goal"] else label
        table = ExportTable(caption, action_columns(), rows)
        parts.append(Part(label, texts, [table], level=3))
    if not content["goals"]:
        parts[0].texts = [_("Uppföljningen frågar inte om någon åtgärd.")]
    return parts


def measures_table(content: dict) -> ExportTable:
    columns = [
        _("Åtgärd"),
        _("Nyckeltal"),
        _("Utgångsvärde"),
        _("Åtgärdens målvärde"),
        _("Rapporterat värde"),
        _("Senaste värde"),
        _("År"),
        _("Läge mot målvärdet"),
    ]
    rows = [
        [
            m["action"],
            f"{m['title']} ({m['kpi_id']})",
            m["baseline"],
            m["target"],
            m["reported"],
            m["value"],
            m["value_year"],
            m["status_text"],
        ]
        for m in content["measures"]
    ]
    return ExportTable(_("Åtgärdernas mått"), columns, rows)


def targets_table(rows: list[dict], caption: str) -> ExportTable:
    columns = [
        _("Mål"),
        _("Nyckeltal"),
        _("Värde"),
        _("År"),
        _("Målvärde"),
        _("Målår"),
        _("Läge mot målvärdet"),
    ]
    cells = [
        [
            r["goal"],
            f"{r['title']} ({r['kpi_id']})",
            r["value"],
            r["value_year"],
            r["target"],
            r["target_year"],
            r["status_text"],
        ]
        for r in rows
    ]
    return ExportTable(caption, columns, cells, (KOLADA_SOURCE,))


TARGET_NOTE = gettext_noop(
    "Läget mot målvärdet jämför utvecklingen sedan basåret med den takt som behövs för "
    "att nå målvärdet till målåret. Det är inte jämförelsen med andra kommuner: grönt "
    "där betyder inte att målet är nått."
)


def indicator_part(content: dict) -> Part:
    part = Part(_("Nyckeltal mot målvärden"), [_(TARGET_NOTE)])
    if content["measures"]:
        part.tables.append(measures_table(content))
    caption = _("Nyckeltal med målvärde inom de prioriterade målen")
    if content["targets"]:
        part.tables.append(targets_table(content["targets"], caption))
    else:
        part.texts.append(_("Inget nyckeltal inom målen har ett målvärde."))
    return part


def changes_table(changes: dict) -> ExportTable:
    columns = [_("Åtgärd"), _("Titel"), _("Förut"), _("Nu"), _("Riktning")]
    rows = [
        [m["code"], m["title"], m["before"], m["now"], m["direction"]] for m in changes["moves"]
    ]
    return ExportTable(_("Åtgärder som bytt status"), columns, rows)


def changes_part(content: dict) -> Part:
    changes = content["changes"]
    if changes["before"] is None:
        return Part(
            _("Vad har ändrats?"), [_("Det finns ingen tidigare uppföljning att jämföra med.")]
        )
    heading = _("Vad har ändrats sedan %(name)s?") % {"name": changes["before"]}
    moved = len(changes["moves"])
    texts = [
        ngettext(
            "%(moved)s åtgärd har bytt status, %(same)s har samma status som förut.",
            "%(moved)s åtgärder har bytt status, %(same)s har samma status som förut.",
            moved,
        )
        % {"moved": moved, "same": changes["same"]}
    ]
    tables = [changes_table(changes)] if changes["moves"] else []
    return Part(heading, texts, tables)


def cycle_parts(content: dict) -> list[Part]:
    return [
        about_part(content),
        *goal_parts(content),
        indicator_part(content),
        changes_part(content),
    ]


def cycle_sheets(content: dict) -> list[ExportTable]:
    """The Excel workbook: the same content in flat tables, one per sheet."""
    actions = [
        [s["goal"] or None, s["title"], a["code"], a["title"], a["status_text"], a["comment"]]
        for s in content["goals"]
        for a in s["actions"]
    ]
    counts = [
        [s["goal"] or None, s["title"], *(n for _label, n in s["counts"])] for s in content["goals"]
    ]
    labels = [label for label, _n in content["goals"][0]["counts"]] if content["goals"] else []
    tables = [
        ExportTable(_("Åtgärder"), [_("Mål"), _("Målets namn"), *action_columns()], actions),
        ExportTable(_("Status per mål"), [_("Mål"), _("Målets namn"), *labels], counts),
        measures_table(content),
        targets_table(content["targets"], _("Nyckeltal mot målvärden")),
    ]
    if content["changes"]["before"] is not None:
        tables.append(changes_table(content["changes"]))
    return tables
