"""An organisation's own rådighet: overrides over the defaults, each change motivated.

Styra's web app stores the history of changes (who, when, from, to, why); this
module only validates one change and merges the current overrides over the
defaults. It never reads the clock or a database.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from styra.radighet.levels import check_level
from styra.sdg import UnknownSdgId, load_catalog, parse_target_id


class InvalidOverride(ValueError):
    """An override or an override change that Styra cannot accept; ``field`` names the culprit."""

    def __init__(self, message: str, field: str):
        self.field = field
        super().__init__(f"{field}: {message}")


def _target_id(text: str) -> str:
    try:
        return load_catalog().target(parse_target_id(text)).target_id
    except (ValueError, UnknownSdgId) as error:
        raise InvalidOverride(str(error), "target_id") from None


def _level(value: object, field: str) -> int:
    try:
        return check_level(value)
    except ValueError as error:
        raise InvalidOverride(str(error), field) from None


@dataclass(frozen=True)
class OverrideChange:
    """One motivated change of a target's level (from → to) by an organisation.

    ``target_id`` may be given in URL form (``"11-1"``); it is kept as issued
    (``"11.1"``). The motivation is required: a changed level must say why.
    """

    target_id: str
    from_level: int
    to_level: int
    motivation: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "target_id", _target_id(self.target_id))
        _level(self.from_level, "from_level")
        _level(self.to_level, "to_level")
        if self.from_level == self.to_level:
            raise InvalidOverride(f"is {self.to_level}, the same as from_level", "to_level")
        motivation = self.motivation.strip() if isinstance(self.motivation, str) else ""
        if not motivation:
            raise InvalidOverride("is required: say why the level changes", "motivation")
        object.__setattr__(self, "motivation", motivation)


def effective_levels(defaults: Mapping[str, int], overrides: Mapping[str, int]) -> dict[str, int]:
    """The organisation's levels: each override (target id → level) replaces the default.

    An override for a target the defaults do not hold, or an override that is
    not a level 0–3, is an ``InvalidOverride``.
    """
    levels = dict(defaults)
    for key, level in overrides.items():
        target_id = _target_id(key)
        if target_id not in levels:
            raise InvalidOverride(f"{target_id} has no default to override", "target_id")
        levels[target_id] = _level(level, f"level of {target_id}")
    return levels
