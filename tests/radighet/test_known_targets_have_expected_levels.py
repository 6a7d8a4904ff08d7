"""Targets whose Swedish mandate is beyond doubt carry the level the law gives them."""

import pytest

from styra.radighet import default_level, default_rationale


@pytest.mark.parametrize(
    ("target_id", "kommun", "region"),
    [
        ("4.1", 3, None),  # skollagen: kommunen is huvudman for grundskola and gymnasieskola
        ("4.2", 3, None),  # skollagen: förskola
        ("3.8", None, 3),  # HSL: the region is huvudman for hälso- och sjukvård
        ("3.1", None, 3),  # mödrahälsovård and förlossningsvård
        ("11.3", 3, None),  # PBL's planmonopol
        ("11.1", 3, None),  # bostadsförsörjningsansvar
        ("6.1", 3, None),  # vattentjänstlagen
        ("12.5", 3, None),  # kommunalt avfallsansvar and avfallsplan
        ("11.2", None, 3),  # regional kollektivtrafikmyndighet
        ("11.a", None, 3),  # regionalt utvecklingsansvar
        ("12.7", 3, 3),  # both decide their own procurement
        ("14.6", 0, 0),  # fisheries subsidies: EU and WTO
        ("17.2", 0, 0),  # official development assistance: riksdag and regering
        ("17.10", 0, 0),  # trade policy: EU
    ],
)
def test_known_levels(target_id, kommun, region):
    if kommun is not None:
        assert default_level(target_id, "K") == kommun
    if region is not None:
        assert default_level(target_id, "L") == region


def test_the_region_has_little_mandate_over_school_and_the_kommun_over_care():
    assert default_level("4.1", "L") <= 1
    assert default_level("3.8", "K") < default_level("3.8", "L")


def test_rationale_names_the_law_or_role_behind_the_level():
    assert "skollagen" in default_rationale("4.1", "K")
    assert "Planmonopolet" in default_rationale("11.3", "K")
    assert "huvudman" in default_rationale("3.8", "L")


def test_url_form_and_unknown_ids():
    from styra.sdg import UnknownSdgId

    assert default_level("11-3", "K") == 3
    with pytest.raises(UnknownSdgId, match="11.99"):
        default_level("11.99", "K")
    with pytest.raises(ValueError, match="area type"):
        default_level("11.3", "A")
