"""Small hand-made frames in the shapes the engine reads (values, catalog, areas)."""

import polars as pl

VALUE_SCHEMA = {
    "kpi_id": pl.Utf8,
    "area_id": pl.Utf8,
    "year": pl.Int16,
    "gender": pl.Utf8,
    "value": pl.Float64,
}


def values(rows: list[tuple]) -> pl.DataFrame:
    """Rows (kpi_id, area_id, year, value) for gender T, or with gender as 4th item."""
    full = [(r[0], r[1], r[2], "T", r[3]) if len(r) == 4 else r for r in rows]
    return pl.DataFrame(full, schema=VALUE_SCHEMA, orient="row")


def series(kpi_id: str, area_id: str, by_year: dict[int, float | None]) -> list[tuple]:
    return [(kpi_id, area_id, year, value) for year, value in by_year.items()]


def one_year(kpi_id: str, year: int, by_area: dict[str, float | None]) -> list[tuple]:
    return [(kpi_id, area, year, value) for area, value in by_area.items()]


def catalog(*kpis: dict) -> pl.DataFrame:
    """KPIs as dicts with at least kpi_id, goal, polarity (other columns null)."""
    columns = {
        "kpi_id": pl.Utf8,
        "title": pl.Utf8,
        "goal": pl.Int64,
        "polarity": pl.Int64,
        "unit": pl.Utf8,
        "municipality_type": pl.Utf8,
        "target_value": pl.Float64,
        "target_year": pl.Int64,
        "lower_bound": pl.Float64,
        "upper_bound": pl.Float64,
    }
    rows = [{name: kpi.get(name) for name in columns} for kpi in kpis]
    return pl.DataFrame(rows, schema=columns)


def areas(kommuner: list[str], regions: tuple[str, ...] = ()) -> pl.DataFrame:
    rows = [(a, f"Kommun {a}", "K") for a in kommuner]
    rows += [(a, f"Region {a}", "L") for a in ("0000", *regions)]
    return pl.DataFrame(rows, schema=["area_id", "title", "type"], orient="row")


def polarity(**by_kpi: int) -> pl.DataFrame:
    return pl.DataFrame({"kpi_id": list(by_kpi), "polarity": list(by_kpi.values())})


def membership(area_ids: list[str], key: str = "ref") -> pl.DataFrame:
    return pl.DataFrame({"ref_key": [key] * len(area_ids), "area_id": area_ids})


def by_area(frame: pl.DataFrame, column: str) -> dict:
    return dict(frame.select("area_id", column).iter_rows())


def every_fourth_year(kpi_id: str, area_id: str, results: tuple[float, ...]) -> list[tuple]:
    """Measured in 2014, 2018, 2022 (an election KPI); Kolada repeats the result in between."""
    by_year: dict[int, float | None] = {}
    last = None
    for year in range(2014, 2023):
        last = dict(zip((2014, 2018, 2022), results, strict=True)).get(year, last)
        by_year[year] = last
    return series(kpi_id, area_id, by_year)
