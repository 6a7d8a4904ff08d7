"""A hit marks the matching words; a long text becomes a snippet around the first match."""

from styra.search import TITLE, Document, Field, parse_query, search
from styra.search.match import SNIPPET_CHARS


def test_the_matching_words_are_marked_in_the_title():
    document = Document("k", (Field("title", "Cykelväg i kommunen", TITLE),))
    (hit,) = search([document], parse_query("cykel"))
    assert hit.marked == {"title": (("Cykelväg", True), (" i kommunen", False))}


def test_a_long_text_is_cut_to_a_snippet_around_its_first_match():
    text = "Inledning " * 30 + "Här står växthusgasutsläppen. " + "Slut " * 40
    document = Document("k", (Field("title", "Något annat", TITLE), Field("text", text)))
    (hit,) = search([document], parse_query("utsläpp"))
    snippet = hit.marked["text"]
    assert snippet[0] == ("…", False) and snippet[-1] == ("…", False)
    assert ("växthusgasutsläppen", True) in snippet
    assert len("".join(piece for piece, _ in snippet)) <= SNIPPET_CHARS + 2
    assert "title" not in hit.marked


def test_an_english_field_is_matched_with_english_forms():
    document = Document(
        "goal:13",
        (
            Field("title", "Bekämpa klimatförändringarna", TITLE),
            Field("en", "Climate action", TITLE, "en"),
        ),
    )
    (hit,) = search([document], parse_query("climate"))
    assert hit.marked == {"en": (("Climate", True), (" action", False))}
