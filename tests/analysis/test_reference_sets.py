"""Reference sets: all of a type, kommungrupp, Kolada group, network, list."""

import polars as pl
import pytest

from styra.analysis import (
    UnknownIdError,
    all_of_type,
    explicit,
    kommungrupp,
    municipality_group,
    network,
)
from styra.analysis.area import same_type
from tests.analysis.frames import areas

AREAS = areas(["0180", "0114", "2260"], regions=("0001",))
SKR = pl.DataFrame(
    {
        "area_id": ["0180", "0114", "2260"],
        "skr_code": ["A1", "A2", "A2"],
        "kommungrupp": ["Storstäder", "Pendling", "Pendling"],
        "group_id": ["G1", "G2", "G2"],
    }
)
GROUPS = pl.DataFrame({"group_id": ["G9"], "title": ["Liknande kommuner, Stockholm"]})
MEMBERS = pl.DataFrame({"group_id": ["G9", "G9"], "area_id": ["0180", "0114"]})


def test_all_of_type_leaves_out_riket():
    assert all_of_type(AREAS, "L").area_ids == ("0001",)
    assert all_of_type(AREAS, "K").label == "alla kommuner"


def test_kommungrupp_and_group_name_themselves():
    group = kommungrupp(SKR, "2260")
    assert (group.kind, group.area_ids) == ("kommungrupp", ("0114", "2260"))
    assert "A2 Pendling" in group.label
    liknande = municipality_group(GROUPS, MEMBERS, "G9")
    assert liknande.area_ids == ("0114", "0180") and "G9" in liknande.label


def test_unknown_group_is_an_error():
    with pytest.raises(UnknownIdError):
        municipality_group(GROUPS, MEMBERS, "G404")


def test_the_area_is_always_in_its_set():
    assert explicit(["0114"]).including("0180").area_ids == ("0114", "0180")


def test_other_types_are_left_out_and_said():
    mixed = same_type(network("Nätverket", ["0180", "0001"]), AREAS, "K")
    assert mixed.area_ids == ("0180",) and "1 område(n) av annan typ ej med" in mixed.label
