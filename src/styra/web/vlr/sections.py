"""The VLR's sections, in UN DESA's order (Global Guiding Elements for VLRs).

Each section has a generated part (from Styra's records) and an editable
narrative; the statistical annex and "since the last review" are generated only.
"""

from django.utils.translation import gettext_lazy as _

# key → heading (Swedish msgid; English in the translation)
SECTIONS = {
    "opening": _("Inledande uttalande"),
    "highlights": _("Höjdpunkter"),
    "introduction": _("Inledning"),
    "methodology": _("Metod och process"),
    "policy": _("Policy och förutsättningar"),
    "progress": _("Framsteg mot målen och delmålen"),
    "means": _("Medel för genomförandet"),
    "next_steps": _("Nästa steg"),
    "conclusion": _("Avslutning"),
}
ANNEX = _("Statistisk bilaga")
SINCE = _("Sedan den förra granskningen")
NARRATIVE_KEYS = tuple(SECTIONS)


def headings() -> list[str]:
    """Every heading the document has, in order (the tests look for each)."""
    return [str(SECTIONS[key]) for key in SECTIONS] + [str(SINCE), str(ANNEX)]
