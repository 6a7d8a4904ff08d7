"""Bad matrix files: every problem named by 1-based row and column, in Swedish, all at once."""

import pytest

from styra.priorities import MatrixFileError, parse_long_csv, parse_matrix_csv, parse_wide_csv

HEADER = "from_target,to_target,score,rationale\n"


def problems(parse, text: str) -> list[str]:
    with pytest.raises(MatrixFileError) as caught:
        parse(text)
    return [str(problem) for problem in caught.value.problems]


def test_wrong_score_names_row_and_column():
    text = HEADER + "1.1,2.1,1,\n1.1,3.1,2,\n2.1,1.1,0,\n3.1,1.1,4,\n"
    assert problems(parse_long_csv, text) == [
        'rad 5, kolumn "score": värdet måste vara ett heltal från −3 till +3 (inte "4")'
    ]


@pytest.mark.parametrize("score", ["1.5", "x", "-4", "+", "1e0", "--1"])
def test_scores_that_are_not_integers_from_minus_3_to_3(score):
    [problem] = problems(parse_long_csv, HEADER + f"1.1,2.1,{score},\n")
    assert problem.startswith('rad 2, kolumn "score": värdet måste vara ett heltal')


def test_unknown_and_malformed_target_ids():
    text = HEADER + "1.9,2.1,1,\n1.1,x,1,\n1.1,,1,\n"
    assert problems(parse_long_csv, text) == [
        'rad 2, kolumn "from_target": delmålet 1.9 finns inte i Agenda 2030',
        'rad 3, kolumn "to_target": "x" är inget delmål (skriv t.ex. 11.1 eller 1.a)',
        'rad 4, kolumn "to_target": delmål saknas',
    ]


def test_self_link_and_duplicate_pair():
    text = HEADER + "1.1,2.1,1,\n1.1,1.1,1,\n2.1,1.1,0,\n1-1,2.1,2,\n"
    assert problems(parse_long_csv, text) == [
        'rad 3, kolumn "to_target": ett delmål kan inte påverka sig självt (1.1)',
        "rad 5: paret 1.1 → 2.1 finns redan på rad 2",
    ]


def test_rationale_without_score_is_not_dropped_silently():
    [problem] = problems(parse_long_csv, HEADER + "1.1,2.1,,för att\n")
    assert problem == 'rad 2, kolumn "score": en motivering utan värde: ange ett värde −3…+3'


def test_unknown_and_missing_columns_in_the_header():
    assert problems(parse_long_csv, "from_target,to_target,motivering\n1.1,2.1,x\n") == [
        'rad 1, kolumn "motivering": okänd kolumn '
        "(tillåtna: from_target, to_target, score, rationale)",
        'rad 1, kolumn "score": kolumnen saknas',
    ]


def test_a_wide_matrix_whose_header_and_first_column_differ():
    text = "from_target,1.1,2.1,3.1\n1.1,,1,1\n2.1,1,,1\n4.1,1,1,\n"
    assert problems(parse_wide_csv, text) == [
        'rad 1, kolumn "3.1": 3.1 finns i rubrikraden men inte i första kolumnen',
        'rad 4, kolumn "from_target": 4.1 finns i första kolumnen men inte i rubrikraden',
    ]


def test_a_wide_matrix_with_a_filled_diagonal_or_a_bad_cell():
    text = "from_target,1.1,2.1\n1.1,0,1\n2.1,5,\n"
    assert problems(parse_wide_csv, text) == [
        'rad 2, kolumn "1.1": diagonalen ska vara tom (ett delmål påverkar inte sig självt)',
        'rad 3, kolumn "1.1": värdet måste vara ett heltal från −3 till +3 (inte "5")',
    ]


def test_a_wide_matrix_with_duplicate_ids_and_a_wrong_first_header():
    text = "target,1.1,1.1\n1.1,,1\n1.1,1,\n"
    assert problems(parse_wide_csv, text) == [
        'rad 1, kolumn "target": första kolumnen ska heta "from_target"',
        'rad 1, kolumn "1.1": 1.1 finns redan i rubrikraden',
        'rad 3, kolumn "from_target": 1.1 finns redan på rad 2',
    ]


def test_empty_file_and_a_single_target():
    assert problems(parse_matrix_csv, "") == ["rad 1: filen är tom"]
    assert problems(parse_long_csv, HEADER) == ["rad 1: matrisen behöver minst två delmål"]


def test_problems_are_capped_at_50_and_the_rest_counted():
    text = HEADER + "".join(f"1.1,2.1,{9 + n},\n" for n in range(60))
    with pytest.raises(MatrixFileError) as caught:
        parse_long_csv(text)
    error = caught.value
    # 60 bad scores, and 59 duplicates of the pair first seen on row 2
    assert (len(error.problems), error.total) == (50, 119)
    assert str(error).startswith("Matrisen kunde inte läsas (119 fel):\n- rad 2, kolumn")
    assert str(error).endswith("… och 69 fel till")


def test_the_error_is_a_value_error():
    with pytest.raises(ValueError, match="rad 2"):
        parse_long_csv(HEADER + "1.1,2.1,9,\n")
