"""M4 outlook to a target (Open SDG / Statistics Canada progress method).

From the base value x0 (the base year, default 2015, else the first value after
it, else the first value) to the latest value xn: observed growth
CAGR_o = (xn/x0)^(1/(tn−t0)) − 1; required growth CAGR_r = (T/x0)^(1/(tT−t0)) − 1;
ratio R = CAGR_o / CAGR_r. Where a value or the target is 0 or negative the rates
are linear: (xn − x0)/(tn − t0) and (T − x0)/(tT − t0). Classes: already at or
past the target (oriented by polarity) achieved; R ≥ 95 % on track; 60–95 % needs
acceleration; 0–60 % limited progress; R < 0 moving away. Also the ordinary
least-squares line through the last 5 years, extrapolated to the target year and
kept inside the values the KPI can take (``styra.analysis.value_range``: a share
stays in 0–100 %, a count at 0 or more); ``projection_limit`` names the limit the
line reached before the target year.
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace

from styra.analysis.settings import (
    ACHIEVED,
    LIMITED_PROGRESS,
    MOVING_AWAY,
    NEEDS_ACCELERATION,
    ON_TRACK,
    TOO_LITTLE_DATA,
    AnalysisSettings,
)
from styra.analysis.value_range import ANY_VALUE, ValueRange

Series = Sequence[tuple[int, float]]


@dataclass(frozen=True)
class Outlook:
    target_value: float
    target_year: int
    status: str
    base_year: int | None = None
    base_value: float | None = None
    latest_year: int | None = None
    latest_value: float | None = None
    method: str | None = None  # "cagr" or "linear"
    observed_rate: float | None = None
    required_rate: float | None = None
    ratio: float | None = None
    projected_value: float | None = None  # linear extrapolation to the target year
    projection_reaches_target: bool | None = None
    projection_limit: float | None = None  # the KPI's limit the line reached (value clipped)


def base_point(series: Series, base_year: int) -> tuple[int, float]:
    """The value in the base year, else the first after it, else the first of all."""
    later = [point for point in series if point[0] >= base_year]
    return later[0] if later else series[0]


def direction(polarity: int, base_value: float, target: float) -> int:
    """+1 if the target lies above (or higher is better), −1 below; neutral KPIs: toward T."""
    if polarity:
        return polarity
    return (target > base_value) - (target < base_value)


def compound(x0: float, xn: float, target: float) -> bool:
    """Growth rates (CAGR) where the values and the target are above 0, else linear ones."""
    return x0 > 0 and xn > 0 and target > 0


def rates(x0, xn, t0, tn, target, target_year) -> tuple[str, float, float]:
    if compound(x0, xn, target):
        observed = (xn / x0) ** (1 / (tn - t0)) - 1
        return "cagr", observed, (target / x0) ** (1 / (target_year - t0)) - 1
    return "linear", (xn - x0) / (tn - t0), (target - x0) / (target_year - t0)


def classify(ratio: float, settings: AnalysisSettings) -> str:
    if ratio >= settings.on_track_ratio:
        return ON_TRACK
    if ratio >= settings.acceleration_ratio:
        return NEEDS_ACCELERATION
    return LIMITED_PROGRESS if ratio >= 0 else MOVING_AWAY


def extrapolate(series: Series, target_year: int, settings: AnalysisSettings) -> float | None:
    """OLS line through the values of the last ``extrapolation_window`` years, at target_year."""
    last = series[-1][0]
    window = [p for p in series if p[0] > last - settings.extrapolation_window]
    if len(window) < settings.trend_min_values:
        return None
    n = len(window)
    mean_t = sum(t for t, _ in window) / n
    mean_x = sum(x for _, x in window) / n
    sxx = sum((t - mean_t) ** 2 for t, _ in window)
    slope = sum((t - mean_t) * (x - mean_x) for t, x in window) / sxx
    return mean_x + slope * (target_year - mean_t)


def compute_outlook(
    series: Series,
    target_value: float,
    target_year: int,
    polarity: int,
    settings: AnalysisSettings,
    values: ValueRange = ANY_VALUE,
) -> Outlook:
    """Outlook of one area's KPI; ``series`` = (year, value) sorted, missing values left out;
    ``values`` the range the KPI's values lie in (the projection is kept inside it)."""
    series = sorted(series)
    if not series:
        return Outlook(target_value, target_year, TOO_LITTLE_DATA)
    t0, x0 = base_point(series, settings.outlook_base_year)
    tn, xn = series[-1]
    d = direction(polarity, x0, target_value)
    known = Outlook(target_value, target_year, TOO_LITTLE_DATA, t0, x0, tn, xn)
    projected = extrapolate(series, target_year, settings)
    if projected is not None:
        projected, limit = values.clip(projected)
        known = replace(
            known,
            projected_value=projected,
            projection_reaches_target=d * (projected - target_value) >= 0,
            projection_limit=limit,
        )
    if d * (xn - target_value) >= 0 and (d or xn == target_value):
        return replace(known, status=ACHIEVED)
    if tn <= t0 or target_year <= t0:
        return known
    if d * (target_value - x0) <= 0:  # at the target in the base year, not any more
        return replace(known, status=MOVING_AWAY)
    method, observed, required = rates(x0, xn, t0, tn, target_value, target_year)
    ratio = observed / required
    return replace(
        known,
        status=classify(ratio, settings),
        method=method,
        observed_rate=observed,
        required_rate=required,
        ratio=ratio,
    )
