"""Words of a search: the query's terms and the forms a term matches a text word by.

A word is a run of letters or digits, lower-cased. A query term's Swedish
*forms* are the word itself, its Snowball stem and the word without one common
inflectional ending, leaving four letters or more (``förskolan`` → ``förskol``:
Snowball leaves many definite forms alone). Words in ``-el`` and ``-er`` lose
the ``e`` before an ending, so ``cykel`` also gives ``cykl`` (``cyklar``) and
``cyklar`` also gives ``cykel`` (``cykelväg``). Its English forms, for the
English texts, are the word and its Snowball stem.

A text word matches a form that begins it (``cykel`` → ``cykelvägar``) or, for
forms of four letters or more, a form inside it after at least two letters:
the later part of a Swedish compound (``utsläpp`` → ``växthusgasutsläpp``).
Numbers match whole numbers only.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

WORD = re.compile(r"[^\W_]+")
MAX_QUERY_CHARS = 200
MAX_TERMS = 10
MIN_TERM_CHARS = 2  # for words; a number of one digit is a term
MIN_STEM_CHARS = 3
MIN_CUT_CHARS = 4  # what is left of a word without an ending
MIN_INSIDE_CHARS = 4  # a form this long may match inside a compound
MIN_HEAD_CHARS = 2  # letters of a compound before the form it ends in
SWEDISH_ENDINGS = (
    "arnas", "ernas", "ornas", "arna", "erna", "orna", "ens", "ets", "ans", "ars", "ers",
    "ors", "an", "en", "et", "na", "ar", "er", "or", "ns", "ts", "a", "e", "n", "s", "t",
)  # fmt: skip
VOWELS = "aeiouyåäö"
STOP_WORDS = frozenset((
    "och", "eller", "i", "av", "för", "på", "med", "till", "som", "att", "det", "den", "de",
    "en", "ett", "är", "om", "från", "per", "vid", "hos",
    "and", "or", "of", "in", "for", "on", "with", "to", "the", "a", "an", "is", "from", "by", "at",
))  # fmt: skip


@dataclass(frozen=True)
class Term:
    """One word of the query and the forms that find it in Swedish and English texts."""

    word: str
    forms: tuple[str, ...]
    forms_en: tuple[str, ...]

    def forms_for(self, language: str) -> tuple[str, ...]:
        return self.forms_en if language == "en" else self.forms


@dataclass(frozen=True)
class Query:
    """The terms to search for, and what was left out of the text typed."""

    text: str  # the query as searched (cut to MAX_QUERY_CHARS)
    terms: tuple[Term, ...]
    cut: bool = False  # the text was longer than MAX_QUERY_CHARS or had more than MAX_TERMS terms


def tokenise(text: str) -> list[str]:
    """The lower-cased words of ``text``."""
    return WORD.findall(text.lower())


@lru_cache(maxsize=4)
def _stemmer(language: str) -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer(language)


@lru_cache(maxsize=4096)
def word_forms(word: str, language: str = "sv") -> tuple[str, ...]:
    """The forms of one lower-case query word, shortest first (see the module's docstring)."""
    if word.isdigit():
        return (word,)
    stem = _stemmer("english" if language == "en" else "swedish").stemWord(word)
    forms = {word} | ({stem} if len(stem) >= MIN_STEM_CHARS else set())
    if language == "sv":
        forms |= {word[: -len(e)] for e in SWEDISH_ENDINGS if word.endswith(e)}
        if word[-2:] in ("el", "er", "en") and len(word) > 4 and word[-3] not in VOWELS:
            forms.add(word[:-2] + word[-1])  # cykel → cykl
        forms |= {f[:-1] + "e" + f[-1] for f in forms if f != word and unstressed_end(f)}
    kept = {form for form in forms if form in (word, stem) or len(form) >= MIN_CUT_CHARS}
    return tuple(sorted(_without_longer(kept), key=lambda form: (len(form), form)))


def unstressed_end(form: str) -> bool:
    """Ends in a consonant and l or r, as ``cykl`` and ``vintr`` (of cyklar, vintrar)."""
    return len(form) >= MIN_CUT_CHARS and form[-1] in "lr" and form[-2] not in VOWELS


def _without_longer(forms: set[str]) -> set[str]:
    """Drop forms that begin with another form: the shorter one finds all they find."""
    return {f for f in forms if not any(f != g and f.startswith(g) for g in forms)}


def parse_query(text: str) -> Query:
    """The terms of a typed query: words of two characters or more, stop words left out
    (unless nothing else is left), each word once, at most MAX_TERMS of them."""
    cut = len(text) > MAX_QUERY_CHARS
    text = text[:MAX_QUERY_CHARS].strip()
    words = [w for w in dict.fromkeys(tokenise(text)) if len(w) >= MIN_TERM_CHARS or w.isdigit()]
    meaningful = [w for w in words if w not in STOP_WORDS] or words
    if len(meaningful) > MAX_TERMS:
        meaningful, cut = meaningful[:MAX_TERMS], True
    terms = tuple(Term(w, word_forms(w), word_forms(w, "en")) for w in meaningful)
    return Query(text, terms, cut)
