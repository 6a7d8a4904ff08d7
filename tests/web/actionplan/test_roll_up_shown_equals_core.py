"""The progress the pages and the export show is the core's roll-up, rounded to a whole percent."""

import re
from datetime import date

from styra.actionplan import Node, roll_up
from styra.web.actionplan import services
from styra.web.actionplan.models import Action, ProgressEntry

from .conftest import url


def shown_percents(html: str) -> dict[str, int]:
    """``{code: percent}`` from the tree on the plan page."""
    found = {}
    for item in re.findall(r'<div class="plan-item">(.*?)</div>', html, re.S):
        code = re.search(r'<a href="[^"]+">([\w.]+) ', item).group(1)
        found[code] = int(re.search(r"<strong>(\d+) % klart</strong>", item).group(1))
    return found


def test_weights_reports_and_a_cancelled_action(client_for, editor_a, plan_a):
    # S1.1 weighs 3; S1.2 (weight 1) reports 90 %; a cancelled S1.3 reports 100 %;
    # the activity S1.1.1 has 40 % and a second activity S1.1.2 has 70 %.
    x, y = plan_a["x"], plan_a["y"]
    x.weight = 3
    x.save()
    ProgressEntry.objects.create(action=y, date=date(2025, 4, 1), percent=90)
    cancelled = Action.objects.create(
        organisation=x.organisation,
        level="action",
        parent=plan_a["strategy"],
        code="S1.3",
        title="Inställd",
        status="cancelled",
    )
    ProgressEntry.objects.create(action=cancelled, date=date(2025, 4, 1), percent=100)
    second = Action.objects.create(
        organisation=x.organisation, level="activity", parent=x, code="S1.1.2", title="Bygga"
    )
    ProgressEntry.objects.create(action=second, date=date(2025, 4, 1), percent=70)
    # an older and a newer entry on the same day: the newest saved counts
    ProgressEntry.objects.create(action=second, date=date(2025, 2, 1), percent=10)

    actions = list(Action.objects.filter(organisation=x.organisation))
    latest = services.latest_entries(actions)
    expected = roll_up(
        Node(
            a.code,
            a.parent.code if a.parent else None,
            0.0 if a.status == "cancelled" else float(a.weight),
            latest[a.pk].percent if a.pk in latest else None,
        )
        for a in actions
    )
    # by hand: S1.1 = (40 + 70) / 2 = 55; S1 = (3·55 + 1·90 + 0·100) / 4 = 63.75
    assert expected["S1.1"] == 55.0
    assert expected["S1"] == 63.75

    response = client_for(editor_a).get(url("actionplan-plan"))
    plan = response.context["plan"]
    assert {n.action.code: n.progress for n in plan.nodes} == expected
    assert shown_percents(response.content.decode()) == {
        code: round(value) for code, value in expected.items()
    }
    assert shown_percents(response.content.decode())["S1"] == 64
