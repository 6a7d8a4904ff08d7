"""Search by word forms: Swedish stemming, compounds, all words must match, titles first.

Pure core: no Django. ``parse_query`` turns what a user typed into terms;
``search`` matches them against documents (fields of text with weights) and
returns the hits best first, with the matching words marked. See docs/search.md.
"""

from styra.search.match import TEXT, TITLE, Document, Field, Hit, Segment, search
from styra.search.words import MAX_QUERY_CHARS, MAX_TERMS, Query, Term, parse_query, word_forms

__all__ = [
    "MAX_QUERY_CHARS",
    "MAX_TERMS",
    "TEXT",
    "TITLE",
    "Document",
    "Field",
    "Hit",
    "Query",
    "Segment",
    "Term",
    "parse_query",
    "search",
    "word_forms",
]
