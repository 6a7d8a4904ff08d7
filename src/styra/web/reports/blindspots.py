"""1b in the document: focus per goal and the blind spots (M6), read from the focus app.

The focus app (``styra.web.focus``) stores the organisation's steering
documents, their passages and the goals each passage or own goal is tagged
with; ``focus_units`` gives one unit per passage and per own goal with the
goals of its tags that count (accepted suggestions and manual tags). This
adapter hands them to the pure core (``styra.focus``), with the challenge
ranking of the document's first section, by the same rules as the focus page
(its major challenges count as big; too little material judges no blind spot).
Where nothing is tagged yet, the section says so ("Inga styrdokument är
analyserade ännu") instead of showing zero focus.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from styra.focus import blind_spots, focus_per_goal
from styra.focus.focus import enough_to_judge
from styra.web.common.goals import goal_title
from styra.web.focus.models import focus_units
from styra.web.organisations.models import Organisation


@dataclass(frozen=True)
class FocusUnits:
    """The organisation's steering content as M6 reads it."""

    documents: tuple[str, ...]  # the titles of the analysed documents
    own_goals: int  # how many of the units are the organisation's own goals
    tags: tuple[frozenset[int], ...]  # per unit the goals it is tagged with (maybe none)


def read_units(organisation: Organisation) -> FocusUnits:
    """Every passage of the organisation's documents and every own goal, with its goals."""
    documents, own_goals, tags = focus_units(organisation)
    return FocusUnits(tuple(documents), own_goals, tuple(frozenset(t) for t in tags))


def section_from_units(units: FocusUnits | None, challenge_goals: Sequence[dict]) -> dict:
    """The document's focus section from the units and the challenge section's goal rows."""
    focus = focus_per_goal(units.tags) if units else {}
    if not focus:
        return {"available": False, "documents": list(units.documents) if units else []}
    ranks = {row["goal"]: row["rank"] for row in challenge_goals if row["level"] != "grey"}
    major = {row["goal"] for row in challenge_goals if row["level"] == "red"}
    tagged = sum(bool(tags) for tags in units.tags)
    enough = enough_to_judge(len(units.tags), tagged)
    spots = blind_spots(ranks, focus, major) if enough else []
    return {
        "available": True,
        "documents": list(units.documents),
        "units": len(units.tags),
        "tagged_units": tagged,
        "enough_to_judge": enough,
        "own_goals": units.own_goals,
        "goals": [
            {"goal": goal, "title": goal_title(goal), "focus": round(value, 2)}
            for goal, value in sorted(focus.items())
        ],
        "blind_spots": [{"goal": goal, "title": goal_title(goal)} for goal in spots],
    }


def focus_section(organisation: Organisation, challenges: dict) -> dict:
    units = read_units(organisation)
    goals = challenges.get("goals", []) if challenges.get("available") else []
    return section_from_units(units, goals)
