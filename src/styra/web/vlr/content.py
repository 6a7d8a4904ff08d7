"""One year's VLR as one plain dict: generated parts and the editors' narratives.

``build_content(organisation, year, now)`` starts from the nulägesanalys
document's content (``reports.content.build_content``: challenges, rådighet,
samverkan, self-assessment, commitments) and adds what the VLR says beyond it:
the records of the process (records.py), the prioritised goals, progress per
goal, the plan's budget and the annex (progress.py), and the narratives of the
year. A frozen version stores that dict; the page, the PDF and the Word file
are rendered from it alone.
"""

from datetime import datetime

from styra.web.actionplan.services import load_plan, prioritised_goals
from styra.web.nulage.data import snapshot
from styra.web.nulage.default import goal_challenges
from styra.web.organisations.models import Organisation
from styra.web.reports import content as document

from . import progress, records
from .models import Narrative
from .sections import NARRATIVE_KEYS
from .since import previous_version, since_last

SCHEMA = 1


def narratives(organisation: Organisation, year: int) -> dict[str, str]:
    found = Narrative.objects.filter(organisation=organisation, year=year)
    texts = {n.section: n.text for n in found}
    return {key: texts.get(key, "") for key in NARRATIVE_KEYS}


def build_content(organisation: Organisation, year: int, now: datetime) -> dict:
    base = document.build_content(organisation, now)
    challenges = goal_challenges(organisation, snapshot())
    chosen = prioritised_goals(organisation)
    plan = load_plan(organisation)
    rows = base["challenges"].get("goals", [])
    content = {
        **base,
        "vlr_schema": SCHEMA,
        "year": year,
        "prioritised": chosen,
        "records": {
            "analyses": records.analyses(organisation),
            "decisions": records.decisions(organisation),
            "workshops": records.workshops(organisation),
            "rounds": records.rounds(organisation),
            "cycles": records.cycles(organisation, year),
        },
        "steering_group": records.steering_group(organisation),
        "progress": progress.progress_section(challenges, rows, plan, set(chosen)),
        "means": progress.means_section(plan),
        "annex": progress.annex_section(challenges),
        "narratives": narratives(organisation, year),
    }
    content["since"] = since_last(previous_version(organisation), document.plain(content))
    return document.plain(content)
