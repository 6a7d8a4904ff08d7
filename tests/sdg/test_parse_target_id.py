"""Target ids are parsed from the dotted and the URL dash form; garbage is refused."""

import pytest

from styra.sdg import UnknownSdgId, load_catalog, parse_target_id, targets_of_goal


@pytest.mark.parametrize(
    ("text", "expected"),
    [("11.1", "11.1"), ("11-1", "11.1"), ("1.a", "1.a"), ("1-a", "1.a"), ("17.19", "17.19"),
     (" 8.10 ", "8.10"), ("16-b", "16.b")],
)  # fmt: skip
def test_accepts_dotted_and_dash_forms(text, expected):
    assert parse_target_id(text) == expected


@pytest.mark.parametrize("text", ["", "11", "11.", "x.1", "18.1", "0.1", "11.1.1", "11_1", "1.A"])
def test_rejects_garbage_naming_the_input(text):
    with pytest.raises(ValueError, match=repr(text).replace(".", r"\.")):
        parse_target_id(text)


def test_unknown_ids_raise_a_key_error_with_a_clear_message():
    catalog = load_catalog()
    with pytest.raises(UnknownSdgId, match="no SDG target '11.99'"):
        catalog.target("11.99")
    with pytest.raises(KeyError):
        catalog.target("not-a-target")
    with pytest.raises(UnknownSdgId, match="no SDG goal 18"):
        catalog.goal(18)
    with pytest.raises(UnknownSdgId):
        targets_of_goal(0)


def test_lookup_accepts_the_dash_form():
    assert load_catalog().target("11-6").target_id == "11.6"
    assert [ind.indicator_id for ind in load_catalog().indicators_of_target("11-6")] == [
        "11.6.1", "11.6.2"
    ]  # fmt: skip


def test_catalog_is_loaded_once():
    assert load_catalog() is load_catalog()
