"""Matching: word forms, compounds, every term (AND), case and numbers."""

from styra.search import TITLE, Document, Field, parse_query, search


def doc(key: str, title: str, text: str = "") -> Document:
    fields = (Field("title", title, TITLE),) + ((Field("text", text),) if text else ())
    return Document(key, fields)


DOCS = [
    doc("ghg", "Utsläpp till luft av växthusgaser totalt", "Följer upp klimatmålet."),
    doc("bike", "Cykelväg i kommunen, total, meter/inv"),
    doc("lanes", "Andel cykelbanor som är separerade"),
    doc("rent", "Lånecyklar per 1000 invånare"),
    doc("school", "Barn 1-5 år inskrivna i förskola, andel (%)"),
    doc("nox", "Utsläpp till luft av kväveoxider (NOx)"),
    doc("year", "Mål år 2030", "Kostnad 20300 kr"),
]


def found(query: str) -> set[str]:
    return {hit.document.key for hit in search(DOCS, parse_query(query))}


def test_a_query_stem_begins_longer_words_and_ends_compounds():
    assert found("cykel") == {"bike", "lanes", "rent"}
    assert found("cyklar") == {"bike", "lanes", "rent"}
    assert found("växthusgasutsläpp") == set()  # a compound in the query stays whole


def test_every_term_must_match_somewhere_in_the_document():
    assert found("klimat utsläpp") == {"ghg"}  # "klimat" in the text, "utsläpp" in the title
    assert found("utsläpp") == {"ghg", "nox"}
    assert found("utsläpp cykel") == set()


def test_inflected_forms_find_each_other():
    assert found("förskolor") == {"school"}
    assert found("förskolan") == {"school"}
    assert found("UTSLÄPPEN") == {"ghg", "nox"}


def test_numbers_match_whole_numbers_only():
    assert found("2030") == {"year"}
    assert found("203") == set()


def test_only_forms_of_four_letters_or_more_match_inside_a_word():
    docs = [doc("mobility", "Mobilitet i staden"), doc("cars", "Elbilar per invånare")]
    hits = {hit.document.key for hit in search(docs, parse_query("bil"))}
    assert hits == set()  # "bil" is too short to be looked for inside "mobilitet", "elbilar"
    hits = {hit.document.key for hit in search(docs, parse_query("bilarna"))}
    assert hits == set()
    docs.append(doc("grid", "Elnätet och elbilsladdning"))
    hits = {hit.document.key for hit in search(docs, parse_query("bilsladdning"))}
    assert hits == {"grid"}
