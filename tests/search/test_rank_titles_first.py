"""Ranking: a title hit above a description hit, a whole word above part of a compound."""

from styra.search import TITLE, Document, Field, parse_query, search


def doc(key: str, title: str, text: str = "") -> Document:
    return Document(key, (Field("title", title, TITLE), Field("text", text)))


def ranked(docs: list[Document], query: str) -> list[str]:
    return [hit.document.key for hit in search(docs, parse_query(query))]


def test_a_title_hit_ranks_above_a_description_hit():
    docs = [
        doc(
            "text", "Kollektivtrafik, resor per invånare", "Färre resor med bil ger lägre utsläpp."
        ),
        doc("title", "Utsläpp till luft av växthusgaser"),
    ]
    assert ranked(docs, "utsläpp") == ["title", "text"]


def test_a_whole_word_ranks_above_a_word_it_begins_and_a_compound_it_ends():
    docs = [
        doc("inside", "Andel elcyklar"),
        doc("begins", "Cykelvägar per invånare"),
        doc("whole", "Cykel till skolan"),
    ]
    assert ranked(docs, "cykel") == ["whole", "begins", "inside"]


def test_equal_scores_are_in_title_order():
    docs = [doc("b", "Bilar i trafiken"), doc("a", "Antal bilar")]
    assert ranked(docs, "bilar") == ["a", "b"]
