"""Every table a page shows carries the shared ``table`` class.

A bare ``<table>`` gets no styling from styra.css: centred headers, no rules
between rows, cells run together (seen on the follow-up cycle, "Vad har hänt
sedan sist?" and the VLR pages). The few tables with their own look are named.
"""

import re
from pathlib import Path

import styra.web

WEB = Path(styra.web.__file__).parent
# Tables with a stylesheet of their own.
OWN_LOOK = {"interaction-grid", "conflicts"}
TABLE = re.compile(r"<table\b([^>]*)>")
CLASS = re.compile(r'class="([^"]*)"')


def unstyled_tables() -> list[str]:
    found = []
    for template in sorted(WEB.rglob("templates/**/*.html")):
        for match in TABLE.finditer(template.read_text(encoding="utf-8")):
            classes = CLASS.search(match.group(1))
            names = set(classes.group(1).split()) if classes else set()
            if "table" not in names and not names & OWN_LOOK:
                found.append(f"{template.relative_to(WEB)}: {match.group(0)}")
    return found


def test_every_table_in_a_template_has_the_table_class() -> None:
    assert unstyled_tables() == []
