"""Tokens and their normal forms, for matching lexicon phrases in Swedish (or English).

A token is a run of letters or digits, lower-cased (hyphens and punctuation split
tokens, so "gång- och cykelvägar" is ``gång och cykelvägar``). A token's *forms* are
the token itself, its Snowball stem, and the token with one common inflectional
ending removed (``förskolan`` → ``förskol``, ``meritvärdet`` → ``meritvärd``). Two
words match when their forms overlap; Snowball alone leaves many Swedish definite
forms unstemmed, hence the ending list.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

TOKEN_PATTERN = re.compile(r"[^\W_]+")
MIN_FORM_LENGTH = 3


@dataclass(frozen=True)
class Language:
    code: str
    stemmer_name: str
    endings: tuple[str, ...]


SWEDISH = Language(
    code="sv",
    stemmer_name="swedish",
    endings=(
        "a", "e", "n", "t", "s",
        "en", "et", "an", "ar", "er", "or", "na", "ns", "ts", "es", "as", "ad", "at",
        "ens", "ets", "ans", "ars", "ers", "ors", "ade", "ats", "are",
        "arna", "erna", "orna", "ande", "ende", "ades", "arens",
        "arnas", "ernas", "ornas", "andet", "andes",
    ),
)  # fmt: skip
ENGLISH = Language(
    code="en",
    stemmer_name="english",
    endings=("s", "es", "ed", "d", "ing", "er", "ers", "ly", "al"),
)
LANGUAGES = {language.code: language for language in (SWEDISH, ENGLISH)}


def tokenise(text: str) -> list[str]:
    """Lower-cased word tokens of ``text`` (letters and digits; everything else splits)."""
    return TOKEN_PATTERN.findall(text.lower())


@lru_cache(maxsize=4)
def _stemmer(name: str) -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer(name)


def stem(word: str, language_code: str = "sv") -> str:
    """The Snowball stem of one lower-case word."""
    return _stemmer(LANGUAGES[language_code].stemmer_name).stemWord(word)


@lru_cache(maxsize=200_000)
def word_forms(word: str, language_code: str = "sv") -> frozenset[str]:
    """The normal forms of one lower-case word: itself, its stem, minus one ending."""
    language = LANGUAGES[language_code]
    forms = {word, stem(word, language_code)}
    for ending in language.endings:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_FORM_LENGTH:
            forms.add(word[: -len(ending)])
    return frozenset(form for form in forms if form)
