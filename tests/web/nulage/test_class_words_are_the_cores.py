"""The pages name the method's classes with the core's words (the CLI's too), translated."""

from django.utils import translation

from styra.analysis.words import (
    COLOUR_WORDS,
    GAP_WORDS,
    LEVEL_WORDS,
    OUTLOOK_WORDS,
    TARGET_WORDS,
    TREND_WORDS,
)
from styra.web.nulage.presentation import (
    CHALLENGE_TEXT,
    COLOUR_TEXT,
    GAP_TEXT,
    LEVEL_COLOUR,
    OUTLOOK_TEXT,
    TARGET_TEXT,
    TREND_TEXT,
)


def as_text(table: dict) -> dict:
    return {key: str(text) for key, text in table.items()}


def test_in_swedish_the_pages_say_the_cores_words():
    with translation.override("sv"):
        assert as_text(COLOUR_TEXT) == COLOUR_WORDS
        assert as_text(TREND_TEXT) == TREND_WORDS
        assert as_text(OUTLOOK_TEXT) == OUTLOOK_WORDS
        assert as_text(TARGET_TEXT) == TARGET_WORDS  # M4 with "no target"
        assert as_text(GAP_TEXT) == GAP_WORDS
        assert {level: str(CHALLENGE_TEXT[LEVEL_COLOUR[level]]) for level in LEVEL_WORDS} == (
            LEVEL_WORDS
        )


def test_in_english_the_same_words_are_translated():
    with translation.override("en"):
        assert str(OUTLOOK_TEXT["on_track"]) == "On track"
        assert str(OUTLOOK_TEXT["limited_progress"]) == "Limited progress"
        assert str(TARGET_TEXT["no_target"]) == "No target value"
        assert str(CHALLENGE_TEXT["red"]) == "Major challenge"
        assert str(COLOUR_TEXT["red"]) == "Among the weakest"
        assert str(GAP_TEXT["narrowing"]) == "The difference is decreasing."
