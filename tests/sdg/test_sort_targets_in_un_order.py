"""Target ids sort as the UN lists them: numbered targets by number, then lettered ones."""

from styra.sdg import load_catalog


def test_numbered_targets_by_number_then_lettered():
    catalog = load_catalog()
    assert catalog.sort_targets(["8.a", "8.10", "8.1", "8.b", "8.2"]) == (
        "8.1",
        "8.2",
        "8.10",
        "8.a",
        "8.b",
    )


def test_goals_in_order_and_each_id_once():
    catalog = load_catalog()
    assert catalog.sort_targets(["10.1", "4.a", "4.1", "4.b", "4.2", "4.1"]) == (
        "4.1",
        "4.2",
        "4.a",
        "4.b",
        "10.1",
    )


def test_ids_outside_the_catalog_come_last_in_text_order():
    catalog = load_catalog()
    assert catalog.sort_targets(["4.10", "4.a", "4.1", "1.99"]) == ("4.1", "4.a", "1.99", "4.10")


def test_the_whole_catalog_keeps_its_order():
    catalog = load_catalog()
    ids = [target.target_id for target in catalog.targets]
    assert catalog.sort_targets(reversed(ids)) == tuple(ids)
