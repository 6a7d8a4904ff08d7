"""Fetch a fresh Kolada bundle from the live API and write it atomically.

``sync_bundle`` asks Kolada (through :class:`~styra.kolada.client.KoladaClient`)
for the catalogs and the values, shapes them into the bundle layout of
:mod:`styra.kolada.layout` (the first, canonical file names) and writes them
into a temporary directory beside ``out_dir``, which replaces ``out_dir`` only
when everything succeeded. The core never reads the clock: the caller passes
the time the sync started, which goes into ``manifest.json``.
"""

import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import polars as pl

from styra import __version__
from styra.kolada import ATTRIBUTION_LONG, layout
from styra.kolada.client import Group, KoladaClient, Kpi, Municipality

KPI_ID_PATTERN = re.compile(r"^[A-Z]\d{5}$")
MANIFEST = "manifest.json"
RIKET_ID = "0000"
# Kolada's titles of the SKR kommungrupp groups (without " (ovägt medel)") -> SKR code.
SKR_CODES = {
    "Storstäder": "A1",
    "Pendlingskommun nära storstad": "A2",
    "Större stad": "B3",
    "Pendlingskommun nära större stad": "B4",
    "Lågpendlingskommun nära större stad": "B5",
    "Mindre stad/tätort": "C6",
    "Pendlingskommun nära mindre tätort": "C7",
    "Landsbygdskommun ej nära större stad": "C8",
    "Landsbygdskommun med besöksnäring": "C9",
}
# SKR's own names of the groups, as in the reference bundle.
SKR_NAMES = {code: title for title, code in SKR_CODES.items()} | {"C8": "Landsbygdskommun"}
KPI_COLUMNS = (
    "id",
    "title",
    "description",
    "is_divided_by_gender",
    "municipality_type",
    "auspice",
    "operating_area",
    "perspective",
    "prel_publication_date",
    "publication_date",
    "publ_period",
    "has_ou_data",
)

Progress = Callable[[str], None]
ChunkProgress = Callable[[int, int, int], None]  # (chunks done, chunks in all, values so far)


class SyncError(RuntimeError):
    """The sync was asked for something it cannot do (unknown KPI, unsafe target)."""


def parse_kpi_selection(text: str) -> str | list[str]:
    """``agenda2030``, ``all`` or a comma-separated list of KPI ids (e.g. ``N00401,U01405``)."""
    text = text.strip()
    if text in ("agenda2030", "all"):
        return text
    ids = [part.strip().upper() for part in text.split(",") if part.strip()]
    bad = [kpi_id for kpi_id in ids if not KPI_ID_PATTERN.match(kpi_id)]
    if not ids or bad:
        shown = ", ".join(bad) or repr(text)
        raise SyncError(f"not 'agenda2030', 'all' or KPI ids like N00401: {shown}")
    return list(dict.fromkeys(ids))


def parse_years(text: str) -> list[int]:
    """``2015-2022``, ``2020`` or ``2015,2018,2020`` as a sorted list of years."""
    years: set[int] = set()
    for part in text.split(","):
        match = re.fullmatch(r"\s*(\d{4})\s*(?:-\s*(\d{4})\s*)?", part)
        if not match:
            raise SyncError(f"years must look like 2015-2022 or 2015,2020 (got {part.strip()!r})")
        first, last = int(match[1]), int(match[2] or match[1])
        if first > last or first < 1900 or last > 2100:
            raise SyncError(f"not a year range: {part.strip()!r}")
        years.update(range(first, last + 1))
    return sorted(years)


# --- shaping the catalogs into bundle tables ---------------------------------------------


def municipalities_frame(areas: Sequence[Municipality]) -> pl.DataFrame:
    """``id, title, type, region_id, region_title``; a kommun's region is ``00`` + its län."""
    titles = {area.id: area.title for area in areas if area.type == "L"}
    rows = []
    for area in sorted(areas, key=lambda area: area.id):
        region = f"00{area.id[:2]}" if area.type == "K" else None
        if region not in titles or region == RIKET_ID:
            region = None
        rows.append((area.id, area.title, area.type, region, titles.get(region or "")))
    return pl.DataFrame(
        rows, schema=["id", "title", "type", "region_id", "region_title"], orient="row"
    )


