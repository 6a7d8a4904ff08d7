"""The document's words, made from the content dict: the summary for kommunledning and the
source of every section. The page, the PDF and the Word file all use these functions, so
they say the same thing."""

from datetime import datetime

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from styra.analysis.settings import DEFAULT_SETTINGS
from styra.web.common.formats import day as day
from styra.web.nulage.presentation import number

KOLADA_SOURCE = "Källa: Kolada (RKA)"
TOP = 3  # goals named in the summary


def goal_name(row: dict) -> str:
    return _("mål %(n)s %(title)s") % {"n": row["goal"], "title": row["title"]}


def goal_list(rows: list[dict]) -> str:
    return ", ".join(goal_name(row) for row in rows)


def title(content: dict) -> str:
    return _("Nulägesanalys för %(name)s") % {"name": content["organisation"]["name"]}


def challenge_point(content: dict) -> str:
    section = content["challenges"]
    if not section.get("available"):
        return _("Inga värden från Kolada är inlästa, så utmaningarna kan inte bedömas.")
    judged = [g for g in section["goals"] if g["level"] != "grey"]
    text = ngettext(
        "%(n)s av 17 mål är en stor utmaning.",
        "%(n)s av 17 mål är stora utmaningar.",
        section["n_major"],
    ) % {"n": section["n_major"]}
    if judged:
        text += " " + _("Störst utmaning: %(goals)s.") % {"goals": goal_list(judged[:TOP])}
    return text


def data_age_note(content: dict) -> str:
    """A warning when the newest values are more than two years older than the document
    ("" when they are not); the document's own date stands for today."""
    latest, built = content["data"].get("latest_year"), content.get("built_at")
    if not latest or not built:
        return ""
    if datetime.fromisoformat(built).year - latest <= DEFAULT_SETTINGS.data_age_warning:
        return ""
    return _(
        "De senaste värdena är från %(year)s: läs in nyare värden från Kolada innan "
        "dokumentet används som beslutsunderlag."
    ) % {"year": latest}


def focus_point(content: dict) -> str:
    section = content["focus"]
    if not section.get("available"):
        return str(_("Inga styrdokument är analyserade ännu."))
    if not section.get("enough_to_judge", True):
        return str(
            _(
                "Underlaget är för litet för att peka ut blinda fläckar: "
                "analysera fler styrdokument."
            )
        )
    if not section["blind_spots"]:
        return _("Inga blinda fläckar: inget mål är både en stor utmaning och har lite fokus.")
    return _("Blinda fläckar (stor utmaning, lite fokus i styrdokumenten): %(goals)s.") % {
        "goals": goal_list(section["blind_spots"])
    }


def mandate_point(content: dict) -> str:
    section = content["mandate"]
    if not section.get("available"):
        return ""
    lowest = sorted(section["goals"], key=lambda g: (g["mean_level"], g["goal"]))[:TOP]
    return _(
        "Lägst rådighet, alltså minst möjlighet att själva göra en förflyttning: %(goals)s."
    ) % {"goals": goal_list(lowest)}


def collaboration_point(content: dict) -> str:
    section = content["collaboration"]
    if not section.get("available"):
        return ""
    parts = []
    if section["external"]:
        parts.append(
            _("Externa partner behövs i %(goals)s (stor utmaning och låg rådighet).")
            % {"goals": goal_list(section["external"])}
        )
    elif section["judged"]:
        parts.append(_("Inget mål är både en stor utmaning och har låg rådighet."))
    n = len(section["without_actors"])
    parts.append(
        ngettext(
            "%(n)s mål har ingen aktör i samverkansregistret.",
            "%(n)s mål har ingen aktör i samverkansregistret.",
            n,
        )
        % {"n": n}
    )
    return " ".join(parts)


def maturity_point(content: dict) -> str:
    section = content["maturity"]
    if not section.get("available"):
        return str(_("Ingen självskattning av styrningen är gjord ännu."))
    low = [d["name"] for d in section["dimensions"] if d["low"]]
    round_ = section["round"]
    text = _("Självskattningen %(title)s (%(n)s svarande).") % {
        "title": round_["title"],
        "n": round_["respondents"],
    }
    if low:
        text += " " + _("Låg nivå: %(names)s.") % {"names": ", ".join(low)}
    else:
        text += " " + _("Ingen dimension har låg nivå.")
    return text


def commitments_point(content: dict) -> str:
    section = content["commitments"]
    return _("%(done)s av %(total)s åtaganden i nätverket är på plats.") % {
        "done": section["done"],
        "total": section["total"],
    }


def summary(content: dict) -> list[tuple[str, str]]:
    """The summary for kommunledning: one line per question of the nulägesanalys."""
    points = [
        (_("Utmaningar"), challenge_point(content)),
        (_("Blinda fläckar"), focus_point(content)),
        (_("Rådighet"), mandate_point(content)),
        (_("Samverkan"), collaboration_point(content)),
        (_("Mognad"), maturity_point(content)),
        (_("Åtaganden"), commitments_point(content)),
    ]
    return [(str(label), text) for label, text in points if text]


def sources(content: dict) -> dict[str, str]:
    """The source of each section, by the section's key."""
    name = content["organisation"]["name"]
    data = content["data"]
    challenges = content["challenges"]
    found = {}
    if challenges.get("available"):
        text = _(
            "%(kolada)s, data till och med %(latest)s (dataversion %(version)s). Analysår "
            "%(year)s, jämfört med %(comparison)s. Beräknat med Styra (metoderna M1–M5)."
        ) % {
            "kolada": KOLADA_SOURCE,
            "latest": data["latest_year"],
            "version": f"{data['kolada_version']}.{data['own_version']}",
            "year": challenges["year"],
            "comparison": challenges["comparison"],
        }
        if challenges["own_indicators"]:
            text += " " + _("Egna nyckeltal: %(name)s.") % {"name": name}
        found["challenges"] = text
    found["focus"] = _(
        "Källa: styrdokument och egna mål som %(name)s har analyserat i Styra; "
        "utmaningarna ovan (metoden M6)."
    ) % {"name": name}
    found["mandate"] = _(
        "Källa: Styras standardnivåer för rådighet (Styras egen bedömning, beskriven i "
        "Styras metodbeskrivning för rådighet), med egna nivåer satta av %(name)s."
    ) % {"name": name}
    found["collaboration"] = _(
        "Källa: samverkansregistret för %(name)s i Styra, nulägesanalysen och rådigheten; "
        "nyckeltalens verksamhetsområden från Kolada (RKA)."
    ) % {"name": name}
    maturity = content["maturity"]
    if maturity.get("available"):
        found["maturity"] = _(
            "Källa: självskattningen i Styra, omgången %(title)s från %(date)s; "
            "bara sammanställda svar."
        ) % {"title": maturity["round"]["title"], "date": day(maturity["round"]["opened_on"])}
    found["commitments"] = _("Källa: uppgifter om %(name)s i Styra.") % {"name": name}
    return found


def mean_level(value: float | None) -> str:
    return number(value, 1)
