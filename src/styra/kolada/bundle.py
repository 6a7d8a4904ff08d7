"""Read and validate a Kolada bundle directory into tidy polars frames.

The reader never touches a database: ``styra.web.indicators.bundle_loader`` writes
what it returns. Every check names the file, the row and the column, so a bad
bundle is refused before anything is written. Rows are counted from 1 for the
first data row (the header is not a row).
"""

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from styra.files import FileProblem
from styra.kolada import layout
from styra.kolada.layout import BundleFile

AREA_ID_PATTERN = r"^\d{4}$"
GENDERS = ("T", "K", "M")
MUNICIPALITY_TYPES = ("K", "L")
KPI_MUNICIPALITY_TYPES = ("K", "L", "A")
YEAR_RANGE = (1900, 2100)
RIKET_ID = "0000"


class BundleError(FileProblem):
    """A bundle file is missing or holds a value Styra cannot accept."""

    def __init__(self, file: str, message: str, row: int | None = None, column: str | None = None):
        super().__init__(message, file=file, row=row, column=column)


CHECKOUT = Path(__file__).resolve().parents[3]
BESIDE_CHECKOUT = CHECKOUT.parent / "shared" / "data" / "kolada"


def fetched_bundle_path() -> Path:
    """Where ``styra load --fetch`` puts a bundle fetched from Kolada: var/kolada."""
    return CHECKOUT / "var" / "kolada"


def default_bundle_path(
    env: Mapping[str, str] | None = None, cwd: Path | None = None
) -> Path | None:
    """``STYRA_BUNDLE`` if set, else ``../shared/data/kolada`` beside the checkout,
    else the bundle ``styra load --fetch`` fetched (var/kolada)."""
    env = os.environ if env is None else env
    if env.get("STYRA_BUNDLE"):
        return Path(env["STYRA_BUNDLE"])
    for base in (cwd or Path.cwd(), CHECKOUT):
        candidate = base.parent / "shared" / "data" / "kolada"
        if candidate.is_dir():
            return candidate
    fetched = fetched_bundle_path()
    return fetched if fetched.is_dir() else None


def locate(bundle_dir: Path, spec: BundleFile) -> Path | None:
    """The first existing file of ``spec`` in the bundle, or None."""
    for name in spec.names:
        path = Path(bundle_dir) / name
        if path.is_file():
            return path
    if spec.required:
        raise BundleError(spec.names[0], f"missing from bundle {bundle_dir}")
    return None


def read_table(bundle_dir: Path, spec: BundleFile) -> pl.DataFrame | None:
    """Read one bundle file as strings (CSV) or as stored (parquet), columns checked."""
    path = locate(bundle_dir, spec)
    if path is None:
        return None
    try:
        if path.suffix == ".parquet":
            frame = pl.read_parquet(path)
        else:
            frame = pl.read_csv(path, infer_schema_length=0, null_values=[""])
    except (pl.exceptions.PolarsError, OSError) as error:
        raise BundleError(path.name, f"cannot be read: {error}") from error
    missing = [column for column in spec.columns if column not in frame.columns]
    if missing:
        raise BundleError(path.name, f"missing column(s): {', '.join(missing)}")
    return frame


def read_required(bundle_dir: Path, spec: BundleFile) -> pl.DataFrame:
    """Read a file the bundle must have (a missing one is refused, naming it)."""
    frame = read_table(bundle_dir, spec)
    if frame is None:
        raise BundleError(spec.names[0], f"missing from bundle {bundle_dir}")
    return frame


def first_bad_row(mask: pl.Series) -> int | None:
    """1-based row number of the first True in ``mask``."""
    hits = mask.fill_null(False).arg_true()
    return int(hits[0]) + 1 if len(hits) else None


def check(frame: pl.DataFrame, file: str, column: str, bad: pl.Expr, message: str) -> None:
    row = first_bad_row(frame.select(bad.alias("bad"))["bad"])
    if row is not None:
        shown = frame[column][row - 1]
        raise BundleError(file, f"{message} (got {shown!r})", row, column)


