"""The shipped dimensions: seven, after SKR's working model, each fully described."""

from styra.maturity import LEVELS, Dimension, dimension_ids, level_name, load_dimensions

EXPECTED = (
    "political_decision",
    "steering_group",
    "budget_integration",
    "follow_up",
    "competence",
    "staff_engagement",
    "citizens_partners",
)


def test_seven_dimensions_in_a_fixed_order():
    assert dimension_ids() == EXPECTED
    assert all(isinstance(d, Dimension) for d in load_dimensions())


def test_every_dimension_has_names_a_question_and_five_levels():
    for d in load_dimensions():
        assert d.name_sv and d.name_en and d.name("en") == d.name_en and d.name() == d.name_sv
        assert d.question_sv.endswith("?") and d.question_sv.count("?") == 1
        assert len(d.levels) == len(LEVELS) and len(set(d.levels)) == len(LEVELS)


def test_every_dimension_has_two_or_three_suggestions_per_band():
    for d in load_dimensions():
        assert 2 <= len(d.suggestions("low")) <= 3
        assert 2 <= len(d.suggestions("middle")) <= 3
        assert d.suggestions(None) == ()
        assert not set(d.suggestions("low")) & set(d.suggestions("middle"))


def test_the_first_dimension_reads_as_written():
    first = load_dimensions()[0]
    assert first.name_sv == "Politiskt beslut och ägarskap"
    assert first.levels[0].startswith("Agenda 2030 har inte behandlats politiskt.")


def test_general_level_names():
    assert [level_name(level) for level in LEVELS] == [
        "Inte påbörjat",
        "Enstaka initiativ",
        "Påbörjat",
        "Etablerat",
        "Integrerat",
    ]
    assert level_name(4, "en") == "Integrated"
