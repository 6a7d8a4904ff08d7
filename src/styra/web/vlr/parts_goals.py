"""The generated parts of the VLR's later sections: progress on goals and targets,
means of implementation, next steps, conclusion, since the last review and the
statistical annex."""

from decimal import Decimal

from django.utils.translation import gettext as _

from styra.web.actionplan.presentation import kronor
from styra.web.common.formats import day, number


def _money(value: float | None) -> str:
    return kronor(Decimal(str(value))) if value is not None else "–"


def _trend(goal: dict) -> str:
    return _("%(up)s förbättras, %(same)s oförändrade, %(down)s försämras") % {
        "up": goal["improving"],
        "same": goal["stable"],
        "down": goal["worsening"],
    }


def _goal_heading(goal: dict) -> str:
    return _("Mål %(n)s: %(title)s") % {"n": goal["goal"], "title": goal["title"]}


def progress(content: dict) -> list[dict]:
    """The prioritised goals in full (status, trend, actions, next steps); the others in
    one table row each."""
    parts = []
    for goal in (g for g in content["progress"] if g["prioritised"]):
        parts.append({"h": _goal_heading(goal)})
        status = goal["level_text"] or _("för lite data")
        parts.append(
            {
                "list": [
                    _("Läge: %(status)s.") % {"status": status},
                    _("Trend för nyckeltalen: %(trend)s.") % {"trend": _trend(goal)},
                    _("Åtgärdernas framsteg: %(percent)s %%.")
                    % {"percent": number(goal["progress"], 0)},
                ]
            }
        )
        rows = [
            [a["code"], a["title"], a["status_text"], f"{a['percent']} %"] for a in goal["actions"]
        ]
        columns = [_("Kod"), _("Åtgärd"), _("Status"), _("Framsteg")]
        parts.append(
            _rows(_("Åtgärder för målet"), columns, rows, _("Inga åtgärder för målet ännu."))
        )
    if not content["prioritised"]:
        parts.append({"p": _("Inga mål är prioriterade ännu: alla mål visas i korthet.")})
    others = [g for g in content["progress"] if not g["prioritised"]]
    rows = [
        [f"{g['goal']} {g['title']}", g["level_text"] or "–", _trend(g), len(g["actions"])]
        for g in others
    ]
    columns = [_("Mål"), _("Läge"), _("Trend"), _("Åtgärder")]
    parts.append(_rows(_("Övriga mål i korthet"), columns, rows, ""))
    return parts


def _rows(caption: str, columns: list[str], rows: list[list], empty: str) -> dict:
    if not rows:
        return {"p": empty or f"{caption}: –"}
    return {"table": caption, "columns": columns, "rows": rows}


def means(content: dict) -> list[dict]:
    section = content["means"]
    rows = [
        [f"{g['goal']} {g['title']}", g["actions"], g["with_budget"], _money(g["budget"])]
        for g in section["goals"]
    ]
    columns = [_("Mål"), _("Åtgärder"), _("Med budget"), _("Budget")]
    parts = [
        {
            "p": _("Handlingsplanens budget: %(total)s för %(n)s åtgärder.")
            % {"total": _money(section["total"]), "n": section["actions"]}
        },
        _rows(
            _("Budget per mål (en åtgärd för två mål räknas i båda)"),
            columns,
            rows,
            _("Handlingsplanen har inga åtgärder ännu."),
        ),
    ]
    return parts


def next_steps(content: dict) -> list[dict]:
    rows = [
        [f"{g['goal']}", a["code"], a["title"], a["status_text"], day(a["end"]) or "–"]
        for g in content["progress"]
        if g["prioritised"]
        for a in g["next_steps"]
    ]
    columns = [_("Mål"), _("Kod"), _("Åtgärd"), _("Status"), _("Slut")]
    return [
        _rows(
            _("Pågående och planerade åtgärder för de prioriterade målen"),
            columns,
            rows,
            _("Inga pågående eller planerade åtgärder för de prioriterade målen."),
        )
    ]


def conclusion(content: dict) -> list[dict]:
    chosen = [g for g in content["progress"] if g["prioritised"]]
    return [
        {
            "p": _("%(name)s arbetar med %(n)s prioriterade mål och %(actions)s åtgärder.")
            % {
                "name": content["organisation"]["name"],
                "n": len(chosen),
                "actions": content["means"]["actions"],
            }
        }
    ]


def since(content: dict) -> list[dict]:
    found = content.get("since") or {}
    if not found.get("available"):
        first = _("Det här är den första granskningen: det finns ingen tidigare att jämföra med.")
        return [{"p": first}]
    compared = _("Jämfört med ”%(label)s”, beslutad %(date)s.") % {
        "label": found["label"],
        "date": day(found["decided_on"]),
    }
    return [{"p": compared}, _goals_since(found["goals"]), _kpis_since(found["kpis"])]


def _goals_since(goals: list[dict]) -> dict:
    rows = [
        [
            f"{r['goal']} {r['title']}",
            _side(r["before"], "level_text"),
            _side(r["after"], "level_text"),
            _side(r["before"], "rank"),
            _side(r["after"], "rank"),
        ]
        for r in goals
    ]
    columns = [_("Mål"), _("Läge då"), _("Läge nu"), _("Rang då"), _("Rang nu")]
    none = _("Inget mål har ändrat läge eller rang.")
    return _rows(_("Mål vars utmaning ändrats"), columns, rows, none)


def _kpis_since(kpis: list[dict]) -> dict:
    rows = [
        [
            r["kpi_id"],
            r["title"],
            _side(r["before"], "colour_text"),
            _side(r["after"], "colour_text"),
            _side(r["before"], "outlook_text"),
            _side(r["after"], "outlook_text"),
        ]
        for r in kpis
    ]
    columns = [
        _("Id"),
        _("Nyckeltal"),
        _("Läge då"),
        _("Läge nu"),
        _("Mot målet då"),
        _("Mot målet nu"),
    ]
    none = _("Inget nyckeltal har ändrat status.")
    return _rows(_("Nyckeltal vars status ändrats"), columns, rows, none)


def _side(row: dict | None, key: str) -> str:
    value = None if row is None else row.get(key)
    return "–" if value in (None, "") else str(value)


def annex(content: dict) -> list[dict]:
    rows = [
        [
            k["kpi_id"],
            k["title"],
            k["goal"],
            f"{number(k['value'])} {k['unit']}".strip() if k["value"] is not None else "–",
            k["value_year"] or "–",
            k["colour_text"] or "–",
            k["trend_text"] or "–",
            k["outlook_text"] or _("inget mål"),
        ]
        for k in content["annex"]
    ]
    columns = [_("Id"), _("Nyckeltal"), _("Mål"), _("Värde"), _("År")]
    columns += [_("Läge (M1)"), _("Trend (M3)"), _("Mot målet (M4)")]
    caption = _("Alla nyckeltal: värde, läge jämfört med andra, trend och status mot målet")
    return [_rows(caption, columns, rows, _("Inga värden från Kolada är inlästa."))]
