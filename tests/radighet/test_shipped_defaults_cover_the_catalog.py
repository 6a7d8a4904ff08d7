"""The shipped defaults give every SDG target exactly one level and rationale per area type."""

import csv
from collections import Counter
from importlib import resources

import pytest

from styra.radighet import COLUMNS, LEVELS, MAX_RATIONALE, load_defaults
from styra.sdg import load_catalog

CATALOG_IDS = [target.target_id for target in load_catalog().targets]


def shipped_rows() -> list[dict[str, str]]:
    text = resources.files("styra.radighet").joinpath("defaults.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def test_every_catalog_target_is_on_exactly_one_row():
    rows = shipped_rows()
    assert len(CATALOG_IDS) == 169
    assert [row["target_id"] for row in rows] == CATALOG_IDS  # once each, in catalog order
    assert tuple(rows[0]) == COLUMNS


def test_the_loaded_defaults_cover_all_169_targets():
    defaults = load_defaults()
    assert list(defaults) == CATALOG_IDS


@pytest.mark.parametrize("area_type", ["K", "L"])
def test_levels_are_on_the_scale_and_every_level_is_used(area_type):
    levels = Counter(mandate.level(area_type) for mandate in load_defaults().values())
    assert set(levels) == set(LEVELS)
    assert sum(levels.values()) == 169


@pytest.mark.parametrize("area_type", ["K", "L"])
def test_rationales_are_short_single_sentences(area_type):
    for mandate in load_defaults().values():
        rationale = mandate.rationale(area_type)
        assert 0 < len(rationale) <= MAX_RATIONALE, mandate.target_id
        assert rationale[0].isupper() and rationale.endswith("."), mandate.target_id


@pytest.mark.parametrize("column", ["kommun_rationale", "region_rationale"])
def test_no_rationale_is_copied_across_targets(column):
    repeated = [text for text, n in Counter(row[column] for row in shipped_rows()).items() if n > 1]
    assert repeated == []