def cast_column(
    frame: pl.DataFrame, file: str, column: str, dtype: pl.DataType | type[pl.DataType]
) -> pl.DataFrame:
    """Cast ``column`` to ``dtype``; a value that does not convert names its row."""
    source = pl.col(column)
    if dtype == pl.Boolean and frame[column].dtype == pl.Utf8:
        lowered = source.str.to_lowercase()
        cast = (
            pl.when(lowered.is_in(["true", "1", "1.0"]))
            .then(True)
            .when(lowered.is_in(["false", "0", "0.0"]))
            .then(False)
            .otherwise(None)
        )
    else:
        cast = source.cast(dtype, strict=False)
    check(
        frame,
        file,
        column,
        source.is_not_null() & cast.is_null(),
        f"expected {dtype}",
    )
    return frame.with_columns(cast.alias(column))


def check_unique(frame: pl.DataFrame, file: str, keys: list[str]) -> None:
    duplicated = frame.select((~pl.struct(keys).is_first_distinct()).alias("dup"))["dup"]
    row = first_bad_row(duplicated)
    if row is not None:
        shown = {key: frame[key][row - 1] for key in keys}
        raise BundleError(file, f"duplicate key {shown}", row, keys[-1])


def check_known(frame: pl.DataFrame, file: str, column: str, known: Iterable[str], what: str):
    known_series = pl.Series(list(known), dtype=pl.Utf8)
    check(
        frame,
        file,
        column,
        pl.col(column).is_not_null() & ~pl.col(column).is_in(known_series.implode()),
        f"unknown {what}",
    )


def check_required(frame: pl.DataFrame, file: str, columns: Iterable[str]) -> None:
    for column in columns:
        check(frame, file, column, pl.col(column).is_null(), "value is required")


def file_name(bundle_dir: Path, spec: BundleFile) -> str:
    path = locate(bundle_dir, spec)
    return path.name if path else spec.names[0]


def read_municipalities(bundle_dir: Path) -> pl.DataFrame:
    """Areas: ``area_id, title, type (K/L), region_id, region_title``."""
    spec, name = layout.MUNICIPALITIES, file_name(bundle_dir, layout.MUNICIPALITIES)
    frame = read_required(bundle_dir, spec).rename({"id": "area_id"})
    if "region_title" not in frame.columns:
        frame = frame.with_columns(pl.lit(None, pl.Utf8).alias("region_title"))
    check_required(frame, name, ["area_id", "title", "type"])
    check(frame, name, "area_id", ~pl.col("area_id").str.contains(AREA_ID_PATTERN), "not 4 digits")
    check(frame, name, "type", ~pl.col("type").is_in(MUNICIPALITY_TYPES), "type must be K or L")
    check_unique(frame, name, ["area_id"])
    check_known(frame, name, "region_id", frame["area_id"], "region id")
    return frame.select("area_id", "title", "type", "region_id", "region_title")


def read_municipality_groups(bundle_dir: Path) -> pl.DataFrame:
    """Kolada municipality groups: ``group_id, title``."""
    name = file_name(bundle_dir, layout.MUNICIPALITY_GROUPS)
    frame = read_required(bundle_dir, layout.MUNICIPALITY_GROUPS)
    check_required(frame, name, ["group_id", "title"])
    check_unique(frame, name, ["group_id"])
    return frame.select("group_id", "title")


def read_group_members(bundle_dir: Path) -> pl.DataFrame:
    """Members of the municipality groups: ``group_id, area_id``."""
    name = file_name(bundle_dir, layout.MUNICIPALITY_GROUP_MEMBERS)
    frame = read_required(bundle_dir, layout.MUNICIPALITY_GROUP_MEMBERS)
    frame = frame.rename({"member_id": "area_id"}).select("group_id", "area_id")
    check_required(frame, name, ["group_id", "area_id"])
    return frame.unique(maintain_order=True)


