"""The comparison changes colours; the goals' order and level follow it only when asked,
and the page says which numbers follow the comparison and what changed."""

from django.core.cache import cache

SIMILAR = "/omraden/0180/?jamfor=liknande"


def goals(response):
    return {g.goal: g for g in response.context["analysis"].goals}


def test_by_default_levels_compare_with_all_kommuner(kolada_sample, client_for, viewer_a):
    cache.clear()
    client = client_for(viewer_a)
    everyone, similar = client.get("/omraden/0180/"), client.get(SIMILAR)
    assert {g: r.level for g, r in goals(everyone).items()} == {
        g: r.level for g, r in goals(similar).items()
    }
    assert {r.standing_size for r in goals(similar).values() if r.standing} >= {290}
    page = similar.content.decode()
    assert "Poängen 0–100 och målens ordning och nivå ändras inte" in page
    assert "Mot alla:" in page  # what the comparison changed, per goal


def test_asked_the_goals_are_ranked_in_the_comparison(kolada_sample, client_for, viewer_a):
    cache.clear()
    response = client_for(viewer_a).get("/omraden/0780/?jamfor=kommungrupp&rangordna=jamforelse")
    analysis = response.context["analysis"]
    size = len(analysis.reference.area_ids)
    assert analysis.ranking == "comparison"
    assert {g.standing_size for g in analysis.goals if g.standing is not None} <= set(
        range(2, size + 1)
    )
    assert size >= 8 and "områden i jämförelsen" in response.content.decode()


def test_a_comparison_too_small_to_rank_in_is_refused(kolada_sample, client_for, viewer_a):
    cache.clear()
    response = client_for(viewer_a).get("/omraden/0180/?jamfor=kommungrupp&rangordna=jamforelse")
    assert "för få för att rangordna målen efter" in response.content.decode()
    assert response.context["analysis"].ranking == "type"
    assert response.context["comparison"].kind == "kommungrupp"
