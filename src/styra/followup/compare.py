"""What moved between two cycles: per action its status before and now.

Each action in either cycle gets one ``Move``; ``before`` or ``now`` is
``None`` where that cycle has no report on it. ``direction`` is +1 when the
action moved up the scale (towards genomförd), −1 when down, 0 when the same
or when either side is missing or "not relevant".
"""

from collections.abc import Hashable, Mapping
from dataclasses import dataclass

from styra.followup.scale import PERCENT, Scale


@dataclass(frozen=True)
class Move:
    action_id: Hashable
    before: Scale | None
    now: Scale | None

    @property
    def changed(self) -> bool:
        return self.before != self.now

    @property
    def direction(self) -> int:
        if self.before is None or self.now is None:
            return 0
        old, new = PERCENT[self.before], PERCENT[self.now]
        if old is None or new is None or old == new:
            return 0
        return 1 if new > old else -1


def compare(before: Mapping[Hashable, str], now: Mapping[Hashable, str]) -> list[Move]:
    """One ``Move`` per action reported in either cycle, in the order of ``now`` then the
    actions only ``before`` has."""
    order = [*now, *(key for key in before if key not in now)]
    return [
        Move(
            key,
            Scale(before[key]) if key in before else None,
            Scale(now[key]) if key in now else None,
        )
        for key in order
    ]
