"""What values a KPI can take, from its unit and title (M4 keeps projections inside)."""

import math

import pytest

from styra.analysis.value_range import ValueRange, value_range


@pytest.mark.parametrize(
    ("unit", "title", "expected"),
    [
        ("%", "Ekologiskt brukad åkermark, andel (%)", (0.0, 100.0)),
        ("%", "Kvinnors mediannettoinkomst som andel av mäns mediannettoinkomst", (0.0, math.inf)),
        ("%", "Befolkningsförändring under senaste femårsperioden, procent", (-math.inf, math.inf)),
        ("antal/100 000 inv", "Anmälda våldsbrott", (0.0, math.inf)),
        ("kg", "Utsläpp till luft av kväveoxider", (0.0, math.inf)),
        ("år", "Medellivslängd kvinnor, år", (0.0, math.inf)),
        ("index (0-1)", "Ginikoefficient", (0.0, 1.0)),
        ("MWh/inv", "Nettoproduktion av el, MWh/inv", (-math.inf, math.inf)),
        ("kr/inv", "Resultat före extraordinära poster, kr/inv", (-math.inf, math.inf)),
        ("°C", "Årsmedeltemperatur", (-math.inf, math.inf)),
        ("", "Eget nyckeltal utan enhet", (-math.inf, math.inf)),
    ],
)
def test_range_from_unit_and_title(unit, title, expected):
    assert value_range(unit, title) == ValueRange(*expected)


def test_clip_names_the_limit_it_reached():
    share = ValueRange(0.0, 100.0)
    assert share.clip(-365.0) == (0.0, 0.0)
    assert share.clip(120.0) == (100.0, 100.0)
    assert share.clip(42.0) == (42.0, None)
