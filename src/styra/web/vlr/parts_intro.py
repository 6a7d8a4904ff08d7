"""The generated parts of the VLR's first sections: opening statement, highlights,
introduction, methodology and process, policy and enabling environment."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from styra.web.common.formats import day, number
from styra.web.common.goals import goal_title
from styra.web.reports import presentation as document


def goals_in_words(goals: list[int]) -> str:
    return ", ".join(f"{g} {goal_title(g)}" for g in goals) or _("inga ännu")


def opening(content: dict) -> list[dict]:
    name = content["organisation"]["name"]
    return [
        {
            "p": _(
                "%(name)s redovisar här frivilligt hur arbetet med Agenda 2030 går, "
                "enligt FN:s (UN DESA) riktlinjer för lokala granskningar."
            )
            % {"name": name}
        }
    ]


def highlights(content: dict) -> list[dict]:
    items = [document.challenge_point(content)]
    items.append(
        _("Prioriterade mål: %(goals)s.") % {"goals": goals_in_words(content["prioritised"])}
    )
    means = content["means"]
    done = sum(1 for goal in content["progress"] for a in goal["actions"] if a["status"] == "done")
    items.append(
        _("Handlingsplanen har %(n)s åtgärder; %(done)s av åtgärderna per mål är klara.")
        % {"n": means["actions"], "done": done}
    )
    improving = sum(g["improving"] for g in content["progress"])
    worsening = sum(g["worsening"] for g in content["progress"])
    items.append(
        _("Nyckeltal som förbättras: %(up)s; som försämras: %(down)s.")
        % {"up": improving, "down": worsening}
    )
    return [{"list": items}]


def introduction(content: dict) -> list[dict]:
    data = content["data"]
    text = _(
        "Granskningen gäller %(year)s. Siffrorna kommer från Kolada, åren %(first)s–%(latest)s, "
        "och från %(name)s egna uppgifter i Styra, tagna fram %(built)s."
    ) % {
        "year": content["year"],
        "first": data["first_year"] or "–",
        "latest": data["latest_year"] or "–",
        "name": content["organisation"]["name"],
        "built": day(content["built_at"]),
    }
    return [{"p": text}]


def methodology(content: dict) -> list[dict]:
    records = content["records"]
    parts = []
    rows = [[v["label"], day(v["decided_on"]) or "–", v["reference"]] for v in records["analyses"]]
    parts.append(
        _table(
            _("Nulägesanalysen (frysta versioner)"),
            [_("Version"), _("Beslutad"), _("Referens")],
            rows,
        )
    )
    rows = [
        [day(d["decided_on"]), d["body"], d["reference"], ", ".join(map(str, d["goals"]))]
        for d in records["decisions"]
    ]
    columns = [_("Beslutsdatum"), _("Beslutande organ"), _("Referens"), _("Prioriterade mål")]
    parts.append(_table(_("Prioriteringsbeslut"), columns, rows))
    rows = [[w["title"], day(w["held_on"]), w["entries"]] for w in records["workshops"]]
    parts.append(
        _table(
            _("Dialoger: workshoppar om prioriteringen"),
            [_("Workshop"), _("Datum"), _("Svar")],
            rows,
        )
    )
    rows = [
        [
            r["title"],
            day(r["opened_on"]),
            r["respondents"],
            _("stängd") if r["closed"] else _("öppen"),
        ]
        for r in records["rounds"]
    ]
    columns = [_("Omgång"), _("Start"), _("Svarande"), _("Läge")]
    parts.append(_table(_("Samråd: självskattningens omgångar"), columns, rows))
    rows = [
        [
            c["name"],
            f"{day(c['period_start'])} – {day(c['period_end'])}",
            c["reports"],
            _("stängd") if c["closed"] else _("öppen"),
        ]
        for c in records["cycles"]
    ]
    columns = [_("Uppföljning"), _("Period"), _("Rapporter"), _("Läge")]
    parts.append(_table(_("Uppföljningar under året"), columns, rows))
    return parts


def _table(caption: str, columns: list[str], rows: list[list]) -> dict:
    if not rows:
        return {"p": f"{caption}: {_('inga ännu.')}"}
    return {"table": caption, "columns": columns, "rows": rows}


def policy(content: dict) -> list[dict]:
    commitments = content["commitments"]
    items = [
        f"{item['label']}: {_('på plats') if item['done'] else _('saknas')}"
        for item in commitments["items"]
    ]
    parts = [{"p": document.commitments_point(content)}, {"list": items}]
    group = content["steering_group"]
    text = ", ".join(f"{m['name']} ({m['title']})" if m["title"] else m["name"] for m in group)
    parts.append({"p": _("Styrgrupp: %(members)s.") % {"members": text or _("ingen registrerad")}})
    for point in (document.mandate_point, document.collaboration_point, document.maturity_point):
        parts.append({"p": point(content)})
    mandate = content["mandate"]
    if mandate.get("available"):
        rows = [[f"{r['goal']} {r['title']}", number(r["mean_level"], 1)] for r in mandate["goals"]]
        parts.append(_table(_("Rådighet per mål"), [_("Mål"), _("Medelnivå (0–3)")], rows))
    n = len(content["prioritised"])
    parts.append(
        {"p": ngettext("%(n)s mål är prioriterat.", "%(n)s mål är prioriterade.", n) % {"n": n}}
    )
    return parts
