"""Two versions of the document side by side: what changed between them.

Plain dicts in (two ``build_content`` results, frozen or live), plain dicts
out; no database. Per goal: the challenge level, score and rank then and now;
rådighet's mean level per goal; the self-assessment's median per dimension;
the blind spots added and removed. A value missing on either side gives no
change (``None``), never 0.
"""

from styra.sdg import GOAL_NUMBERS


def difference(before: float | None, after: float | None, digits: int = 2) -> float | None:
    return None if before is None or after is None else round(after - before, digits)


def _by_goal(section: dict, key: str = "goals") -> dict[int, dict]:
    return {row["goal"]: row for row in section.get(key, [])} if section.get("available") else {}


def goal_changes(before: dict, after: dict) -> list[dict]:
    """Per goal (in the newer version's rank order): level, score and rank then and now."""
    then, now = _by_goal(before["challenges"]), _by_goal(after["challenges"])
    order = sorted(GOAL_NUMBERS, key=lambda g: (now[g]["rank"] if g in now else 99, g))
    rows = []
    for goal in order:
        old, new = then.get(goal), now.get(goal)
        shown = new or old
        if shown is None:
            continue
        rows.append(
            {
                "goal": goal,
                "title": shown["title"],
                "before": old,
                "after": new,
                # Negative: the goal moved up the list (relatively a bigger challenge now).
                "rank_change": new["rank"] - old["rank"] if old and new else None,
                "score_change": difference(
                    old["score"] if old else None, new["score"] if new else None, 0
                ),
                "level_changed": bool(old and new and old["level"] != new["level"]),
            }
        )
    return rows


def mandate_changes(before: dict, after: dict) -> list[dict]:
    then, now = _by_goal(before["mandate"]), _by_goal(after["mandate"])
    return [
        {
            "goal": goal,
            "title": (now.get(goal) or then[goal])["title"],
            "before": then[goal]["mean_level"] if goal in then else None,
            "after": now[goal]["mean_level"] if goal in now else None,
            "change": difference(
                then[goal]["mean_level"] if goal in then else None,
                now[goal]["mean_level"] if goal in now else None,
            ),
        }
        for goal in GOAL_NUMBERS
        if goal in then or goal in now
    ]


def maturity_changes(before: dict, after: dict) -> dict:
    """The medians per dimension (matched by id) of the two versions' rounds."""
    then, now = before["maturity"], after["maturity"]
    old = {d["id"]: d for d in then.get("dimensions", [])}
    new = {d["id"]: d for d in now.get("dimensions", [])}
    ids = list(new) + [i for i in old if i not in new]
    return {
        "before_round": then.get("round"),
        "after_round": now.get("round"),
        "dimensions": [
            {
                "id": i,
                "name": (new.get(i) or old[i])["name"],
                "before": old[i]["median"] if i in old else None,
                "after": new[i]["median"] if i in new else None,
                "change": difference(
                    old[i]["median"] if i in old else None,
                    new[i]["median"] if i in new else None,
                ),
            }
            for i in ids
        ],
    }


def blind_spot_changes(before: dict, after: dict) -> dict:
    then = {row["goal"]: row for row in before["focus"].get("blind_spots", [])}
    now = {row["goal"]: row for row in after["focus"].get("blind_spots", [])}
    return {
        "available_before": bool(before["focus"].get("available")),
        "available_after": bool(after["focus"].get("available")),
        "added": [now[g] for g in now if g not in then],
        "removed": [then[g] for g in then if g not in now],
        "kept": [now[g] for g in now if g in then],
    }


def compare(before: dict, after: dict) -> dict:
    return {
        "goals": goal_changes(before, after),
        "mandate": mandate_changes(before, after),
        "maturity": maturity_changes(before, after),
        "blind_spots": blind_spot_changes(before, after),
    }


def kpi_status_changes(before: list[dict], after: list[dict]) -> list[dict]:
    """The KPIs (rows of two annexes, keyed by ``kpi_id``) whose position (``colour``) or
    status against the target (``outlook_text``) differs between the two, in the newer
    annex's order; a KPI in only one of them is listed with the other side ``None``."""
    then = {row["kpi_id"]: row for row in before}
    now = {row["kpi_id"]: row for row in after}
    ids = list(now) + [kpi_id for kpi_id in then if kpi_id not in now]
    rows = []
    for kpi_id in ids:
        old, new = then.get(kpi_id), now.get(kpi_id)
        if old and new and all(old[key] == new[key] for key in ("colour", "outlook_text")):
            continue
        title = (new if new is not None else then[kpi_id])["title"]
        rows.append({"kpi_id": kpi_id, "title": title, "before": old, "after": new})
    return rows
