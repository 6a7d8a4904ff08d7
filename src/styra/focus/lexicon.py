"""The phrase lexicons: Swedish (``lexicon_sv.csv``) and English (``lexicon_en.csv``).

Each row gives a goal, optionally a target, a phrase and a weight. A phrase is a
sequence of words matched against consecutive tokens of a text. Each word is either

* ``ord``   – plain: matches a token one of whose normal forms (``text.word_forms``) is
  ``ord`` or its stem (``bostad`` matches ``bostaden``, ``bostads``);
* ``ord*``  – prefix: matches any token that starts with ``ord`` (Swedish compounds:
  ``klimat*`` matches ``klimatanpassningsplanen``);
* ``*ord``  – compound head: matches a token one of whose forms ends with ``ord`` or
  its stem (``*skola`` matches ``gymnasieskolan``);
* ``*ord*`` – infix: matches any token containing ``ord``.

A negative weight makes the phrase a *veto*: inside its match, the goal's other
phrases do not count (``ekonomiska klimatet`` stops ``klimat*`` from suggesting
goal 13). Lines starting with ``#`` are comments. See docs/focus.md.
"""

import csv
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from styra.focus.text import LANGUAGES, stem, tokenise
from styra.sdg import GOAL_NUMBERS

PLAIN, PREFIX, HEAD, INFIX = "plain", "prefix", "head", "infix"
MIN_HEAD_LENGTH = 4


class LexiconError(ValueError):
    """A lexicon row that cannot be used (names the row)."""


@dataclass(frozen=True)
class Word:
    mode: str
    text: str
    forms: frozenset[str]

    def matches(self, token: str, token_forms: frozenset[str]) -> bool:
        if self.mode == PLAIN:
            return not self.forms.isdisjoint(token_forms)
        if self.mode == PREFIX:
            return token.startswith(self.text)
        if self.mode == INFIX:
            return self.text in token
        return any(form.endswith(head) for form in token_forms for head in self.forms)


@dataclass(frozen=True)
class Phrase:
    goal: int
    target: str | None
    text: str
    weight: float
    words: tuple[Word, ...]


@dataclass(frozen=True)
class Lexicon:
    """Phrases indexed by their first word, for matching in one pass over a text."""

    language: str
    phrases: tuple[Phrase, ...]
    by_form: dict[str, tuple[Phrase, ...]]
    by_prefix: dict[str, tuple[Phrase, ...]]
    by_head: dict[str, tuple[Phrase, ...]]
    by_infix: dict[str, tuple[Phrase, ...]]
    lengths: dict[str, tuple[int, ...]]  # per mode, the distinct key lengths

    def candidates(self, token: str, forms: frozenset[str]) -> Iterator[Phrase]:
        """Phrases whose first word may match ``token`` (checked again by the caller)."""
        for form in forms:
            yield from self.by_form.get(form, ())
        for length in self.lengths[PREFIX]:
            if length <= len(token):
                yield from self.by_prefix.get(token[:length], ())
        for length in self.lengths[HEAD]:
            for form in forms:
                if length <= len(form):
                    yield from self.by_head.get(form[-length:], ())
        for length in self.lengths[INFIX]:
            for start in range(len(token) - length + 1):
                yield from self.by_infix.get(token[start : start + length], ())


def parse_word(raw: str, language: str) -> Word:
    text = raw.strip("*")
    if raw.startswith("*") and raw.endswith("*") and len(raw) > 1:
        return Word(INFIX, text, frozenset({text}))
    if raw.endswith("*"):
        return Word(PREFIX, text, frozenset({text}))
    if raw.startswith("*"):
        heads = {text, stem(text, language)}
        return Word(HEAD, text, frozenset(h for h in heads if len(h) >= MIN_HEAD_LENGTH))
    return Word(PLAIN, text, frozenset({text, stem(text, language)}))


def parse_phrase(text: str, language: str) -> tuple[Word, ...]:
    """Split a phrase like the text it matches (hyphens split), keeping ``*`` markers."""
    words = []
    for chunk in text.lower().split():
        stars_front, stars_back = chunk.startswith("*"), chunk.endswith("*")
        parts = tokenise(chunk)
        for i, part in enumerate(parts):
            front = "*" if stars_front and i == 0 else ""
            back = "*" if stars_back and i == len(parts) - 1 else ""
            words.append(parse_word(front + part + back, language))
    return tuple(words)


def read_rows(lines: Iterable[str], language: str) -> list[Phrase]:
    """Phrases from CSV lines ``goal,target,phrase,weight`` (header and ``#`` lines skipped)."""
    phrases = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#") or line.startswith("goal,"):
            continue
        row = next(csv.reader([line]))
        try:
            goal_text, target, text, weight_text = (cell.strip() for cell in row)
            goal, weight = int(goal_text), float(weight_text)
        except ValueError as error:
            raise LexiconError(f"lexicon line {number} {row!r}: {error}") from None
        if goal not in GOAL_NUMBERS or (target and target.split(".")[0] != goal_text):
            raise LexiconError(f"lexicon line {number}: goal {goal_text}, target {target!r}")
        words = parse_phrase(text, language)
        if not words:
            raise LexiconError(f"lexicon line {number}: empty phrase")
        phrases.append(Phrase(goal, target or None, text, weight, words))
    return phrases


def build_lexicon(phrases: Iterable[Phrase], language: str) -> Lexicon:
    indexes: dict[str, defaultdict[str, list[Phrase]]] = {
        mode: defaultdict(list) for mode in (PLAIN, PREFIX, HEAD, INFIX)
    }
    phrases = tuple(phrases)
    for phrase in phrases:
        first = phrase.words[0]
        keys = first.forms if first.mode in (PLAIN, HEAD) else {first.text}
        for key in keys:
            indexes[first.mode][key].append(phrase)

    def frozen(mode: str) -> dict[str, tuple[Phrase, ...]]:
        return {key: tuple(value) for key, value in indexes[mode].items()}

    lengths = {mode: tuple(sorted({len(key) for key in index})) for mode, index in indexes.items()}
    return Lexicon(
        language, phrases, frozen(PLAIN), frozen(PREFIX), frozen(HEAD), frozen(INFIX), lengths
    )


@cache
def load_lexicon(language: str = "sv") -> Lexicon:
    """The lexicon shipped with Styra for ``language`` ("sv" or "en")."""
    if language not in LANGUAGES:
        raise ValueError(f"no lexicon for language {language!r}: use 'sv' or 'en'")
    source = resources.files("styra.focus").joinpath(f"lexicon_{language}.csv")
    with source.open(encoding="utf-8") as file:
        return build_lexicon(read_rows(file, language), language)
