"""What a typed query searches for: words, no stop words, no symbols, within limits."""

from styra.search import MAX_QUERY_CHARS, MAX_TERMS, parse_query


def words(text: str) -> list[str]:
    return [term.word for term in parse_query(text).terms]


def test_words_are_lower_cased_once_each_without_stop_words():
    assert words("Klimat och utsläpp, KLIMAT!") == ["klimat", "utsläpp"]


def test_only_stop_words_are_searched_for_themselves():
    assert words("och") == ["och"]


def test_symbols_and_single_letters_give_no_terms():
    assert words("!!! ?? -- x") == []
    assert words("") == []


def test_a_single_digit_is_a_term():
    assert words("mål 5") == ["mål", "5"]


def test_a_long_query_is_cut_and_says_so():
    query = parse_query("a" * (MAX_QUERY_CHARS + 50))
    assert query.cut and len(query.text) == MAX_QUERY_CHARS
    many = parse_query(" ".join(f"ord{n}" for n in range(MAX_TERMS + 5)))
    assert many.cut and len(many.terms) == MAX_TERMS
    assert not parse_query("klimat utsläpp").cut
