"""A bad dimensions file is refused with the dimension and the field named."""

from importlib import resources

import pytest
import yaml

from styra.maturity import DimensionsFileError, load_dimensions, parse_dimensions

SHIPPED = resources.files("styra.maturity").joinpath("dimensions.yaml").read_text(encoding="utf-8")


def shipped() -> list[dict]:
    return yaml.safe_load(SHIPPED)


def dump(data) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def broken(position: int, change) -> str:
    data = shipped()
    change(data[position - 1])
    return dump(data)


def test_the_shipped_text_parses_from_text_and_from_a_path(tmp_path):
    assert parse_dimensions(SHIPPED) == load_dimensions()
    path = tmp_path / "mine.yaml"
    path.write_text(SHIPPED, encoding="utf-8")
    assert parse_dimensions(path) == parse_dimensions(str(path)) == load_dimensions()


@pytest.mark.parametrize(
    ("position", "change", "field", "message"),
    [
        (1, lambda d: d.update(id="Politik"), "id", "'Politik' is not an id"),
        (2, lambda d: d.pop("id"), "id", "None is not an id"),
        (3, lambda d: d.update(name_sv=""), "name_sv", "must be a non-empty text"),
        (4, lambda d: d.update(name_en=7), "name_en", "must be a non-empty text"),
        (5, lambda d: d.update(question_sv="Kompetens."), "question_sv", "ending with '?'"),
        (6, lambda d: d["levels"].pop(4), "levels", "exactly the levels 0–4"),
        (7, lambda d: d["levels"].update({5: "För mycket"}), "levels", "exactly the levels"),
        (1, lambda d: d["levels"].update({2: "  "}), "levels.2", "non-empty text"),
        (2, lambda d: d["levels"].update({0: "x" * 301}), "levels.0", "301 characters"),
        (3, lambda d: d["levels"].update({1: "två\nrader"}), "levels.1", "must be one line"),
        (4, lambda d: d.pop("suggestions"), "suggestions", "exactly the keys 'low' and"),
        (5, lambda d: d["suggestions"].update(high=["a", "b"]), "suggestions", "exactly the"),
        (6, lambda d: d["suggestions"].update(low=["bara en"]), "suggestions.low", "2–3"),
        (7, lambda d: d["suggestions"]["middle"].append(""), "suggestions.middle", "2–3"),
        (
            1,
            lambda d: d["suggestions"]["middle"].__setitem__(1, None),
            "suggestions.middle.2",
            "non-empty",
        ),
    ],
)
def test_bad_field_names_dimension_and_field(position, change, field, message):
    with pytest.raises(DimensionsFileError, match=message) as raised:
        parse_dimensions(broken(position, change))
    assert (raised.value.position, raised.value.field) == (position, field)
    assert str(raised.value).startswith(f"dimensions.yaml, dimension {position}")
    assert f'fält "{field}"' in str(raised.value)


def test_the_message_names_the_id_once_it_is_known():
    with pytest.raises(DimensionsFileError) as raised:
        parse_dimensions(broken(4, lambda d: d.update(name_sv="")))
    assert str(raised.value).startswith('dimensions.yaml, dimension 4 (follow_up), fält "name_sv"')


def test_an_unknown_field_is_named():
    with pytest.raises(DimensionsFileError, match=r"unknown fields: \['note'\]") as raised:
        parse_dimensions(broken(2, lambda d: d.update(note="x")))
    assert (raised.value.position, raised.value.field) == (2, None)


def test_a_duplicate_id_names_both_dimensions():
    data = shipped()
    data[5]["id"] = data[0]["id"]
    with pytest.raises(DimensionsFileError, match="political_decision is already dimension 1"):
        parse_dimensions(dump(data))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("id: x", "must be a list of dimensions"),
        ("- [", "is not valid YAML"),
        (dump(yaml.safe_load(SHIPPED)[:5]), "has 5 dimensions; 6–8 expected"),
        (dump(yaml.safe_load(SHIPPED) * 2), "has 14 dimensions"),
    ],
)
def test_a_bad_whole_file_is_refused(text, message):
    with pytest.raises(DimensionsFileError, match=message):
        parse_dimensions(text)


def test_an_entry_that_is_not_a_mapping_is_named():
    data = shipped()
    data[2] = "budget"
    with pytest.raises(DimensionsFileError, match="dimension 3: must be a mapping"):
        parse_dimensions(dump(data))
