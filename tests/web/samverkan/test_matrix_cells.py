"""The matrix' cells say the roles in words, strongest first, with the targets they concern."""

from styra.web.samverkan.matrix import Entry, build_matrix, cell_text


def test_a_role_for_the_whole_goal_is_the_role_alone():
    assert cell_text([Entry(1, 13, "", "lead")]) == "Leder"


def test_roles_for_targets_name_them_in_un_order():
    entries = [Entry(1, 13, "13.a", "contribute"), Entry(1, 13, "13.2", "contribute")]
    assert cell_text(entries) == "Bidrar (delmål 13.2, 13.a)"


def test_several_roles_strongest_first():
    entries = [
        Entry(1, 13, "13.3", "inform"),
        Entry(1, 13, "13.1", "lead"),
        Entry(1, 13, "", "lead"),
    ]
    assert cell_text(entries) == "Leder (hela målet; delmål 13.1); Informeras (delmål 13.3)"


def test_no_role_is_an_empty_cell():
    assert cell_text([]) == ""


def test_build_matrix_has_17_goals_and_a_cell_per_actor_in_order():
    entries = [Entry(7, 13, "", "lead"), Entry(9, 13, "13.1", "inform"), Entry(9, 1, "", "lead")]
    rows = build_matrix([9, 7], entries)
    assert [row.goal for row in rows] == list(range(1, 18))
    assert rows[12].cells == ("Informeras (delmål 13.1)", "Leder")
    assert rows[0].cells == ("Leder", "")
    assert rows[1].is_empty and not rows[0].is_empty
