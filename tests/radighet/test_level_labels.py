"""Each level has a Swedish and an English label."""

import pytest

from styra.radighet import LEVELS, level_label


def test_swedish_labels():
    assert [level_label(level) for level in LEVELS] == [
        "Ingen rådighet",
        "Kan påverka",
        "Äger, köper eller planerar",
        "Eget ansvar (lagkrav, egen verksamhet)",
    ]


def test_english_labels():
    assert level_label(3, "en") == "Own responsibility (legal duty, own operations)"
    assert level_label(0, "en") == "No mandate"


@pytest.mark.parametrize(("level", "language"), [(4, "sv"), (1, "de")])
def test_unknown_level_or_language(level, language):
    with pytest.raises(ValueError):
        level_label(level, language)
