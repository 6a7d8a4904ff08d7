"""M8 prioritisation: a transparent weighted score per goal or target, and its sensitivity.

Each item (goal or target) has criterion values on 0–1, higher = more reason to
prioritise (see ``styra.priorities.scaling``). Score = Σ_c w_c · c with the
weights renormalised to sum to 1 over the criteria in use; each criterion's
contribution w_c · c is returned so the score can be shown as a stacked bar.

**Missing criteria.** A criterion is used only if every item has a value for
it; otherwise it is left out for every item (e.g. no citizen dialogue yet) and
the remaining weights are renormalised: w'_c = w_c / Σ_{used} w. The dropped
criteria are reported. (A service that prefers another rule, e.g. 0.5 for
"unknown", fills the value in before calling.)

**Ranks.** Highest score first; equal scores (to 9 decimals) share the best
rank (1, 2, 2, 4); ties keep the input order. Top N = the items with rank ≤ N,
so a tie at the boundary keeps all tied items in.

**Sensitivity.** Each criterion in use with a positive weight is varied in
turn by −50 % and +50 % (``change``), the weights renormalised and the ranks
recomputed: 2·k variations for k such criteria. An item is **fragile** if its
top-N membership in at least one variation differs from that at the base
weights (in the top N at base but out in ≥ 1 variation, or out at base but in
in ≥ 1); otherwise it is stable.
"""

import math
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass

CRITERIA = ("challenge", "focus_gap", "mandate", "leverage", "strategic", "citizens")
RANK_DECIMALS = 9

ItemValues = Mapping[str, Mapping[str, float | None]]


@dataclass(frozen=True)
class Weights:
    """Default weights of the six M8 criteria (relative; renormalised before use).

    challenge — M5 goal challenge (1 − the goal's standing/100): where the need is.
    focus_gap — 1 − M6 focus: what the organisation has not yet steered on.
    mandate — M7 rådighet level/3: where the organisation can act itself.
    leverage — M9 net out-influence, min–max: progress that helps other targets.
    strategic — the political/strategic weight set by the organisation, 0–1.
    citizens — citizens' priority from the dialogue (min–max of mean points).
    """

    challenge: float = 0.30
    focus_gap: float = 0.15
    mandate: float = 0.15
    leverage: float = 0.20
    strategic: float = 0.10
    citizens: float = 0.10

    def as_dict(self) -> dict[str, float]:
        return asdict(self)


DEFAULT_WEIGHTS = Weights()


@dataclass(frozen=True)
class ItemScore:
    item_id: str
    score: float  # 0–1
    rank: int  # 1 = highest score
    contributions: Mapping[str, float]  # criterion → w_c · c, criteria in use; sums to score


@dataclass(frozen=True)
class Prioritisation:
    items: tuple[ItemScore, ...]  # best first
    weights: Mapping[str, float]  # the renormalised weights used; sum to 1
    dropped: tuple[str, ...]  # criteria left out: some item has no value

    def item(self, item_id: str) -> ItemScore:
        for item in self.items:
            if item.item_id == item_id:
                return item
        raise KeyError(item_id)

    def top(self, n: int) -> tuple[str, ...]:
        """The items with rank ≤ n (more than n when tied at the boundary)."""
        return tuple(item.item_id for item in self.items if item.rank <= n)


@dataclass(frozen=True)
class WeightVariation:
    criterion: str
    factor: float  # 0.5 or 1.5 with the default change
    weights: Mapping[str, float]  # renormalised
    ranks: Mapping[str, int]  # item → rank under these weights
    top: tuple[str, ...]  # items in the top N


@dataclass(frozen=True)
class ItemSensitivity:
    item_id: str
    base_rank: int
    in_top: bool  # in the top N at the base weights
    times_in_top: int  # of the variations, how many keep it in the top N
    variation_count: int
    best_rank: int  # over base and variations
    worst_rank: int
    fragile: bool  # top-N membership changes in at least one variation


@dataclass(frozen=True)
class Sensitivity:
    top_n: int
    change: float
    base: Prioritisation
    variations: tuple[WeightVariation, ...]
    items: tuple[ItemSensitivity, ...]  # in the base order, best first

    def item(self, item_id: str) -> ItemSensitivity:
        for item in self.items:
            if item.item_id == item_id:
                return item
        raise KeyError(item_id)


