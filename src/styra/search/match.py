"""Match a query against documents, score the hits, and mark where each term matched.

A document is a few fields of text (a title, a description, the English
title…), each with a weight: ``TITLE`` or ``TEXT``. Every term of the query
must match a word of some field (AND). A term scores the best of its matches:
the field's weight times how well the word matches — ``WHOLE`` (the form is
the word, give or take an ending), ``START`` (it begins a longer word:
``cykel`` in ``cykelvägar``) or ``INSIDE`` (it ends or sits inside a compound:
``utsläpp`` in ``växthusgasutsläpp``). A hit's score is the sum over its terms,
so a match in a title ranks above one in a description.
"""

from dataclasses import dataclass, field

from styra.search.words import MIN_HEAD_CHARS, MIN_INSIDE_CHARS, WORD, Query, Term

TITLE, TEXT = 3.0, 1.0
WHOLE, START, INSIDE = 1.0, 0.8, 0.6
WHOLE_EXTRA_CHARS = 4  # letters after the form that still count as an ending
SNIPPET_CHARS = 200  # longer texts are shown as a snippet around the first match
SNIPPET_BEFORE = 60

Segment = tuple[str, bool]  # a piece of text and whether it is a match


@dataclass(frozen=True)
class Field:
    name: str
    text: str
    weight: float = TEXT
    language: str = "sv"
    lowered: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lowered", self.text.lower())


@dataclass(frozen=True)
class Document:
    key: str  # what the caller finds its object by, e.g. "kpi:N00401"
    fields: tuple[Field, ...]

    @property
    def title(self) -> str:
        return self.fields[0].text if self.fields else ""


@dataclass(frozen=True)
class Hit:
    document: Document
    score: float
    marked: dict[str, tuple[Segment, ...]]  # field name → its text (or a snippet), matches marked


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    quality: float


def word_quality(word: str, form: str) -> float:
    """How well one form matches one lower-case word (0: not at all)."""
    if form.isdigit() or word.isdigit():
        return WHOLE if word == form else 0.0
    if word.startswith(form):
        return WHOLE if len(word) - len(form) <= WHOLE_EXTRA_CHARS else START
    if len(form) >= MIN_INSIDE_CHARS and form in word[MIN_HEAD_CHARS:]:
        return INSIDE
    return 0.0


def term_spans(item: Field, term: Term) -> list[Span]:
    """The words of a field that the term matches, with how well."""
    forms = term.forms_for(item.language)
    if not any(form in item.lowered for form in forms):
        return []  # the quick refusal most fields get
    spans = []
    for found in WORD.finditer(item.lowered):
        quality = max(word_quality(found.group(), form) for form in forms)
        if quality:
            spans.append(Span(found.start(), found.end(), quality))
    return spans


def match_document(document: Document, query: Query) -> Hit | None:
    """The hit if every term matches some field of the document, else None."""
    score = 0.0
    spans: dict[str, list[Span]] = {}
    for term in query.terms:
        best = 0.0
        for item in document.fields:
            found = term_spans(item, term)
            if found:
                best = max(best, item.weight * max(span.quality for span in found))
                spans.setdefault(item.name, []).extend(found)
        if not best:
            return None
        score += best
    marked = {
        item.name: mark(item, spans[item.name]) for item in document.fields if item.name in spans
    }
    return Hit(document, score, marked)


def search(documents, query: Query, limit: int | None = None) -> list[Hit]:
    """The documents every term matches, best first (then by title)."""
    hits = [hit for document in documents if (hit := match_document(document, query))]
    hits.sort(key=lambda hit: (-hit.score, hit.document.title.casefold(), hit.document.key))
    return hits[:limit] if limit is not None else hits


def mark(item: Field, spans: list[Span]) -> tuple[Segment, ...]:
    """The field's text in pieces, matches marked; a long text as a snippet around the first."""
    text = item.text
    if len(item.lowered) != len(text):  # lower-casing changed the length: mark nothing
        return ((text, False),)
    ordered = sorted({(s.start, s.end) for s in spans})
    start, end = 0, len(text)
    if len(text) > SNIPPET_CHARS:
        start = snippet_start(text, ordered[0][0])
        end = snippet_end(text, start + SNIPPET_CHARS)
    segments: list[Segment] = [("…", False)] if start > 0 else []
    at = start
    for first, last in ordered:
        if first < at or last > end:
            continue
        if first > at:
            segments.append((text[at:first], False))
        segments.append((text[first:last], True))
        at = last
    segments.append((text[at:end], False))
    if end < len(text):
        segments.append(("…", False))
    return tuple(piece for piece in segments if piece[0])


def snippet_start(text: str, first_match: int) -> int:
    """A word boundary some way before the first match (0 if it is near the start)."""
    if first_match <= SNIPPET_BEFORE:
        return 0
    space = text.find(" ", first_match - SNIPPET_BEFORE, first_match)
    return space + 1 if space >= 0 else first_match


def snippet_end(text: str, wanted: int) -> int:
    if wanted >= len(text):
        return len(text)
    space = text.rfind(" ", 0, wanted)
    return space if space > 0 else wanted
