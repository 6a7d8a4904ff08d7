"""Every threshold of the nulägesanalys in one place (DESIGN §4, docs/methods.md)."""

from dataclasses import dataclass

# M1 colours
GREEN, YELLOW, RED, GREY, NO_COLOUR = "green", "yellow", "red", "grey", "none"
# M3 trend classes; neutral KPIs (polarity 0) get a direction without a judgement
IMPROVING, STABLE, WORSENING = "improving", "stable", "worsening"
INCREASING, DECREASING = "increasing", "decreasing"
TOO_LITTLE_DATA = "too_little_data"
# M4 outlook classes
ACHIEVED, ON_TRACK, NEEDS_ACCELERATION = "achieved", "on_track", "needs_acceleration"
LIMITED_PROGRESS, MOVING_AWAY = "limited_progress", "moving_away"
NO_TARGET = "no_target"  # M4 on the pages: a KPI without a target value
RIKET_ID = "0000"


@dataclass(frozen=True)
class AnalysisSettings:
    """Cut-offs and windows of M1–M5 and M10; the defaults are DESIGN §4's."""

    green_percentile: float = 75.0  # M1: p >= this is green (best quartile)
    red_percentile: float = 25.0  # M1: p < this is red (worst quartile)
    base_year_coverage: float = 0.80  # M2: base year = latest year with this share of areas
    upper_quantile: float = 0.95  # M2: UB without a policy target = this quantile (best side)
    lower_quantile: float = 0.025  # M2: LB = this quantile (worst side) in the base year
    index_coverage: float = 0.80  # M2: overall index only if this share of KPIs has a score
    trend_window: int = 6  # M3: the last up to this many yearly values
    trend_min_values: int = 3  # M3, M4, M10: fewer values = too little data
    improving_threshold: float = 0.01  # M3: r >= +1 %/yr improving
    worsening_threshold: float = -0.01  # M3: r <= -1 %/yr worsening
    outlook_base_year: int = 2015  # M4: base year (else the first value after it)
    on_track_ratio: float = 0.95  # M4: R >= 95 % on track
    acceleration_ratio: float = 0.60  # M4: 60–95 % needs acceleration; 0–60 % limited
    extrapolation_window: int = 5  # M4: linear extrapolation over the last 5 years
    major_standing: float = 25.0  # M5: goal score in the weakest quarter of the type = major
    minor_standing: float = 75.0  # M5: goal score in the best quarter of the type = minor
    far_from_target: float = 50.0  # M5: score against a policy target below this = far from it
    max_value_age: int = 5  # M1, M2, M5: a value older than this many years is left out
    data_age_warning: int = 2  # pages warn when the newest data is more years older than today
    peer_window: int = 5  # M10: improvement over the last 5 years
    peer_count: int = 5  # M10: how many peers to show


DEFAULT_SETTINGS = AnalysisSettings()
