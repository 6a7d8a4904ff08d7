"""The real bundle reads with the counts SOURCES.md gives."""

import pytest

from styra.kolada.bundle import read_bundle

pytestmark = pytest.mark.bundle


def test_agenda2030_subset(real_bundle):
    counts = read_bundle(real_bundle).counts()
    assert counts["kommuner"] == 290
    assert counts["regioner"] == 21
    assert counts["kpis"] == 6099
    assert counts["values"] == 520_794
    assert counts["skr_kommungrupper"] == 290


def test_all_kpis(real_bundle):
    bundle = read_bundle(real_bundle, all_kpis=True)
    assert bundle.values.height == 7_387_543
    assert bundle.values["kpi_id"].n_unique() == 1996
    # 43 KPIs with values are no longer in the 2026 catalog: kept as retired.
    assert bundle.counts()["retired_kpis"] == 43
