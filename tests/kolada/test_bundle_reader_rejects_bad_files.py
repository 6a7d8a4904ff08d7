"""A bad bundle file is refused with its file, row and column named."""

import pytest

from styra.kolada.bundle import BundleError, read_bundle
from tests.kolada.minibundle import FILES, VALUES, write_mini_bundle


def refuse(tmp_path, **kwargs) -> BundleError:
    write_mini_bundle(tmp_path, **kwargs)
    with pytest.raises(BundleError) as caught:
        read_bundle(tmp_path)
    return caught.value


def test_the_mini_bundle_itself_is_accepted(tmp_path):
    bundle = read_bundle(write_mini_bundle(tmp_path))
    assert bundle.counts()["values"] == 7
    assert bundle.counts()["kommuner"] == 2
    assert bundle.counts()["regioner"] == 1


def test_missing_column_is_named(tmp_path):
    error = refuse(tmp_path, **{"municipalities.csv": "id,title,region_id\n0180,Stockholm,\n"})
    assert error.file == "municipalities.csv"
    assert "missing column(s): type" in str(error)


def test_missing_file_is_named(tmp_path):
    write_mini_bundle(tmp_path)
    (tmp_path / "kpi_metadata.csv").unlink()
    with pytest.raises(BundleError, match="kpi_metadata.csv: missing from bundle"):
        read_bundle(tmp_path)


def test_wrong_type_names_row_and_column(tmp_path):
    values = VALUES.replace("N00401,0180,2021,T,1.4", "N00401,0180,2021,T,1,4x")
    error = refuse(tmp_path, values=values.replace("1,4x", "fyra"))
    assert (error.file, error.row, error.column) == ("values_agenda2030.csv.gz", 2, "value")
    assert "'fyra'" in str(error)


def test_bad_year_names_row(tmp_path):
    error = refuse(tmp_path, values=VALUES.replace("0114,2021", "0114,20x1"))
    assert (error.row, error.column) == (3, "year")


def test_unknown_kpi_names_row(tmp_path):
    error = refuse(tmp_path, values=VALUES.replace("N00945,0000", "X99999,0000"))
    assert (error.row, error.column) == (7, "kpi_id")
    assert "unknown KPI" in str(error) and "X99999" in str(error)


def test_unknown_area_names_row(tmp_path):
    error = refuse(tmp_path, values=VALUES.replace("N00401,0114", "N00401,0999"))
    assert (error.row, error.column) == (3, "area_id")
    assert "unknown area" in str(error)


def test_bad_gender_and_duplicate_key(tmp_path):
    assert refuse(tmp_path, values=VALUES.replace("2021,M,", "2021,X,")).column == "gender"
    duplicated = VALUES + "N00401,0180,2020,T,9.9\n"
    error = refuse(tmp_path, values=duplicated)
    assert error.row == 8 and "duplicate key" in str(error)


def test_bad_municipality_type_and_id(tmp_path):
    areas = FILES["municipalities.csv"].replace("0114,Upplands Väsby,K", "0114,Upplands Väsby,X")
    error = refuse(tmp_path, **{"municipalities.csv": areas})
    assert (error.row, error.column) == (4, "type")
    areas = FILES["municipalities.csv"].replace("0114,", "114,")
    assert refuse(tmp_path, **{"municipalities.csv": areas}).column == "area_id"


def test_missing_values_stay_missing(tmp_path):
    bundle = read_bundle(write_mini_bundle(tmp_path))
    upplands = bundle.values.filter(bundle.values["area_id"] == "0114")
    assert upplands["value"].to_list() == [None]


def test_group_members_outside_the_areas_are_dropped(tmp_path):
    bundle = read_bundle(write_mini_bundle(tmp_path))
    assert "9999" not in bundle.group_members["area_id"].to_list()


def test_not_a_directory(tmp_path):
    with pytest.raises(BundleError, match="does not exist"):
        read_bundle(tmp_path / "nowhere")
