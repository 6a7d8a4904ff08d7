"""bench/twins.py times the core next to DuckDB (and NumPy, when installed) on the same
standardised frame: on hand-made data with missing values and the kommungrupp term,
the baselines find the same twins, so the bench compares like with like."""

import importlib.util
from pathlib import Path

import pytest

from styra.analysis.twins import KOMMUNGRUPP, Term, eligible, nearest, pair_terms, standardised
from tests.analysis.frames import one_year, values
from tests.analysis.test_twins_distance import KOMMUNER, ROWS

spec = importlib.util.spec_from_file_location(
    "bench_twins", Path(__file__).resolve().parents[2] / "bench" / "twins.py"
)
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)

TERMS = (Term("A", 2.0), Term("B"), Term("C"), Term(KOMMUNGRUPP))
C = one_year("C", 2022, {"k1": 5.0, "k2": 7.0, "k4": 1.0})  # k3 and k5 without C


@pytest.fixture
def frame():
    z, _used = standardised(values(ROWS + C), KOMMUNER, TERMS)
    return z


def core(z, count=3, share=0.7):
    return nearest(eligible(pair_terms(z), share), count)


def test_duckdb_finds_the_same_twins(frame, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    connection = duckdb.connect()
    path = tmp_path / "z.parquet"
    frame.write_parquet(path)
    connection.execute(f"CREATE TABLE z AS SELECT * FROM read_parquet('{path}')")
    ours, theirs = core(frame), bench.duckdb_twins(connection, 3, 0.7)
    assert ours.height == 5 * 3 and bench.same_twins(ours, theirs)
    assert not bench.same_twins(ours, core(frame, share=0.9))  # the check can fail


def test_numpy_finds_the_same_twins(frame):
    if bench.np is None:
        pytest.skip("NumPy is not installed")
    assert bench.same_twins(core(frame), bench.numpy_twins(frame, 3, 0.7))