def read_skr_kommungrupper(bundle_dir: Path) -> pl.DataFrame:
    """SKR's kommungrupp of every kommun: ``area_id, skr_code, kommungrupp, group_id``."""
    name = file_name(bundle_dir, layout.SKR_KOMMUNGRUPPER)
    frame = read_required(bundle_dir, layout.SKR_KOMMUNGRUPPER).rename(
        {"municipality_id": "area_id"}
    )
    check_required(frame, name, ["area_id", "skr_code"])
    check(
        frame, name, "skr_code", ~pl.col("skr_code").str.contains(r"^[ABC]\d$"), "not an SKR code"
    )
    check_unique(frame, name, ["area_id"])
    return frame.select("area_id", "skr_code", "kommungrupp", "group_id")


def derive_unit(title: str) -> str:
    """The unit Kolada writes at the end of a KPI title, e.g. ``%`` or ``kr/inv``."""
    tail = title.rsplit(",", 1)[-1].strip() if "," in title else ""
    if tail.endswith("(%)") or tail == "%":
        return "%"
    if len(tail) <= 40:
        return tail
    return ""


def normalise_kpis(frame: pl.DataFrame, name: str, retired: bool) -> pl.DataFrame:
    frame = frame.rename({"id": "kpi_id"})
    if "auspices" in frame.columns and "auspice" not in frame.columns:
        frame = frame.rename({"auspices": "auspice"})
    for column in ("description", "operating_area", "perspective", "auspice"):
        if column not in frame.columns:
            frame = frame.with_columns(pl.lit(None, pl.Utf8).alias(column))
    for column in ("is_divided_by_gender", "has_ou_data"):
        if column not in frame.columns:
            frame = frame.with_columns(pl.lit("false").alias(column))
        frame = cast_column(frame, name, column, pl.Boolean)
    check_required(frame, name, ["kpi_id", "title", "municipality_type"])
    check(
        frame,
        name,
        "municipality_type",
        ~pl.col("municipality_type").is_in(KPI_MUNICIPALITY_TYPES),
        "must be K, L or A",
    )
    check_unique(frame, name, ["kpi_id"])
    publication = "publication_date" if "publication_date" in frame.columns else None
    return frame.select(
        "kpi_id",
        "title",
        pl.col("description").fill_null("").str.strip_chars(),
        pl.col("title").map_elements(derive_unit, return_dtype=pl.Utf8).alias("unit"),
        "is_divided_by_gender",
        "municipality_type",
        pl.col("operating_area").fill_null(""),
        pl.col("perspective").fill_null(""),
        pl.col("auspice").fill_null(""),
        (
            pl.col(publication).str.to_date(strict=False) if publication else pl.lit(None, pl.Date)
        ).alias("publication_date"),
        "has_ou_data",
        pl.lit(retired).alias("retired"),
    )


def read_kpis(bundle_dir: Path) -> pl.DataFrame:
    """The current KPI catalog (``retired`` False) plus retired KPIs with values."""
    name = file_name(bundle_dir, layout.KPIS)
    current = normalise_kpis(read_required(bundle_dir, layout.KPIS), name, retired=False)
    old = read_table(bundle_dir, layout.RETIRED_KPIS)
    if old is None:
        return current
    old_name = file_name(bundle_dir, layout.RETIRED_KPIS)
    old = old.filter(~pl.col("id").is_in(current["kpi_id"].implode()))
    retired = normalise_kpis(old, old_name, retired=True)
    return pl.concat([current, retired])


def read_kpi_groups(bundle_dir: Path) -> pl.DataFrame:
    """Kolada KPI groups: ``group_id, title, parent_group_id`` (empty if absent)."""
    frame = read_table(bundle_dir, layout.KPI_GROUPS)
    if frame is None:
        return pl.DataFrame(schema={"group_id": pl.Utf8, "title": pl.Utf8, "parent": pl.Utf8})
    name = file_name(bundle_dir, layout.KPI_GROUPS)
    if "parent_group_id" not in frame.columns:
        frame = frame.with_columns(pl.lit(None, pl.Utf8).alias("parent_group_id"))
    check_required(frame, name, ["group_id", "title"])
    check_unique(frame, name, ["group_id"])
    check_known(frame, name, "parent_group_id", frame["group_id"], "parent group")
    return frame.select("group_id", "title", pl.col("parent_group_id").alias("parent"))


