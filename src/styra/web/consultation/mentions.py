"""@mentions in a comment: who of the people one may name a text names.

Pure: no Django. A mention is "@" followed by a person's name as the page lists it
("@Erik Ek", "@Länsstyrelsen i Stockholms län"), in any case, ending where the name
ends (not inside a longer word). When two names both fit, the longer one wins.
"""

from collections.abc import Hashable, Mapping, Sequence


def find_mentions(text: str, people: Mapping[str, Sequence[Hashable]]) -> list[Hashable]:
    """The keys of everyone ``text`` mentions, in order, each once. ``people`` maps a
    name to the keys of those with that name (two people may share one)."""
    names = sorted(
        ((name.casefold(), keys) for name, keys in people.items() if name.strip()),
        key=lambda item: -len(item[0]),
    )
    folded = text.casefold()
    found: list[Hashable] = []
    start = folded.find("@")
    while start != -1:
        rest = folded[start + 1 :]
        for name, keys in names:
            if rest.startswith(name) and not rest[len(name) : len(name) + 1].isalnum():
                found += [key for key in keys if key not in found]
                break
        start = folded.find("@", start + 1)
    return found
