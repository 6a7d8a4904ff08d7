"""Every reader's error is a ``FileProblem``: the same fields, the place said one way."""

import pytest

from styra.agenda2030.curated import CuratedSetError
from styra.files import FileProblem
from styra.kolada.bundle import BundleError
from styra.maturity.dimensions import DimensionsFileError
from styra.priorities import MatrixProblem
from styra.radighet.defaults import DefaultsFileError
from styra.tables import TableError


def test_the_place_names_what_is_known_from_file_to_column():
    assert (
        str(FileProblem("fel", file="a.csv", row=3, column="mål"))
        == 'a.csv, rad 3, kolumn "mål": fel'
    )
    assert str(FileProblem("fel", row=3)) == "rad 3: fel"
    assert str(FileProblem("fel", file="a.csv", column="mål")) == 'a.csv, kolumn "mål": fel'
    assert str(FileProblem("fel")) == "fel"


@pytest.mark.parametrize(
    ("problem", "expected"),
    [
        (TableError("fel", 3, "mål"), 'rad 3, kolumn "mål": fel'),
        (MatrixProblem(3, "mål", "fel"), 'rad 3, kolumn "mål": fel'),
        (BundleError("values.csv.gz", "fel", 3, "mål"), 'values.csv.gz, rad 3, kolumn "mål": fel'),
        (CuratedSetError("fel", 3, "mål"), 'kpis.csv, rad 3, kolumn "mål": fel'),
        (DefaultsFileError("fel", 3, "mål"), 'defaults.csv, rad 3, kolumn "mål": fel'),
    ],
)
def test_each_reader_keeps_the_fields_and_the_format(problem, expected):
    assert isinstance(problem, FileProblem)
    assert (problem.row, problem.column, problem.message) == (3, "mål", "fel")
    assert str(problem) == expected


def test_a_yaml_file_names_the_dimension_and_field_the_same_way():
    problem = DimensionsFileError("fel", 4, "follow_up", "name_sv")
    assert isinstance(problem, FileProblem)
    assert str(problem) == 'dimensions.yaml, dimension 4 (follow_up), fält "name_sv": fel'