def read_kpi_group_members(bundle_dir: Path) -> pl.DataFrame:
    """Members of the KPI groups: ``group_id, kpi_id`` (empty if absent)."""
    frame = read_table(bundle_dir, layout.KPI_GROUP_MEMBERS)
    if frame is None:
        return pl.DataFrame(schema={"group_id": pl.Utf8, "kpi_id": pl.Utf8})
    name = file_name(bundle_dir, layout.KPI_GROUP_MEMBERS)
    check_required(frame, name, ["group_id", "kpi_id"])
    return frame.select("group_id", "kpi_id").unique(maintain_order=True)


def read_agenda2030_kpis(bundle_dir: Path) -> pl.DataFrame:
    """Kolada's own Agenda 2030 KPI list for kommuner: ``kpi_id, title, municipality_type``."""
    name = file_name(bundle_dir, layout.AGENDA2030_KPIS)
    frame = read_required(bundle_dir, layout.AGENDA2030_KPIS).rename({"id": "kpi_id"})
    check_required(frame, name, ["kpi_id"])
    check_unique(frame, name, ["kpi_id"])
    return frame.select("kpi_id", "title", "municipality_type")


def read_values(bundle_dir: Path, all_kpis: bool = False) -> pl.DataFrame:
    """Values ``kpi_id, area_id, year (Int16), gender, value (Float64, null = missing)``.

    Types and the key are checked here; that every KPI and area is known is
    checked by :func:`check_values_known` (it needs the catalogs).
    """
    spec = layout.VALUES_ALL if all_kpis else layout.VALUES_AGENDA2030
    if all_kpis and locate(bundle_dir, spec) is None:
        raise BundleError(spec.names[0], f"missing from bundle {bundle_dir} (needed for all KPIs)")
    name = file_name(bundle_dir, spec)
    frame = read_required(bundle_dir, spec)
    frame = frame.rename({"kpi": "kpi_id", "municipality_id": "area_id"})
    for column in ("kpi_id", "area_id", "gender"):
        frame = cast_column(frame, name, column, pl.Utf8)
    frame = cast_column(frame, name, "year", pl.Int16)
    frame = cast_column(frame, name, "value", pl.Float64)
    check_required(frame, name, ["kpi_id", "area_id", "year", "gender"])
    check(frame, name, "area_id", ~pl.col("area_id").str.contains(AREA_ID_PATTERN), "not 4 digits")
    check(frame, name, "gender", ~pl.col("gender").is_in(GENDERS), "gender must be T, K or M")
    low, high = YEAR_RANGE
    check(frame, name, "year", ~pl.col("year").is_between(low, high), "year out of range")
    check(
        frame,
        name,
        "value",
        pl.col("value").is_nan() | pl.col("value").is_infinite(),
        "not a number",
    )
    check_unique(frame, name, ["kpi_id", "area_id", "year", "gender"])
    return frame.select("kpi_id", "area_id", "year", "gender", "value")


def check_values_known(
    values: pl.DataFrame, file: str, kpi_ids: Iterable[str], area_ids: Iterable[str]
) -> None:
    check_known(values, file, "kpi_id", kpi_ids, "KPI")
    check_known(values, file, "area_id", area_ids, "area")


