"""Numbers and dates through one helper each: decimal comma and sensible rounding
("3,68", never "3,67594053"; a small change never "0,0"), "6 dec. 2026" in Swedish."""

import datetime as dt

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from styra.web.actionplan.models import Action, ActionIndicator
from styra.web.common.formats import day, day_time, number

DEC_6 = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    ("value", "digits", "shown"),
    [(3.67594053, 2, "3,68"), (12500.5, 1, "12\xa0500,5"), (0.04, 1, "0,04"), (-0.004, 1, "-0,004"),
     (0, 1, "0,0"), (None, 1, "–")],
)  # fmt: skip
def test_a_number_has_a_decimal_comma_and_a_small_one_never_shows_as_zero(value, digits, shown):
    with translation.override("sv"):
        assert number(value, digits) == shown


def test_at_most_the_digits_asked_for_when_trimmed():
    with translation.override("sv"):
        assert [number(v, 2, trim=True) for v in (3.67594053, 5.0, 2.5)] == ["3,68", "5", "2,5"]


@pytest.mark.parametrize(
    ("month", "shown"), [(12, "6 dec. 2026"), (3, "6 mars 2026"), (6, "6 juni 2026")]
)
def test_a_swedish_day_has_a_lower_case_month_with_a_period_when_cut(month, shown):
    with translation.override("sv"):
        assert day(DEC_6.replace(month=month)) == shown
        assert day(DEC_6.replace(month=month).isoformat()) == shown


def test_an_english_day_and_a_moment():
    moment = dt.datetime(2026, 12, 6, 13, 5, tzinfo=dt.UTC)
    with translation.override("en"):
        assert day(DEC_6) == "6 Dec 2026"
    with translation.override("sv"):
        assert day_time(moment) == "6 dec. 2026 14:05"  # Europe/Stockholm


def test_the_filters_are_built_into_every_template():
    template = Template('{{ v|number:"-2" }} · {{ v|number:1 }} · {{ d|day }}')
    with translation.override("sv"):
        assert template.render(Context({"v": 3.67594053, "d": DEC_6})) == "3,68 · 3,7 · 6 dec. 2026"


def test_the_action_page_rounds_the_baseline(client_for, editor_a, org_a):
    action = Action.objects.create(
        organisation=org_a, level="strategy", code="S1", title="Klimat", targets=["13.2"],
        start=DEC_6,
    )  # fmt: skip
    ActionIndicator.objects.create(
        action=action, kpi_id="N00401", baseline_value=3.67594053, baseline_year=2022
    )
    url = reverse("actionplan-action", args=["0180", action.pk])
    html = client_for(editor_a).get(url).content.decode()
    assert "3,68 (2022)" in html and "3,67594053" not in html
    assert "6 dec. 2026</time>" in html
