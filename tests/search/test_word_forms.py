"""A query word's forms: Snowball stem, one Swedish ending off, -el/-er with and without e."""

from styra.search import word_forms


def test_inflections_share_a_form():
    assert word_forms("förskolor") == ("förskol",)
    assert word_forms("förskolan") == ("förskol",)  # Snowball alone keeps "förskolan"
    assert word_forms("barnen") == ("barn",)


def test_el_and_er_words_get_the_form_without_and_with_e():
    assert word_forms("cykel") == ("cykl", "cykel")  # cyklar, cykelvägar
    assert word_forms("cyklar") == ("cykl", "cykel")
    assert word_forms("regler") == ("regl", "regel")


def test_short_words_lose_no_letters_to_an_ending():
    assert word_forms("barn") == ("barn",)  # not "bar"
    assert word_forms("pris") == ("pris",)  # not "pri"


def test_numbers_are_their_own_form():
    assert word_forms("2030") == ("2030",)


def test_english_forms_come_from_the_english_stemmer():
    assert word_forms("emissions", "en") == ("emiss",)
    assert word_forms("cycling", "en") == ("cycl",)
