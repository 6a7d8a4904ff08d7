"""Put M8's criteria on a common 0–1 scale where higher = more reason to prioritise.

Values are keyed by item (goal or target id); ``None`` is a missing value and
stays ``None`` — it is never scaled to 0.

- ``scale_min_max``: the smallest value → 0, the largest → 1, linear between.
  If all present values are equal the criterion does not tell the items apart
  and every item gets 0.5, the midpoint, so that scaling and ``invert`` commute.
- ``scale_range``: linear between fixed bounds (``low`` → 0, ``high`` → 1),
  clipped; for measures with an absolute scale (M2 scores 0–100, rådighet
  levels 0–3), so that one item's value does not move another's.
- ``invert``: 1 − v, for a measure whose high end means *less* reason to
  prioritise (a high M2 score is a small challenge; a high focus is a small
  focus gap).
"""

import math
from collections.abc import Hashable, Mapping
from typing import TypeVar

CONSTANT_SCALED = 0.5

Key = TypeVar("Key", bound=Hashable)  # an item: a goal number or a target id


def scale_min_max(values: Mapping[Key, float | None]) -> dict[Key, float | None]:
    """Min–max to 0–1 across the items; all equal → 0.5; ``None`` stays ``None``."""
    present = [_checked(value) for value in values.values() if value is not None]
    if not present:
        return dict.fromkeys(values)
    low, high = min(present), max(present)
    if high == low:
        return {key: None if v is None else CONSTANT_SCALED for key, v in values.items()}
    return {key: None if v is None else (v - low) / (high - low) for key, v in values.items()}


def scale_range(
    values: Mapping[Key, float | None], low: float, high: float
) -> dict[Key, float | None]:
    """Linear from ``low`` (→ 0) to ``high`` (→ 1), clipped to 0–1; ``None`` stays ``None``."""
    if not math.isfinite(low) or not math.isfinite(high) or low == high:
        raise ValueError(f"scale_range needs two different finite bounds, not {low!r}, {high!r}")
    return {
        key: None if v is None else min(1.0, max(0.0, (_checked(v) - low) / (high - low)))
        for key, v in values.items()
    }


def invert(values: Mapping[Key, float | None]) -> dict[Key, float | None]:
    """1 − v for values on 0–1; ``None`` stays ``None``."""
    inverted: dict[Key, float | None] = {}
    for key, value in values.items():
        if value is not None and not 0 <= _checked(value) <= 1:
            raise ValueError(f"invert expects values in 0–1, {key!r} has {value!r}")
        inverted[key] = None if value is None else 1.0 - value
    return inverted


def _checked(value: float) -> float:
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {value!r} (use None for a missing value)")
    return value
