"""With fewer than MIN_RESPONDENTS (3) respondents a round shows only how many answered:
no median, no lowest–highest, no count per group, on the page and in the nulägesanalys
document; from three on, all of it."""

from styra.maturity import MIN_RESPONDENTS, dimension_ids
from styra.web.reports.content import maturity_section

from .conftest import answer


def results(client, round):
    return client.get(f"/omraden/{round.organisation_id}/sjalvskattning/{round.pk}/")


def test_the_minimum_is_at_least_three():
    assert MIN_RESPONDENTS >= 3


def test_two_respondents_see_neither_spread_nor_groups(client_for, round_a, editor_a, viewer_a):
    answer(round_a, editor_a, 1, group="styrgrupp")
    answer(round_a, viewer_a, 4, group="arbetsgrupp")
    response = results(client_for(viewer_a), round_a)
    assert response.context["groups"] == []
    assert all(row["summary"].n == 2 for row in response.context["rows"])
    assert all(row["summary"].median is None for row in response.context["rows"])
    assert all(row["summary"].minimum is None for row in response.context["rows"])
    html = response.content.decode()
    assert "1–4" not in html and "styrgrupp 1" not in html and 'id="too-few"' in html
    section = maturity_section(round_a.organisation)
    assert [d["minimum"] for d in section["dimensions"]] == [None] * len(dimension_ids())
    assert [d["median"] for d in section["dimensions"]] == [None] * len(dimension_ids())


def test_three_respondents_see_spread_and_groups(client_for, round_a, editor_a, viewer_a, admin_a):
    for user, level in ((editor_a, 1), (viewer_a, 4), (admin_a, 2)):
        answer(round_a, user, level, group="styrgrupp")
    response = results(client_for(viewer_a), round_a)
    summary = response.context["rows"][0]["summary"]
    assert (summary.n, summary.median, summary.minimum, summary.maximum) == (3, 2.0, 1, 4)
    assert dict(response.context["groups"])["Styrgrupp"] == 3
    assert "1–4" in response.content.decode()
    section = maturity_section(round_a.organisation)
    assert section["dimensions"][0]["minimum"] == 1
