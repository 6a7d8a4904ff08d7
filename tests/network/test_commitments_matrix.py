"""The commitments matrix from plain facts: Styra's records first, then the member's marks,
else missing; hidden rows say nothing; the steps count the expectations."""

from datetime import date

from styra.network.commitments import (
    COLUMNS,
    Fact,
    Mark,
    Member,
    Source,
    Status,
    build_matrix,
    cell_of,
)


def test_a_record_in_styra_makes_the_cell_done_with_its_date_evidence_and_link():
    member = Member(
        "0780", "Växjö", "K", {"nulage": Fact(date(2025, 3, 12), "Beslutad i KS", "/x/")}
    )
    cell = cell_of("nulage", member)
    assert cell.status == Status.DONE
    assert (cell.on, cell.source, cell.evidence, cell.link) == (
        date(2025, 3, 12),
        Source.STYRA,
        "Beslutad i KS",
        "/x/",
    )


def test_a_mark_counts_only_where_styra_has_no_record():
    member = Member(
        "0780",
        "Växjö",
        "K",
        {"priorities": Fact(date(2025, 6, 1), "KF § 12")},
        {
            "priorities": Mark(date(2024, 1, 1), "eget beslut"),
            "change": Mark(date(2025, 2, 2), "Förvaltningarnas uppdrag"),
        },
    )
    assert cell_of("priorities", member).source == Source.STYRA
    assert cell_of("priorities", member).on == date(2025, 6, 1)
    change = cell_of("change", member)
    assert (change.status, change.source, change.on, change.evidence) == (
        Status.DONE,
        Source.MARKED,
        date(2025, 2, 2),
        "Förvaltningarnas uppdrag",
    )


def test_a_commitment_cannot_be_marked_only_recorded():
    member = Member("0780", "Växjö", "K", marks={"decision": Mark(date(2025, 1, 1), "x")})
    assert cell_of("decision", member).status == Status.MISSING


def test_nothing_known_is_missing_and_listed():
    member = Member("0780", "Växjö", "K", {"contact": Fact(date(2025, 1, 1), "Eva")})
    row = build_matrix([member]).rows[0]
    assert row.done == 1
    assert row.missing == [c for c in COLUMNS if c != "contact"]


def test_a_hidden_row_says_nothing_even_with_records():
    member = Member(
        "1480", "Göteborg", "K", {"contact": Fact(date(2025, 1, 1), "Eva")}, visible=False
    )
    matrix = build_matrix([member])
    row = matrix.rows[0]
    assert row.hidden and row.done == 0 and row.missing == []
    assert {cell.status for cell in row.cells} == {Status.HIDDEN}
    assert matrix.shown == ()


def test_kommuner_come_first_then_regioner_each_by_name():
    members = [
        Member("07", "Region Kronoberg", "L"),
        Member("0780", "Växjö", "K"),
        Member("0180", "Stockholm", "K"),
    ]
    assert [row.name for row in build_matrix(members).rows] == [
        "Stockholm",
        "Växjö",
        "Region Kronoberg",
    ]


def test_done_in_counts_the_shown_members_of_a_column():
    members = [
        Member("0180", "Stockholm", "K", marks={"involve": Mark(date(2025, 1, 1), "x")}),
        Member("0780", "Växjö", "K", {"involve": Fact(date(2025, 1, 1))}),
        Member("1480", "Göteborg", "K", {"involve": Fact(date(2025, 1, 1))}, visible=False),
        Member("0580", "Linköping", "K"),
    ]
    matrix = build_matrix(members)
    assert matrix.done_in("involve") == 2
    assert matrix.done_in("decision") == 0


def test_steps_count_the_expectations_of_each_step():
    member = Member(
        "0780",
        "Växjö",
        "K",
        {"nulage": Fact(date(2025, 1, 1)), "change": Fact(date(2025, 1, 1))},
        {"followup": Mark(date(2025, 1, 1), "x")},
    )
    steps = build_matrix([member]).rows[0].steps
    assert [(s.number, s.done, s.total) for s in steps] == [
        (1, 1, 1),
        (2, 1, 2),
        (3, 0, 1),
        (4, 1, 1),
    ]
