"""Reference sets: the areas an area is compared with in M1 and M10.

A reference set is a label and a list of area ids. The area analysed is always
part of its own reference set (M1 ranks it among the others). How many of the
areas have a value is counted per KPI and year, never assumed.
"""

from dataclasses import dataclass

import polars as pl

from styra.analysis.settings import RIKET_ID

ALL, KOMMUNGRUPP, GROUP, NETWORK, LIST = "all", "kommungrupp", "group", "network", "list"
TYPE_LABELS = {"K": "alla kommuner", "L": "alla regioner"}


class UnknownIdError(ValueError):
    """An area, group, KPI or year the data does not know."""


@dataclass(frozen=True)
class ReferenceSet:
    """Which areas to compare with: ``kind`` (all/kommungrupp/group/network/list), a label."""

    kind: str
    label: str
    area_ids: tuple[str, ...]

    def including(self, area_id: str) -> "ReferenceSet":
        """The same set with ``area_id`` added if it is not a member."""
        if area_id in self.area_ids:
            return self
        return ReferenceSet(self.kind, self.label, (*self.area_ids, area_id))

    def membership(self, key: str = "ref") -> pl.DataFrame:
        """``ref_key, area_id`` rows, the form the batch functions join on."""
        ids = list(dict.fromkeys(self.area_ids))
        return pl.DataFrame({"ref_key": [key] * len(ids), "area_id": ids}, schema=MEMBERSHIP)


MEMBERSHIP = {"ref_key": pl.Utf8, "area_id": pl.Utf8}


def area_type(areas: pl.DataFrame, area_id: str) -> str:
    """``K`` for a kommun, ``L`` for a region; ``UnknownIdError`` for anything else."""
    found = areas.filter(pl.col("area_id") == area_id)
    if found.is_empty() or area_id == RIKET_ID:
        raise UnknownIdError(f"unknown area {area_id!r} (expected a kommun or region id)")
    return found["type"][0]


def area_ids_of_type(areas: pl.DataFrame, kind: str) -> tuple[str, ...]:
    """The kommuner (``K``) or regions (``L``, without Riket 0000), sorted."""
    chosen = areas.filter((pl.col("type") == kind) & (pl.col("area_id") != RIKET_ID))
    return tuple(sorted(chosen["area_id"]))


def all_of_type(areas: pl.DataFrame, kind: str) -> ReferenceSet:
    """All kommuner or all regions (Riket excluded)."""
    return ReferenceSet(ALL, TYPE_LABELS[kind], area_ids_of_type(areas, kind))


def kommungrupp(skr: pl.DataFrame, area_id: str) -> ReferenceSet:
    """The area's SKR kommungrupp (``skr`` as read by ``read_skr_kommungrupper``)."""
    row = skr.filter(pl.col("area_id") == area_id)
    if row.is_empty():
        raise UnknownIdError(f"area {area_id!r} has no SKR kommungrupp")
    code, name = row["skr_code"][0], row["kommungrupp"][0]
    members = skr.filter(pl.col("skr_code") == code)["area_id"]
    return ReferenceSet(KOMMUNGRUPP, f"kommungrupp {code} {name}", tuple(sorted(members)))


def municipality_group(groups: pl.DataFrame, members: pl.DataFrame, group_id: str) -> ReferenceSet:
    """A Kolada municipality group, e.g. the area's "Liknande kommuner …" group."""
    row = groups.filter(pl.col("group_id") == group_id)
    if row.is_empty():
        raise UnknownIdError(f"unknown municipality group {group_id!r}")
    ids = members.filter(pl.col("group_id") == group_id)["area_id"]
    return ReferenceSet(GROUP, f"{row['title'][0]} ({group_id})", tuple(sorted(ids)))


def network(label: str, area_ids: tuple[str, ...] | list[str]) -> ReferenceSet:
    """The members of a Styra network."""
    return ReferenceSet(NETWORK, label, tuple(area_ids))


def explicit(area_ids: tuple[str, ...] | list[str], label: str = "egen lista") -> ReferenceSet:
    """Any list of areas the user chose."""
    return ReferenceSet(LIST, label, tuple(area_ids))
