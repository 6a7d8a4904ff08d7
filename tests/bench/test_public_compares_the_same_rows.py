"""bench/public.py compares the API's CSV with the raw COPY only row for row: the API's
header line is skipped, the keys (kpi, area, year, gender) must be the same, in order."""

import importlib.util
from pathlib import Path

spec = importlib.util.spec_from_file_location(
    "bench_public", Path(__file__).resolve().parents[2] / "bench" / "public.py"
)
public = importlib.util.module_from_spec(spec)
spec.loader.exec_module(public)

RAW = b"N00914,0114,2020,T,12.5\nN00914,0114,2021,T,\nN00914,0115,2020,K,3.0\n"
API = b"kpi_id,area_id,year,gender,value\n" + RAW


def test_the_same_rows_match_whatever_the_values_look_like():
    raw = public.csv_keys(RAW, header=False)
    assert raw == [
        ("N00914", "0114", "2020", "T"),
        ("N00914", "0114", "2021", "T"),
        ("N00914", "0115", "2020", "K"),
    ]
    assert public.csv_keys(API.replace(b"12.5", b"12.50"), header=True) == raw


def test_a_missing_or_reordered_row_does_not_match():
    lines = API.splitlines(keepends=True)
    assert public.csv_keys(b"".join(lines[:-1]), header=True) != public.csv_keys(RAW, header=False)
    reordered = b"".join([lines[0], lines[2], lines[1], lines[3]])
    assert public.csv_keys(reordered, header=True) != public.csv_keys(RAW, header=False)