def renormalise(
    weights: Weights | Mapping[str, float], keep: Iterable[str] | None = None
) -> dict[str, float]:
    """The weights of ``keep`` (default all), scaled to sum to 1."""
    given = _as_dict(weights)
    kept = list(given) if keep is None else [c for c in given if c in set(keep)]
    total = sum(given[c] for c in kept)
    if total <= 0:
        raise ValueError(f"the weights of {kept!r} sum to {total}: at least one must be positive")
    return {c: given[c] / total for c in kept}


def score_items(
    values: ItemValues, weights: Weights | Mapping[str, float] = DEFAULT_WEIGHTS
) -> Prioritisation:
    """Score, rank and per-criterion contributions of every item."""
    given = _as_dict(weights)
    _check_values(values, given)
    dropped = tuple(c for c in given if any(v.get(c) is None for v in values.values()))
    used = renormalise(given, [c for c in given if c not in dropped])
    return _rank(values, used, dropped)


def analyse_sensitivity(
    values: ItemValues,
    weights: Weights | Mapping[str, float] = DEFAULT_WEIGHTS,
    top_n: int = 5,
    change: float = 0.5,
) -> Sensitivity:
    """Vary each weight by −``change`` and +``change`` in turn; who stays in the top N?"""
    if top_n < 1:
        raise ValueError(f"top_n must be at least 1, not {top_n!r}")
    if not 0 < change < 1:
        raise ValueError(f"change must be between 0 and 1 (exclusive), not {change!r}")
    base = score_items(values, weights)
    variations = tuple(
        _vary(values, base, criterion, factor, top_n)
        for criterion, weight in base.weights.items()
        if weight > 0
        for factor in (1 - change, 1 + change)
    )
    items = tuple(_item_sensitivity(item, variations, top_n) for item in base.items)
    return Sensitivity(top_n, change, base, variations, items)


def _vary(
    values: ItemValues, base: Prioritisation, criterion: str, factor: float, top_n: int
) -> WeightVariation:
    varied = dict(base.weights)
    varied[criterion] *= factor
    result = _rank(values, renormalise(varied), base.dropped)
    ranks = {item.item_id: item.rank for item in result.items}
    return WeightVariation(criterion, factor, result.weights, ranks, result.top(top_n))


def _item_sensitivity(
    item: ItemScore, variations: tuple[WeightVariation, ...], top_n: int
) -> ItemSensitivity:
    ranks = [variation.ranks[item.item_id] for variation in variations]
    in_top = item.rank <= top_n
    times = sum(rank <= top_n for rank in ranks)
    fragile = times < len(variations) if in_top else times > 0
    all_ranks = [item.rank, *ranks]
    return ItemSensitivity(
        item_id=item.item_id,
        base_rank=item.rank,
        in_top=in_top,
        times_in_top=times,
        variation_count=len(variations),
        best_rank=min(all_ranks),
        worst_rank=max(all_ranks),
        fragile=fragile,
    )


def _rank(
    values: ItemValues, used: Mapping[str, float], dropped: tuple[str, ...]
) -> Prioritisation:
    scored = []
    for item_id, item_values in values.items():
        contributions = {c: w * _value(item_values, c) for c, w in used.items()}
        scored.append((item_id, math.fsum(contributions.values()), contributions))
    order = sorted(scored, key=lambda entry: -round(entry[1], RANK_DECIMALS))
    items: list[ItemScore] = []
    for position, (item_id, score, contributions) in enumerate(order, start=1):
        tied = bool(items) and round(items[-1].score, RANK_DECIMALS) == round(score, RANK_DECIMALS)
        rank = items[-1].rank if tied else position
        items.append(ItemScore(item_id, score, rank, contributions))
    return Prioritisation(tuple(items), dict(used), dropped)


def _value(item_values: Mapping[str, float | None], criterion: str) -> float:
    value = item_values.get(criterion)
    assert value is not None  # dropped criteria never reach here
    return value


def _as_dict(weights: Weights | Mapping[str, float]) -> dict[str, float]:
    given = weights.as_dict() if isinstance(weights, Weights) else dict(weights)
    if not given:
        raise ValueError("no weights given")
    for criterion, weight in given.items():
        if not math.isfinite(weight) or weight < 0:
            raise ValueError(f"weight of {criterion!r} must be a number ≥ 0, not {weight!r}")
    return given


def _check_values(values: ItemValues, weights: Mapping[str, float]) -> None:
    for item_id, item_values in values.items():
        for criterion, value in item_values.items():
            if criterion not in weights:
                raise ValueError(f"{item_id!r}: unknown criterion {criterion!r}")
            if value is not None and not (math.isfinite(value) and 0 <= value <= 1):
                raise ValueError(f"{item_id!r}: {criterion} = {value!r} is not in 0–1")
