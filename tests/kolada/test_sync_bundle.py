"""``sync_bundle`` writes a bundle the reader accepts, with the source's values."""

import json

import polars as pl
from polars.testing import assert_frame_equal

from styra import __version__
from styra.kolada import layout
from styra.kolada.bundle import read_bundle
from styra.kolada.sync import sync_bundle
from tests.kolada.fake_kolada import AGENDA_KPIS, KOLADA_DATA, REGION_KPI

SYNCED_AT = "2026-03-01T12:00:00+00:00"


def test_agenda2030_sync_gives_the_source_values(fake_kolada, make_client, tmp_path):
    out = tmp_path / "bundle"
    messages = []

    manifest = sync_bundle(make_client(), out, synced_at=SYNCED_AT, progress=messages.append)

    assert sorted(path.name for path in out.iterdir()) == sorted(
        [spec.names[0] for spec in layout.ALL_FILES if spec.required]
        + ["kpi_groups.csv", "kpi_group_members.csv", "manifest.json"]
    )
    values = pl.read_parquet(out / "values_agenda2030.parquet")
    source = fake_kolada.source.values
    assert_frame_equal(values, source.filter(pl.col("kpi").is_in(AGENDA_KPIS)))
    assert values["value"].null_count() == 3
    assert manifest["synced_at"] == SYNCED_AT and manifest["styra_version"] == __version__
    assert manifest["files"]["values_agenda2030.parquet"] == values.height
    assert json.loads((out / "manifest.json").read_text()) == manifest
    assert any("chunk" in message for message in messages)

    bundle = read_bundle(out)  # the lead's reader accepts what the sync wrote
    assert bundle.values.height == values.height
    assert bundle.counts()["kommuner"] == 11 and bundle.counts()["regioner"] == 9


def test_catalogs_are_shaped_like_the_reference_bundle(fake_kolada, make_client, tmp_path):
    out = tmp_path / "bundle"
    sync_bundle(make_client(), out)

    def csv(name):
        return pl.read_csv(out / name, infer_schema_length=0)

    areas = csv("municipalities.csv")
    assert areas.columns == ["id", "title", "type", "region_id", "region_title"]
    by_id = {row["id"]: row for row in areas.iter_rows(named=True)}
    assert (by_id["0180"]["region_id"], by_id["0180"]["region_title"]) == (
        "0001",
        "Region Stockholm",
    )
    assert by_id["0980"]["region_id"] == "0009"
    assert by_id["0000"]["region_id"] is None and by_id["0001"]["region_id"] is None

    skr = csv("skr_kommungrupper.csv")
    codes = dict(skr.select("municipality_id", "skr_code").iter_rows())
    assert codes == {
        "0114": "A2", "0180": "A1", "0380": "B3", "0662": "C8", "0684": "C7", "0885": "C9",
        "0980": "C6", "1280": "A1", "1480": "A1", "2480": "B3", "2584": "C6",
    }  # fmt: skip
    reference = pl.read_csv(KOLADA_DATA / "skr_kommungrupper.csv", infer_schema_length=0)
    assert_frame_equal(skr, reference.filter(pl.col("municipality_id").is_in(list(codes))))

    kpis = csv("kpi_metadata.csv")
    reference_kpis = pl.read_csv(
        KOLADA_DATA / "kpi_metadata_2026_rkolada.csv", infer_schema_length=0
    )
    assert kpis.columns == reference_kpis.columns
    assert_frame_equal(kpis, reference_kpis.filter(pl.col("id").is_in(kpis["id"].implode())))

    agenda = csv("agenda2030_kpis_kommun.csv")
    assert sorted(agenda["id"]) == sorted(AGENDA_KPIS)  # the L-only member is left out
    assert REGION_KPI not in agenda["id"].to_list()
    assert set(agenda["in_G2KPI130255"]) <= {"True", "False"}
    members = csv("municipality_group_members.csv")
    assert members.columns == ["group_id", "member_id", "member_title"]
    assert csv("municipality_groups.csv").columns == ["group_id", "title", "n_members"]


def test_all_kpis_also_writes_every_value(fake_kolada, make_client, tmp_path):
    out = tmp_path / "bundle"

    manifest = sync_bundle(make_client(), out, kpis="all")

    assert_frame_equal(pl.read_parquet(out / "values_all_kpis.parquet"), fake_kolada.source.values)
    assert manifest["kpis"] == "all"
    assert read_bundle(out, all_kpis=True).values.height == fake_kolada.source.values.height


def test_a_list_of_kpis_and_years(fake_kolada, make_client, tmp_path):
    out = tmp_path / "bundle"

    sync_bundle(make_client(), out, kpis=["N00401", "N01951"], years=[2019, 2020])

    every = pl.read_parquet(out / "values_all_kpis.parquet")
    expected = fake_kolada.source.values.filter(
        pl.col("kpi").is_in(["N00401", "N01951"]) & pl.col("year").is_in([2019, 2020])
    )
    assert_frame_equal(every, expected)
    agenda = pl.read_parquet(out / "values_agenda2030.parquet")
    assert agenda["kpi"].unique().to_list() == ["N00401"]
    assert all("/year/2019,2020" in path for path in fake_kolada.data_requests())
