"""A goal's short name: English when the language is English, Swedish otherwise."""

import pytest

from styra.sdg import load_catalog


@pytest.mark.parametrize("language", ["en", "en-gb", "en-us"])
def test_english(language):
    assert load_catalog().goal(13).short(language) == "Climate action"


@pytest.mark.parametrize("language", ["sv", "sv-se", "", None, "de"])
def test_swedish_otherwise(language):
    assert load_catalog().goal(13).short(language) == "Bekämpa klimatförändringen"