@dataclass(frozen=True)
class Bundle:
    """Everything in a bundle, read and checked, ready to be written anywhere."""

    path: Path
    municipalities: pl.DataFrame
    municipality_groups: pl.DataFrame
    group_members: pl.DataFrame
    skr_kommungrupper: pl.DataFrame
    kpis: pl.DataFrame
    kpi_groups: pl.DataFrame
    kpi_group_members: pl.DataFrame
    agenda2030_kpis: pl.DataFrame
    values: pl.DataFrame
    all_kpis: bool

    def counts(self) -> dict[str, int]:
        areas = self.municipalities
        return {
            "kommuner": areas.filter(pl.col("type") == "K").height,
            "regioner": areas.filter(
                (pl.col("type") == "L") & (pl.col("area_id") != RIKET_ID)
            ).height,
            "areas": areas.height,
            "municipality_groups": self.municipality_groups.height,
            "municipality_group_members": self.group_members.height,
            "skr_kommungrupper": self.skr_kommungrupper.height,
            "kpis": self.kpis.filter(~pl.col("retired")).height,
            "retired_kpis": self.kpis.filter(pl.col("retired")).height,
            "kpi_groups": self.kpi_groups.height,
            "kpi_group_members": self.kpi_group_members.height,
            "agenda2030_kpis": self.agenda2030_kpis.height,
            "values": self.values.height,
            "missing_values": self.values["value"].null_count(),
        }


def with_extra_kpis(bundle_dir: Path, values: pl.DataFrame, extra_kpis) -> pl.DataFrame:
    """``values`` plus every value of ``extra_kpis`` in the all-KPIs file, if the bundle has it.

    The Agenda 2030 file holds kommun values of Kolada's Agenda 2030 set; the
    other KPIs Styra curates (e.g. for regions) are only in the all-KPIs file.
    """
    if not extra_kpis or locate(bundle_dir, layout.VALUES_ALL) is None:
        return values
    wanted = pl.Series(sorted(set(extra_kpis)), dtype=pl.Utf8).implode()
    extra = read_values(bundle_dir, all_kpis=True).filter(pl.col("kpi_id").is_in(wanted))
    key = ["kpi_id", "area_id", "year", "gender"]
    return pl.concat([values, extra.select(values.columns)]).unique(key, keep="first")


def read_bundle(
    bundle_dir: Path, all_kpis: bool = False, extra_kpis: Iterable[str] | None = None
) -> Bundle:
    """Read and cross-check a whole bundle; raises :class:`BundleError` on the first fault.

    ``extra_kpis`` adds those KPIs' values from the all-KPIs file to the
    Agenda 2030 values (ignored with ``all_kpis``, which has them all).
    """
    bundle_dir = Path(bundle_dir)
    if not bundle_dir.is_dir():
        raise BundleError(str(bundle_dir), "bundle directory does not exist")
    areas = read_municipalities(bundle_dir)
    area_ids = areas["area_id"]
    groups = read_municipality_groups(bundle_dir)
    members = read_group_members(bundle_dir)
    members_name = file_name(bundle_dir, layout.MUNICIPALITY_GROUP_MEMBERS)
    check_known(members, members_name, "group_id", groups["group_id"], "group")
    # Kolada groups may list members outside the 312 areas (e.g. old kommuner): keep known ones.
    members = members.filter(pl.col("area_id").is_in(area_ids.implode()))
    skr = read_skr_kommungrupper(bundle_dir)
    check_known(skr, file_name(bundle_dir, layout.SKR_KOMMUNGRUPPER), "area_id", area_ids, "area")
    kpis = read_kpis(bundle_dir)
    kpi_groups = read_kpi_groups(bundle_dir)
    kpi_members = read_kpi_group_members(bundle_dir)
    kpi_members = kpi_members.filter(
        pl.col("kpi_id").is_in(kpis["kpi_id"].implode())
        & pl.col("group_id").is_in(kpi_groups["group_id"].implode())
    )
    values = read_values(bundle_dir, all_kpis=all_kpis)
    if not all_kpis:
        values = with_extra_kpis(bundle_dir, values, extra_kpis)
    values_spec = layout.VALUES_ALL if all_kpis else layout.VALUES_AGENDA2030
    check_values_known(values, file_name(bundle_dir, values_spec), kpis["kpi_id"], area_ids)
    return Bundle(
        path=bundle_dir,
        municipalities=areas,
        municipality_groups=groups,
        group_members=members,
        skr_kommungrupper=skr,
        kpis=kpis,
        kpi_groups=kpi_groups,
        kpi_group_members=kpi_members,
        agenda2030_kpis=read_agenda2030_kpis(bundle_dir),
        values=values,
        all_kpis=all_kpis,
    )
