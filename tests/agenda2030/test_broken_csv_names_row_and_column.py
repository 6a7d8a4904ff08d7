"""A bad curated-KPI file is refused with the row and the column named."""

import pytest

from styra.agenda2030 import COLUMNS, CuratedSetError, parse_curated_kpis

HEADER = ",".join(COLUMNS)
GOOD = "N00401,Utsläpp,13,,13.2,-1,ton/inv,A,kolada_agenda2030,,,,,,yes,Klimat. Lägre är bättre."
GOOD2 = "N07403,Våldsbrott,16,,16.1,-1,antal,A,kolada_agenda2030,,,,,,yes,Våld. Lägre är bättre."
POLICY = "kolada_agenda2030,,,,,,yes"  # target, year, lower, upper, policy source, comparable


def csv_text(*rows: str) -> str:
    return "\n".join([HEADER, *rows]) + "\n"


def test_a_good_file_parses_from_text_and_from_a_path(tmp_path):
    kpis = parse_curated_kpis(csv_text(GOOD, GOOD2))
    assert [kpi.kpi_id for kpi in kpis] == ["N00401", "N07403"]
    assert kpis[0].targets == ("13.2",) and kpis[0].secondary_goal is None
    path = tmp_path / "kpis.csv"
    path.write_text(csv_text(GOOD), encoding="utf-8")
    assert parse_curated_kpis(path) == parse_curated_kpis(str(path)) == kpis[:1]


@pytest.mark.parametrize(
    ("bad_row", "column", "message"),
    [
        (GOOD.replace(",-1,", ",2,"), "polarity", "2 is not -1, 0 or 1"),
        (GOOD.replace(",13,", ",18,"), "goal", "18 is not an SDG goal"),
        (GOOD.replace("13.2", "13.9"), "targets", "no SDG target '13.9'"),
        (GOOD.replace("13.2", "13-2;11.6"), "targets", "11.6 belongs to neither goal"),
        (GOOD.replace(",13,,", ",13,13,"), "secondary_goal", "repeats the primary goal"),
        (GOOD.replace(",A,", ",X,"), "municipality_type", "'X' is not one of K, L, A"),
        (GOOD.replace("kolada_agenda2030", "guess"), "origin", "'guess' is not one of"),
        (GOOD.replace(POLICY, "kolada_agenda2030,5,,,,K,yes"), "target_year", "give both or"),
        (GOOD.replace(POLICY, "kolada_agenda2030,,,,x,K,yes"), "upper_bound", "'x' is not a"),
        (
            GOOD.replace(POLICY, "kolada_agenda2030,,,0,10,K,yes"),
            "upper_bound",
            "upper_bound is the optimum",
        ),
        (GOOD.replace(POLICY, "kolada_agenda2030,,,,0,,yes"), "bound_source", "needs the policy"),
        (GOOD.replace(POLICY, "kolada_agenda2030,,,,,K,yes"), "bound_source", "names a policy"),
        (GOOD.replace(",yes,", ",maybe,"), "comparable", "'maybe' is not one of yes, no"),
        (GOOD.replace("N00401", "401"), "kpi_id", "not a Kolada KPI id"),
        (GOOD.replace("Klimat. Lägre är bättre.", ""), "rationale", "is empty"),
    ],
)
def test_bad_value_names_row_and_column(bad_row, column, message):
    with pytest.raises(CuratedSetError, match=message) as raised:
        parse_curated_kpis(csv_text(GOOD, bad_row))
    assert raised.value.row == 2 and raised.value.column == column
    assert f'kpis.csv, rad 2, kolumn "{column}"' in str(raised.value)


def test_duplicate_kpi_is_refused_naming_both_rows():
    with pytest.raises(CuratedSetError, match="N00401 is already on row 1") as raised:
        parse_curated_kpis(csv_text(GOOD, GOOD2, GOOD))
    assert (raised.value.row, raised.value.column) == (3, "kpi_id")


def test_missing_column_is_named():
    text = csv_text(GOOD).replace(",rationale", "").replace(",Klimat. Lägre är bättre.", "")
    with pytest.raises(CuratedSetError, match='kolumn "rationale": is missing from the header'):
        parse_curated_kpis(text)


def test_empty_file_is_refused():
    with pytest.raises(CuratedSetError, match="holds no KPIs"):
        parse_curated_kpis(HEADER + "\n")
