"""The SDG catalog: 17 goals, 169 targets and the global indicators.

The catalog is read from the CSV files beside this module (``goals.csv``,
``targets.csv``, ``indicators.csv``), so it works on any machine without the
shared data directory. English texts are the official UN texts; the Swedish goal
names and titles are the Swedish government's translation; a target's
``short_sv`` is Styra's own plain-Swedish summary, not an official text. Ids are
kept exactly as issued: goal ``11``, target ``"11.1"`` or ``"1.a"``, indicator
``"11.6.2"``. See docs/sdg-catalog.md.
"""

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources

GOAL_NUMBERS = range(1, 18)
TARGET_ID_PATTERN = re.compile(r"^(\d{1,2})[.\-]([0-9]{1,2}|[a-z])$")
TARGET_LIST_SEPARATORS = re.compile(r"[\s,;]+")


class UnknownSdgId(KeyError):
    """A goal or target id that is not in the SDG catalog."""

    def __str__(self) -> str:  # KeyError would print the message quoted
        return str(self.args[0]) if self.args else ""


class UnknownTargets(UnknownSdgId):
    """Parts of a typed list of targets that are not targets in the catalog (``parts``)."""

    def __init__(self, parts: tuple[str, ...]):
        super().__init__(f"not SDG targets: {', '.join(parts)} (expected e.g. '11.1' or '1.a')")
        self.parts = parts


@dataclass(frozen=True)
class Goal:
    number: int
    short_sv: str
    short_en: str
    title_sv: str
    title_en: str
    colour: str

    def short(self, language: str | None) -> str:
        """The short name in ``language``: English for ``"en"``/``"en-gb"``, Swedish otherwise."""
        return self.short_en if (language or "sv").startswith("en") else self.short_sv


@dataclass(frozen=True)
class Target:
    target_id: str
    goal: int
    title_en: str
    title_sv: str
    short_sv: str

    @property
    def label_sv(self) -> str:
        """Id and Swedish summary as shown in lists, e.g. ``"1.1 Utrota extrem fattigdom"``."""
        return f"{self.target_id} {self.short_sv}"


@dataclass(frozen=True)
class GlobalIndicator:
    indicator_id: str
    target_id: str
    goal: int
    title_en: str


@dataclass(frozen=True)
class SdgCatalog:
    goals: tuple[Goal, ...]
    targets: tuple[Target, ...]
    indicators: tuple[GlobalIndicator, ...]

    def goal(self, number: int) -> Goal:
        """The goal with this number (1–17); ``UnknownSdgId`` otherwise."""
        for goal in self.goals:
            if goal.number == number:
                return goal
        raise UnknownSdgId(f"no SDG goal {number!r}: goals are numbered 1–17")

    def target(self, target_id: str) -> Target:
        """The target ``"11.1"`` (or ``"11-1"``, ``"1.a"``); ``UnknownSdgId`` if there is none."""
        try:
            normalised = parse_target_id(target_id)
        except ValueError as error:
            raise UnknownSdgId(str(error)) from None
        for target in self.targets:
            if target.target_id == normalised:
                return target
        raise UnknownSdgId(f"no SDG target {target_id!r} in the catalog")

    def targets_of_goal(self, number: int) -> tuple[Target, ...]:
        """The targets of one goal in the UN order (numbered first, then lettered)."""
        self.goal(number)
        return tuple(target for target in self.targets if target.goal == number)

    @cached_property
    def _target_position(self) -> dict[str, int]:
        return {target.target_id: index for index, target in enumerate(self.targets)}

    def sort_targets(self, target_ids: Iterable[str]) -> tuple[str, ...]:
        """Target ids, each once, in the UN order: 8.1, 8.2 … 8.10, then 8.a, 8.b.

        Ids that are not in the catalog come last, in text order.
        """
        position = self._target_position
        return tuple(sorted(set(target_ids), key=lambda t: (position.get(t, len(position)), t)))

    def parse_target_list(self, text: str | None) -> tuple[str, ...]:
        """A typed list of targets, e.g. ``"11.6, 3-4; 11.1 3.4"`` → ``("3.4", "11.1", "11.6")``.

        Commas, semicolons and spaces separate; each target is normalised
        (``parse_target_id``) and given once, in the UN order (``sort_targets``).
        ``UnknownTargets`` names every part that is not a target in the catalog.
        """
        found, unknown = [], []
        for part in TARGET_LIST_SEPARATORS.split((text or "").strip()):
            if not part:
                continue
            try:
                found.append(self.target(part).target_id)
            except UnknownSdgId:
                if part not in unknown:
                    unknown.append(part)
        if unknown:
            raise UnknownTargets(tuple(unknown))
        return self.sort_targets(found)

    def indicators_of_target(self, target_id: str) -> tuple[GlobalIndicator, ...]:
        """The global indicators of one target."""
        normalised = self.target(target_id).target_id
        return tuple(ind for ind in self.indicators if ind.target_id == normalised)


def parse_target_id(text: str) -> str:
    """Normalise a target id: ``"11.1"`` and the URL form ``"11-1"`` both give ``"11.1"``.

    Only the shape is checked (goal 1–17, then a number or a lower-case letter);
    whether the target exists is ``load_catalog().target(...)``'s job.
    """
    match = TARGET_ID_PATTERN.match(text.strip()) if isinstance(text, str) else None
    if match is None or int(match.group(1)) not in GOAL_NUMBERS:
        raise ValueError(f"not an SDG target id: {text!r} (expected e.g. '11.1', '1.a' or '11-1')")
    goal, part = match.groups()
    if part.isdigit():
        part = str(int(part))
    return f"{int(goal)}.{part}"


def _read_rows(name: str) -> list[dict[str, str]]:
    text = resources.files("styra.sdg").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@cache
def load_catalog() -> SdgCatalog:
    """The SDG catalog shipped with Styra (read once, then cached)."""
    goals = tuple(
        Goal(
            number=int(row["goal"]),
            short_sv=row["short_sv"],
            short_en=row["short_en"],
            title_sv=row["title_sv"],
            title_en=row["title_en"],
            colour=row["colour"],
        )
        for row in _read_rows("goals.csv")
    )
    targets = tuple(
        Target(
            target_id=row["target_id"],
            goal=int(row["goal"]),
            title_en=row["title_en"],
            title_sv=row["title_sv"],
            short_sv=row["short_sv"],
        )
        for row in _read_rows("targets.csv")
    )
    indicators = tuple(
        GlobalIndicator(
            indicator_id=row["indicator_id"],
            target_id=row["target_id"],
            goal=int(row["goal"]),
            title_en=row["title_en"],
        )
        for row in _read_rows("indicators.csv")
    )
    return SdgCatalog(goals=goals, targets=targets, indicators=indicators)


def targets_of_goal(number: int) -> tuple[Target, ...]:
    """The targets of one goal, from the shipped catalog."""
    return load_catalog().targets_of_goal(number)
