"""The VLR as blocks: per section a heading, its generated parts and its narrative.

One structure for both forms: the HTML template (page and PDF) and the Word
writer walk the same blocks, so the two say the same. A part is a paragraph
(``{"p": text}``), a list (``{"list": [texts]}``) or a table (``{"table":
caption, "columns": [...], "rows": [[...]]}``). Build inside
``translation.override(content["language"])``.
"""

from django.utils.translation import gettext as _

from styra.web.reports import presentation as document

from . import parts_goals, parts_intro
from .sections import ANNEX, SECTIONS, SINCE

BUILDERS = {
    "opening": parts_intro.opening,
    "highlights": parts_intro.highlights,
    "introduction": parts_intro.introduction,
    "methodology": parts_intro.methodology,
    "policy": parts_intro.policy,
    "progress": parts_goals.progress,
    "means": parts_goals.means,
    "next_steps": parts_goals.next_steps,
    "conclusion": parts_goals.conclusion,
}


def title(content: dict) -> str:
    return _("Frivillig lokal granskning (VLR) %(year)s: %(name)s") % {
        "year": content["year"],
        "name": content["organisation"]["name"],
    }


def sections(content: dict) -> list[dict]:
    """Every section in order, the last two without a narrative: since the last review
    and the statistical annex."""
    found = []
    for number, (key, heading) in enumerate(SECTIONS.items(), start=1):
        found.append(
            {
                "key": key,
                "heading": f"{number}. {heading}",
                "parts": BUILDERS[key](content),
                "narrative": content["narratives"].get(key, ""),
                "editable": True,
            }
        )
    found.append(
        {
            "key": "since",
            "heading": str(SINCE),
            "parts": parts_goals.since(content),
            "narrative": "",
            "editable": False,
        }
    )
    found.append(
        {
            "key": "annex",
            "heading": str(ANNEX),
            "parts": parts_goals.annex(content),
            "narrative": "",
            "editable": False,
        }
    )
    return found


def source() -> str:
    return document.KOLADA_SOURCE
