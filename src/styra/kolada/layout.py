"""The Kolada bundle layout: which file holds what, and its columns.

A bundle is a directory. ``styra kolada sync`` writes the canonical names
(first in each tuple); the reference bundle in ``../shared/data/kolada`` uses
the later, dated names, which the reader accepts too.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class BundleFile:
    key: str
    names: tuple[str, ...]
    columns: tuple[str, ...]
    required: bool = True


MUNICIPALITIES = BundleFile(
    "municipalities", ("municipalities.csv",), ("id", "title", "type", "region_id")
)
MUNICIPALITY_GROUPS = BundleFile(
    "municipality_groups", ("municipality_groups.csv",), ("group_id", "title")
)
MUNICIPALITY_GROUP_MEMBERS = BundleFile(
    "municipality_group_members", ("municipality_group_members.csv",), ("group_id", "member_id")
)
SKR_KOMMUNGRUPPER = BundleFile(
    "skr_kommungrupper",
    ("skr_kommungrupper.csv",),
    ("municipality_id", "skr_code", "kommungrupp", "group_id"),
)
KPIS = BundleFile(
    "kpis",
    ("kpi_metadata.csv", "kpi_metadata_2026_rkolada.csv"),
    ("id", "title", "description", "is_divided_by_gender", "municipality_type", "operating_area"),
)
# KPIs no longer in the current catalog but with historical values (optional).
RETIRED_KPIS = BundleFile(
    "retired_kpis",
    ("kpi_metadata_retired.csv", "kpi_metadata_2024_ddf.csv"),
    ("id", "title", "municipality_type"),
    required=False,
)
KPI_GROUPS = BundleFile(
    "kpi_groups", ("kpi_groups.csv", "kpi_groups_2024.csv"), ("group_id", "title"), required=False
)
KPI_GROUP_MEMBERS = BundleFile(
    "kpi_group_members",
    ("kpi_group_members.csv", "kpi_group_members_2024.csv"),
    ("group_id", "kpi_id"),
    required=False,
)
AGENDA2030_KPIS = BundleFile(
    "agenda2030_kpis", ("agenda2030_kpis_kommun.csv",), ("id", "title", "municipality_type")
)
VALUES_AGENDA2030 = BundleFile(
    "values_agenda2030",
    (
        "values_agenda2030.parquet",
        "values_agenda2030.csv.gz",
        "values_agenda2030_kommun_1994_2022.csv.gz",
    ),
    ("kpi", "municipality_id", "year", "gender", "value"),
)
VALUES_ALL = BundleFile(
    "values_all",
    ("values_all_kpis.parquet", "values_all_kpis_1994_2022.parquet"),
    ("kpi", "municipality_id", "year", "gender", "value"),
    required=False,
)

ALL_FILES = (
    MUNICIPALITIES,
    MUNICIPALITY_GROUPS,
    MUNICIPALITY_GROUP_MEMBERS,
    SKR_KOMMUNGRUPPER,
    KPIS,
    RETIRED_KPIS,
    KPI_GROUPS,
    KPI_GROUP_MEMBERS,
    AGENDA2030_KPIS,
    VALUES_AGENDA2030,
    VALUES_ALL,
)

# The two Kolada KPI groups that make up the Agenda 2030 set for kommuner.
AGENDA2030_GROUP_IDS = ("G2KPI130255", "G2KPI196561")
# The Kolada groups of SKR's kommungrupper (A1 … C9).
SKR_GROUP_IDS = tuple(f"G9278{i}" for i in range(6, 10)) + tuple(f"G9279{i}" for i in range(0, 5))
