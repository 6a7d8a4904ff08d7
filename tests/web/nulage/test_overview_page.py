"""The overview ranks the 17 goals for a kommun or a region, for a year within the data."""

from django.core.cache import cache


def test_overview_ranks_all_17_goals_with_words_score_and_coverage(
    kolada_sample, client_for, viewer_a
):
    response = client_for(viewer_a).get("/omraden/0180/")
    analysis = response.context["analysis"]
    assert [g.rank for g in analysis.goals] == list(range(1, 18))
    assert sorted(g.goal for g in analysis.goals) == list(range(1, 18))
    html = response.content.decode()
    for row in response.context["goal_rows"]:
        assert f"/omraden/0180/mal/{row['goal']}/" in html
        assert f"{row['n_with_data']} av {row['n_kpis']} nyckeltal har värden" in html
        assert row["level_text"] in html  # the level in words, not colour alone
    worst = response.context["goal_rows"][0]
    assert worst["score"] is None or f"poäng {worst['score']:.0f}" in html
    assert 'id="goal-scores"' in html and "application/json" in html  # the chart spec
    assert "Källa: Kolada (RKA)" in html
    assert "jämfört med alla kommuner" in html.lower()


def test_region_overview_uses_regional_kpis(kolada_sample, client_for, viewer_a):
    response = client_for(viewer_a).get("/omraden/0001/")
    analysis = response.context["analysis"]
    assert analysis.area_type == "L"
    assert any(k.value is not None for k in analysis.kpis)
    assert "alla regioner" in response.content.decode()


def test_year_can_be_chosen_within_the_data(kolada_sample, client_for, viewer_a):
    client = client_for(viewer_a)
    assert "analysår 2015" in client.get("/omraden/0180/?ar=2015").content.decode()
    latest = client.get("/omraden/0180/").context["analysis"].year
    assert latest > 2015
    for asked in ("1700", "abc"):
        cache.clear()  # the body of the latest year's page is cached: render it again
        assert client.get(f"/omraden/0180/?ar={asked}").context["analysis"].year == latest
