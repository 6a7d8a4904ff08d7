"""What changed between two versions of the document, worked out on small dicts."""

from styra.reports.compare import compare


def goal(number, rank, level, score):
    titles = {1: "Ingen fattigdom", 13: "Bekämpa klimatförändringarna", 14: "Hav"}
    return {
        "goal": number,
        "title": titles[number],
        "rank": rank,
        "level": level,
        "level_text": level,
        "score": score,
    }


def version(goals, mandate, medians, spots, focus=True, round_title="Våren"):
    return {
        "challenges": {"available": True, "goals": goals},
        "mandate": {
            "available": True,
            "goals": [{"goal": g, "title": str(g), "mean_level": m} for g, m in mandate.items()],
        },
        "maturity": {
            "available": True,
            "round": {"title": round_title},
            "dimensions": [{"id": i, "name": i.title(), "median": m} for i, m in medians.items()],
        },
        "focus": {
            "available": focus,
            "blind_spots": [{"goal": g, "title": str(g)} for g in spots],
        },
    }


BEFORE = version(
    [goal(13, 1, "red", 30.0), goal(1, 2, "yellow", 55.0), goal(14, 3, "green", 80.0)],
    {13: 1.5, 14: 1.0},
    {"political_decision": 1.0, "steering_group": 2.0},
    [13, 1],
)
AFTER = version(
    [goal(1, 1, "red", 40.0), goal(13, 2, "red", 35.0), goal(14, 3, "green", None)],
    {13: 1.5, 14: 1.33},
    {"political_decision": 2.5, "competence": 1.0},
    [1, 14],
    round_title="Hösten",
)


def test_per_goal_level_score_and_rank_then_and_now():
    rows = compare(BEFORE, AFTER)["goals"]
    assert [row["goal"] for row in rows] == [1, 13, 14]  # the newer version's order
    first = rows[0]
    assert (first["before"]["rank"], first["after"]["rank"], first["rank_change"]) == (2, 1, -1)
    assert first["score_change"] == -15.0 and first["level_changed"]
    assert rows[1]["rank_change"] == 1 and not rows[1]["level_changed"]
    assert rows[2]["score_change"] is None  # no score now: no change, never 0


def test_radighet_means_maturity_medians_and_blind_spots():
    changes = compare(BEFORE, AFTER)
    assert [(r["goal"], r["change"]) for r in changes["mandate"]] == [(13, 0.0), (14, 0.33)]
    dims = {d["id"]: d for d in changes["maturity"]["dimensions"]}
    assert dims["political_decision"]["change"] == 1.5
    assert dims["competence"]["before"] is None and dims["competence"]["change"] is None
    assert dims["steering_group"]["after"] is None
    assert changes["maturity"]["before_round"] == {"title": "Våren"}
    spots = changes["blind_spots"]
    assert [r["goal"] for r in spots["added"]] == [14]
    assert [r["goal"] for r in spots["removed"]] == [13]
    assert [r["goal"] for r in spots["kept"]] == [1]


def test_a_version_without_data_compares_to_nothing():
    empty = {
        "challenges": {"available": False},
        "mandate": {"available": False},
        "maturity": {"available": False},
        "focus": {"available": False},
    }
    changes = compare(empty, AFTER)
    assert all(row["before"] is None and row["rank_change"] is None for row in changes["goals"])
    assert changes["maturity"]["before_round"] is None
    assert not changes["blind_spots"]["available_before"]
    assert [r["goal"] for r in changes["blind_spots"]["added"]] == [1, 14]
