"""The suggester: phrases on stems and compounds, one count per token, vetoes, targets."""

from styra.focus import suggest
from styra.focus.suggest import MAX_GOALS, THRESHOLD, suggested_goals


def test_inflected_forms_and_compounds_match():
    (suggestion,) = suggest("Förskolorna ska ha fler legitimerade förskollärare.")
    assert suggestion.goal == 4 and suggestion.target == "4.2"
    (suggestion,) = suggest("Klimatanpassningsplanen antas i vår.")
    assert (suggestion.goal, suggestion.target) == (13, "13.1")


def test_multi_word_phrases_match_as_sequences():
    suggestions = {s.goal: s for s in suggest("Mäns våld mot kvinnor ska upphöra.")}
    assert set(suggestions) == {5, 16}  # gender equality, and violence (16.1)
    assert suggestions[5].phrases == ("mäns våld mot kvinnor",)
    assert suggestions[5].score == 1.5  # the long phrase covers "våld mot kvinnor", "kvinnor"


def test_a_token_counts_once_per_goal():
    # "utbildningen" matches both "utbildning" and "utbildningen" (0.5 each): 0.5, not 1.0
    assert suggest("Utbildningen av personalen sker i maj.") == []


def test_weak_phrases_need_company():
    assert suggested_goals("Vi satsar på utbildning.") == set()
    assert suggested_goals("Vi satsar på utbildning i skolan.") == {4}


def test_a_veto_stops_a_phrase_in_another_sense():
    assert suggest("Det ekonomiska klimatet är osäkert.") == []
    assert suggested_goals("Klimatet förändras snabbt.") == {13}


def test_several_goals_best_first_with_evidence():
    text = (
        "Kollektivtrafiken ska byggas ut med elbussar så att utsläppen av "
        "växthusgaser från trafiken minskar."
    )
    suggestions = suggest(text)
    assert [s.goal for s in suggestions] == [11, 13]
    assert "växthusgas*" in suggestions[1].phrases and suggestions[1].target == "13.2"
    assert all(s.score >= THRESHOLD for s in suggestions)


def test_text_about_no_goal_gets_no_suggestion():
    assert suggest("Kommunfullmäktige sammanträder tio gånger per år.") == []
    assert suggest("") == []


def test_at_most_max_goals():
    text = (
        "Fattigdom, hunger, folkhälsa, grundskolan, jämställdhet, dricksvatten, "
        "solceller, arbetslöshet, bredband och segregation."
    )
    assert len(suggest(text)) == MAX_GOALS["sv"] == 2
    assert len(suggest(text, max_goals=17)) == 10


def test_english():
    assert suggested_goals("Access to clean drinking water and sanitation.", "en") == {6}
