"""The six criteria of Stockholm assembled from the real Kolada sample and the other modules.

The sample holds too few kommuner for M2 scores, so the challenge comes from the
nulägesanalys' ranking (goal 14 first, goal 17 with too little data). Rådighet
is Styra's defaults; leverage, strategic weight and focus appear as soon as the
organisation has a matrix, weights and accepted tags; citizens only from a chosen closed dialogue.
"""

import pytest

from styra.priorities import criteria as c
from styra.web.focus.models import OwnGoal, Source, Status, Tag
from styra.web.priorities.decisions.criteria import assemble
from styra.web.priorities.decisions.models import StrategicWeight
from styra.web.priorities.interactions.models import Matrix, MatrixCell, MatrixTarget
from styra.web.radighet.services import goal_rows

from .conftest import BASE, text_of

pytestmark = pytest.mark.bundle


def test_criteria_of_stockholm_from_the_sample(kolada_sample, org_a):
    found = assemble(org_a)
    challenge = found.criterion("challenge")
    assert challenge.source == c.RANK
    assert challenge.details["year"] == 2022
    assert challenge.values[14] == 1.0  # rank 1 in the nulägesanalys of the sample
    assert challenge.values[17] is None and challenge.details["too_little_data"] == [17]
    assert all(0 <= v <= 1 for v in challenge.values.values() if v is not None)

    mandate = found.criterion("mandate")
    assert mandate.values == {row.goal: row.summary.mean_level / 3 for row in goal_rows(org_a)}
    assert not mandate.unknown

    assert found.criterion("focus_gap").source == c.NO_DOCUMENTS
    assert found.criterion("leverage").source == c.NO_MATRIX
    assert found.criterion("strategic").source == c.NOT_SET
    assert found.criterion("citizens").source == c.NO_DIALOGUE
    assert found.in_use == ["challenge", "mandate"]
    values = found.item_values()
    assert values["17"]["challenge"] == 0.5  # partial: the middle
    assert values["14"]["leverage"] is None  # missing: dropped


def test_the_other_modules_fill_in_the_criteria(kolada_sample, org_a, editor_a):
    matrix = Matrix.objects.create(organisation=org_a, title="Vår matris")
    for target in ("11.1", "11.2", "13.2"):
        MatrixTarget.objects.create(matrix=matrix, target_id=target)
    for source, target, score in (("11.1", "13.2", 2), ("11.2", "13.2", 1), ("13.2", "11.1", -1)):
        MatrixCell.objects.create(matrix=matrix, from_target=source, to_target=target, score=score)
    StrategicWeight.objects.create(organisation=org_a, goal=13, weight=1.0)
    own = OwnGoal.objects.create(
        organisation=org_a, body="Kommunfullmäktige", text="Klimatneutralt 2030"
    )
    Tag.objects.create(own_goal=own, goal=13, source=Source.MANUAL, status=Status.ACCEPTED)

    found = assemble(org_a)
    leverage = found.criterion("leverage")
    # net out-influence 2, 1, −1 → min–max 1, 2/3, 0; goal 11 = mean of 11.1 and 11.2
    assert leverage.values[11] == pytest.approx(5 / 6)
    assert leverage.values[13] == 0.0
    assert leverage.values[1] is None
    assert leverage.details == {
        "matrix": "Vår matris",
        "targets": 3,
        "missing_cells": 3,
        "pairs": 6,
    }

    assert found.criterion("strategic").values[13] == 1.0
    focus = found.criterion("focus_gap")
    assert focus.source == c.DOCUMENTS and focus.details == {"documents": 0, "own_goals": 1}
    assert focus.values[13] == 0.0 and focus.values[1] == 1.0  # focused / not at all
    assert found.in_use == ["challenge", "focus_gap", "mandate", "leverage", "strategic"]


def test_the_page_names_where_each_criterion_comes_from(kolada_sample, viewer_a, client_for):
    text = text_of(client_for(viewer_a).get(BASE))
    assert "Nulägesanalysen 2022, jämfört med alla kommuner." in text
    assert "Mål 17 saknar värde och räknas som 0,5 (mitten)." in text
    assert "Organisationen har ingen interaktionsmatris: kriteriet räknas inte." in text
    assert (
        "Ingen stängd medborgardialog med en rangordning av målen är vald för prioriteringen"
        in text
    )
    assert "Rådigheten för målets delmål: medelnivån delad med 3." in text
