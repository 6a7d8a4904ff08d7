"""The shipped lexicons parse, cover all goals and name only real targets."""

import pytest

from styra.focus.lexicon import (
    HEAD,
    INFIX,
    PLAIN,
    PREFIX,
    LexiconError,
    load_lexicon,
    parse_phrase,
    read_rows,
)
from styra.sdg import load_catalog


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_goal_has_phrases(language):
    goals = {phrase.goal for phrase in load_lexicon(language).phrases if phrase.weight > 0}
    assert goals == set(range(1, 18))


def test_swedish_targets_exist_in_the_catalog_and_most_goals_have_targets():
    ids = {target.target_id for target in load_catalog().targets}
    phrases = load_lexicon("sv").phrases
    named = {phrase.target for phrase in phrases if phrase.target}
    assert named <= ids, sorted(named - ids)
    assert len({phrase.goal for phrase in phrases if phrase.target}) == 17
    assert len(named) >= 60


def test_no_phrase_is_listed_twice():
    seen = [(p.goal, p.text) for p in load_lexicon("sv").phrases]
    assert len(seen) == len(set(seen))


def test_phrase_syntax():
    words = parse_phrase("klimat* *skola *cykelväg* hälso- och sjukvård", "sv")
    assert [(w.mode, w.text) for w in words] == [
        (PREFIX, "klimat"),
        (HEAD, "skola"),
        (INFIX, "cykelväg"),
        (PLAIN, "hälso"),
        (PLAIN, "och"),
        (PLAIN, "sjukvård"),
    ]


def test_bad_rows_name_their_line():
    with pytest.raises(LexiconError, match="line 2"):
        read_rows(["goal,target,phrase,weight", "18,,hej,1"], "sv")
    with pytest.raises(LexiconError, match="line 1"):
        read_rows(["4,5.1,skola,1"], "sv")
    with pytest.raises(LexiconError, match="line 1"):
        read_rows(["4,,skola,mycket"], "sv")
