"""A typed list of targets: any of , ; and spaces between, each once, in the UN order."""

import pytest

from styra.sdg import UnknownSdgId, UnknownTargets, load_catalog


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11.6, 3-4; 11.1 3.4", ("3.4", "11.1", "11.6")),
        ("8.a,8.10 8.1", ("8.1", "8.10", "8.a")),
        ("  13.2  ", ("13.2",)),
        ("13.2,,;13.2", ("13.2",)),
        ("", ()),
        ("  ", ()),
        (None, ()),
    ],
)
def test_targets_each_once_in_un_order(text, expected):
    assert load_catalog().parse_target_list(text) == expected


def test_every_unknown_part_is_named_once_in_typed_order():
    with pytest.raises(UnknownTargets) as raised:
        load_catalog().parse_target_list("11.1, 18.1; tolv 18.1 4.99")
    assert raised.value.parts == ("18.1", "tolv", "4.99")
    assert str(raised.value) == "not SDG targets: 18.1, tolv, 4.99 (expected e.g. '11.1' or '1.a')"


def test_an_unknown_target_is_an_unknown_sdg_id():
    with pytest.raises(UnknownSdgId):
        load_catalog().parse_target_list("1.A")
