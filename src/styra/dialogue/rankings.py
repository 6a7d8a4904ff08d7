"""Many participants' rankings of goals → one order (Borda), mean ranks and intervals.

A ranking lists goal numbers best first. A participant may rank only some of
the m goals offered: the goals they left out are **tied last**, sharing the
places after the ranked ones (k ranked of m: each unranked goal gets the mean
place (k + 1 + m) / 2). Every participant counts for every goal offered.

- **Borda points** ("m − place"): place p (1 = best) gives m − p points, so
  the first gets m − 1 and the last 0; a goal tied last gets the mean of the
  points of the shared places, (m − k − 1) / 2.
- **Borda share** = the goal's mean points / (m − 1), the maximum possible:
  1 if everyone put it first, 0 if everyone put it last.
- **Mean rank** = the goal's mean place (1 = best) = m − mean points, with
  the same tie rule; it orders the goals as the Borda share does and is
  easier to read ("on average in place 3.2").
- **Rankers**: the participants who placed the goal themselves.
- **Intervals**: 95 % percentile bootstrap over participants
  (``styra.dialogue.bootstrap``), for the share and the mean rank from the
  same resamples.

The result lists the goals by Borda share, highest first, ties by goal number.
"""

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from styra.dialogue.bootstrap import RESAMPLES, Interval, bootstrap_means
from styra.dialogue.problems import Problem, raise_first_invalid
from styra.sdg import GOAL_NUMBERS


@dataclass(frozen=True)
class GoalRank:
    goal: int
    borda: float | None  # Borda share 0–1; None when nobody answered
    borda_interval: Interval | None
    mean_rank: float | None  # 1 = best
    mean_rank_interval: Interval | None
    rankers: int  # participants who placed it themselves
    first: int  # participants who put it first


@dataclass(frozen=True)
class RankingResult:
    offered: tuple[int, ...]  # the goals offered, in the question's order
    participants: int
    goals: tuple[GoalRank, ...]  # by Borda share, highest first; ties by goal number
    resamples: int

    @property
    def order(self) -> tuple[int, ...]:
        return tuple(rank.goal for rank in self.goals)

    def goal(self, number: int) -> GoalRank:
        return next(rank for rank in self.goals if rank.goal == number)

    def borda_shares(self) -> dict[int, float | None]:
        """Goal offered → its Borda share (``None`` when nobody answered)."""
        return {rank.goal: rank.borda for rank in self.goals}


def check_ranking(ranking: object, offered: Sequence[int]) -> list[Problem]:
    """What is wrong with one ranking: not a list, empty, a goal not offered, a goal twice."""
    if not isinstance(ranking, list | tuple):
        return [Problem("not_a_list", None, "rangordningen måste vara en lista med mål")]
    if not ranking:
        return [Problem("empty", None, "rangordningen är tom")]
    problems, seen = [], set()
    allowed = set(offered)
    for goal in ranking:
        if isinstance(goal, bool) or not isinstance(goal, int) or goal not in allowed:
            problems.append(
                Problem("unknown_goal", str(goal), f"mål {goal!r} finns inte att välja")
            )
        elif goal in seen:
            problems.append(Problem("repeated", str(goal), f"mål {goal} står mer än en gång"))
        seen.add(goal)
    return problems


def aggregate_rankings(
    rankings: Sequence[Sequence[int]],
    offered: Sequence[int] = GOAL_NUMBERS,
    *,
    resamples: int = RESAMPLES,
    rng: random.Random | None = None,
) -> RankingResult:
    """Borda share, mean rank, rankers and bootstrap intervals per goal offered.

    Raises ``InvalidAnswer`` (naming the 1-based ranking) for a ranking with a
    goal not offered or a goal twice; ``ValueError`` for fewer than 2 goals offered.
    """
    offered = tuple(offered)
    m = len(offered)
    if m < 2 or len(set(offered)) != m:
        raise ValueError(f"a ranking needs at least 2 different goals offered, not {offered}")
    raise_first_invalid([check_ranking(ranking, offered) for ranking in rankings])
    n = len(rankings)
    if not n:
        nobody = [GoalRank(goal, None, None, None, None, 0, 0) for goal in sorted(offered)]
        return RankingResult(offered, 0, tuple(nobody), resamples)
    rows = [_doubled_points(ranking, offered) for ranking in rankings]
    doubled = [[row[goal] for row in rows] for goal in offered]
    intervals = bootstrap_means(doubled, resamples=resamples, rng=rng)
    rankers = Counter(goal for ranking in rankings for goal in ranking)
    firsts = Counter(ranking[0] for ranking in rankings)
    ranks = []
    for goal, column, interval in zip(offered, doubled, intervals, strict=True):
        mean_points = sum(column) / (2 * n)
        points_interval = interval.mapped(0.5)
        ranks.append(
            GoalRank(
                goal=goal,
                borda=mean_points / (m - 1),
                borda_interval=points_interval.mapped(1 / (m - 1)),
                mean_rank=m - mean_points,
                mean_rank_interval=points_interval.mapped(-1, m),
                rankers=rankers[goal],
                first=firsts[goal],
            )
        )
    ranks.sort(key=lambda rank: (-(rank.borda or 0.0), rank.goal))
    return RankingResult(offered, n, tuple(ranks), resamples)


def _doubled_points(ranking: Sequence[int], offered: Sequence[int]) -> dict[int, int]:
    """Twice each goal's Borda points, whole even for a tie: 2 (m − place); tied last m − k − 1."""
    m = len(offered)
    points = dict.fromkeys(offered, m - len(ranking) - 1)
    for place, goal in enumerate(ranking, start=1):
        points[goal] = 2 * (m - place)
    return points