def municipality_groups_frames(groups: Sequence[Group]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """``group_id, title, n_members`` and ``group_id, member_id, member_title``."""
    table = pl.DataFrame(
        [(group.id, group.title, len(group.members)) for group in groups],
        schema={"group_id": pl.Utf8, "title": pl.Utf8, "n_members": pl.Int64},
        orient="row",
    )
    members = pl.DataFrame(
        [(group.id, m.member_id, m.member_title) for group in groups for m in group.members],
        schema=dict.fromkeys(["group_id", "member_id", "member_title"], pl.Utf8),
        orient="row",
    )
    return table, members


def kpi_groups_frames(groups: Sequence[Group]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """``group_id, title, parent_group_id`` (Kolada's API gives no parent) and members."""
    table = pl.DataFrame(
        [(group.id, group.title, None) for group in groups],
        schema=dict.fromkeys(["group_id", "title", "parent_group_id"], pl.Utf8),
        orient="row",
    )
    members = pl.DataFrame(
        [(group.id, m.member_id, group.title) for group in groups for m in group.members],
        schema=dict.fromkeys(["group_id", "kpi_id", "group_title"], pl.Utf8),
        orient="row",
    )
    return table, members


def skr_code(title: str) -> str | None:
    name = title.removesuffix(" (ovägt medel)").replace(",", "").strip()
    return SKR_CODES.get(name)


def skr_frame(groups: Sequence[Group], areas: Sequence[Municipality]) -> pl.DataFrame:
    """Every kommun in an SKR kommungrupp group, with its code A1 … C9."""
    names = {area.id: area.title for area in areas}
    rows = []
    wanted = {group_id.upper() for group_id in layout.SKR_GROUP_IDS}
    for group in groups:
        if group.id.upper() not in wanted:
            continue
        code = skr_code(group.title)
        if code is None:
            raise SyncError(f"SKR group {group.id} has a title Styra does not know: {group.title}")
        for member in group.members:
            title = names.get(member.member_id, member.member_title)
            rows.append((member.member_id, title, code, SKR_NAMES[code], group.id, group.title))
    columns = ["municipality_id", "municipality", "skr_code", "kommungrupp", "group_id"]
    return pl.DataFrame(rows, schema=[*columns, "kolada_group_title"], orient="row").sort(
        "municipality_id"
    )


def kpis_frame(kpis: Sequence[Kpi]) -> pl.DataFrame:
    """The KPI catalog in the reference columns (``auspice``; booleans written True/False)."""
    rows = [
        (
            kpi.id,
            kpi.title,
            kpi.description,
            str(kpi.is_divided_by_gender),
            kpi.municipality_type,
            kpi.auspices,
            kpi.operating_area,
            kpi.perspective,
            kpi.prel_publication_date or None,
            kpi.publication_date or None,
            kpi.publ_period or None,
            str(kpi.has_ou_data),
        )
        for kpi in sorted(kpis, key=lambda kpi: kpi.id)
    ]
    return pl.DataFrame(rows, schema=dict.fromkeys(KPI_COLUMNS, pl.Utf8), orient="row")


def agenda2030_frame(kpis: pl.DataFrame, kpi_members: pl.DataFrame) -> pl.DataFrame:
    """KPIs of type K or A in Kolada's Agenda 2030 groups, with a True/False flag per group."""
    flags = []
    for group_id in layout.AGENDA2030_GROUP_IDS:
        members = kpi_members.filter(pl.col("group_id").str.to_uppercase() == group_id)
        flags.append(pl.col("id").is_in(members["kpi_id"].unique().implode()).alias(group_id))
    frame = kpis.select("id", "title", "municipality_type", "operating_area", *flags)
    frame = frame.filter(
        pl.any_horizontal(layout.AGENDA2030_GROUP_IDS)
        & pl.col("municipality_type").is_in(["K", "A"])
    )
    return frame.select(
        "id",
        "title",
        "municipality_type",
        "operating_area",
        *(
            pl.col(group_id).cast(pl.Utf8).str.to_titlecase().alias(f"in_{group_id}")
            for group_id in layout.AGENDA2030_GROUP_IDS
        ),
    )


# --- the sync ---------------------------------------------------------------------------


def sync_bundle(
    client: KoladaClient,
    out_dir: Path,
    kpis: str | Sequence[str] = "agenda2030",
    years: Sequence[int] | None = None,
    *,
    synced_at: str | None = None,
    progress: Progress | None = None,
    on_chunk: ChunkProgress | None = None,
) -> dict:
    """Fetch a whole bundle into ``out_dir``, atomically; returns the manifest.

    ``kpis`` is ``"agenda2030"`` (the default), ``"all"`` (every KPI in the
    catalog, also written to ``values_all_kpis.parquet``) or a list of KPI ids
    (their values; ``values_agenda2030.parquet`` holds those in the Agenda 2030
    set, ``values_all_kpis.parquet`` all of them). ``years`` limits the years;
    None fetches every year Kolada has. The catalogs are always complete.
    ``progress`` gets a line of text at each step; ``on_chunk``, when given, gets
    each chunk of values instead (e.g. for a progress bar).
    """
    out_dir = Path(out_dir)
    check_replaceable(out_dir)
    say = progress or (lambda message: None)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.sync-", dir=out_dir.parent))
    try:
        tables = fetch_tables(client, kpis, years, say, on_chunk)
        counts = write_tables(work, tables)
        manifest = {
            "source": client.base_url,
            "styra_version": __version__,
            "synced_at": synced_at,
            "kpis": kpis if isinstance(kpis, str) else list(kpis),
            "years": list(years) if years else None,
            "requests": client.requests_made,
            "files": counts,
            "attribution": ATTRIBUTION_LONG,
            "licence": "CC BY 4.0",
        }
        (work / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
        os.chmod(work, 0o755)
        replace_directory(work, out_dir)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    say(f"Wrote {out_dir} ({counts[layout.VALUES_AGENDA2030.names[0]]} Agenda 2030 values)")
    return manifest


def fetch_tables(
    client: KoladaClient,
    kpis: str | Sequence[str],
    years: Sequence[int] | None,
    say: Progress,
    on_chunk: ChunkProgress | None = None,
) -> dict[str, pl.DataFrame]:
    """Every bundle file's table, by file name (catalogs first, then values)."""
    say(f"Fetching the catalogs from {client.base_url} …")
    areas = client.fetch_municipalities()
    area_groups = client.fetch_municipality_groups()
    catalog = client.fetch_kpis()
    kpi_groups = client.fetch_kpi_groups()
    say(
        f"  {len(areas)} areas, {len(area_groups)} area groups, "
        f"{len(catalog)} KPIs, {len(kpi_groups)} KPI groups"
    )
    tables: dict[str, pl.DataFrame] = {}
    tables["municipalities.csv"] = municipalities_frame(areas)
    groups, members = municipality_groups_frames(area_groups)
    tables["municipality_groups.csv"] = groups
    tables["municipality_group_members.csv"] = members
    tables["skr_kommungrupper.csv"] = skr_frame(area_groups, areas)
    kpi_table = kpis_frame(catalog)
    tables["kpi_metadata.csv"] = kpi_table
    kpi_group_table, kpi_members = kpi_groups_frames(kpi_groups)
    tables["kpi_groups.csv"] = kpi_group_table
    tables["kpi_group_members.csv"] = kpi_members
    agenda = agenda2030_frame(kpi_table, kpi_members)
    tables["agenda2030_kpis_kommun.csv"] = agenda
    wanted = select_kpis(kpis, kpi_table["id"].to_list(), agenda["id"].to_list())
    area_ids = [area.id for area in areas]
    values = fetch_values(client, wanted, area_ids, years, say, on_chunk)
    agenda_ids = agenda["id"].implode()
    tables["values_agenda2030.parquet"] = values.filter(pl.col("kpi").is_in(agenda_ids))
    if kpis != "agenda2030":
        tables["values_all_kpis.parquet"] = values
    return tables


def select_kpis(kpis: str | Sequence[str], catalog: list[str], agenda: list[str]) -> list[str]:
    if kpis == "agenda2030":
        return agenda
    if kpis == "all":
        return catalog
    if isinstance(kpis, str):
        raise SyncError(f"kpis must be 'agenda2030', 'all' or a list of KPI ids, not {kpis!r}")
    known = set(catalog)
    unknown = [kpi_id for kpi_id in kpis if kpi_id not in known]
    if unknown:
        raise SyncError(f"not in Kolada's KPI catalog: {', '.join(unknown)}")
    return list(kpis)


def fetch_values(
    client: KoladaClient,
    kpi_ids: list[str],
    area_ids: list[str],
    years: Sequence[int] | None,
    say: Progress,
    on_chunk: ChunkProgress | None = None,
) -> pl.DataFrame:
    """Values of ``kpi_ids`` for every area (and every year unless ``years``), known areas only."""
    say(f"Fetching values of {len(kpi_ids)} KPIs …")

    def report(done: int, total: int, rows: int) -> None:
        say(f"  chunk {done}/{total}: {rows} values")

    values = client.fetch_values(
        kpi_ids,
        municipality_ids=None if years else area_ids,
        years=years,
        progress=on_chunk or report,
    )
    # By year Kolada may also answer for municipality groups: keep the 312 areas.
    return values.filter(pl.col("municipality_id").is_in(pl.Series(area_ids).implode()))


def write_tables(directory: Path, tables: dict[str, pl.DataFrame]) -> dict[str, int]:
    """Write each table by its file name; returns the row count per file."""
    for name, frame in tables.items():
        if name.endswith(".parquet"):
            frame.write_parquet(directory / name, compression="zstd")
        else:
            frame.write_csv(directory / name)
    return {name: frame.height for name, frame in tables.items()}


# --- atomic replacement -----------------------------------------------------------------


def check_replaceable(out_dir: Path) -> None:
    """Refuse to replace anything but an empty directory or an earlier bundle."""
    if not out_dir.exists():
        return
    if not out_dir.is_dir():
        raise SyncError(f"{out_dir} exists and is not a directory")
    entries = {entry.name for entry in out_dir.iterdir()}
    if entries and not entries & {MANIFEST, layout.MUNICIPALITIES.names[0]}:
        raise SyncError(f"{out_dir} is not empty and not a Kolada bundle: refusing to replace it")


def replace_directory(new: Path, target: Path) -> None:
    """Move ``new`` to ``target``; an existing ``target`` is kept until the move succeeded."""
    if not target.exists():
        new.rename(target)
        return
    backup = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
    backup.rmdir()
    target.rename(backup)
    try:
        new.rename(target)
    except BaseException:
        backup.rename(target)
        raise
    shutil.rmtree(backup, ignore_errors=True)
