"""Rounds and answers for the maturity view tests (users, organisations: tests/web/conftest.py)."""

import datetime

import pytest

from styra.maturity import dimension_ids
from styra.web.maturity.models import Round
from styra.web.maturity.services import save_response

SECRET_TITLE = "Hemlig omgång Stockholm"
SECRET_COMMENT = "Kommunstyrelsen bryr sig inte"


def answer_data(levels: dict[str, int] | int, group: str = "styrgrupp", **comments) -> dict:
    """POST data for the answer form: ``levels`` per dimension id, or one level for all."""
    if isinstance(levels, int):
        levels = dict.fromkeys(dimension_ids(), levels)
    data = {"group": group}
    for dimension_id, level in levels.items():
        data[f"level_{dimension_id}"] = str(level)
        data[f"comment_{dimension_id}"] = comments.get(dimension_id, "")
    return data


def answer(round: Round, user, levels: dict[str, int] | int, group="styrgrupp", comment=""):
    if isinstance(levels, int):
        levels = dict.fromkeys(dimension_ids(), levels)
    return save_response(round, user, group, {d: (lv, comment) for d, lv in levels.items()})


@pytest.fixture
def round_a(org_a, editor_a):
    return Round.objects.create(
        organisation=org_a,
        title=SECRET_TITLE,
        opened_on=datetime.date(2025, 3, 1),
        created_by=editor_a,
    )


@pytest.fixture
def round_b(org_b, editor_b):
    return Round.objects.create(
        organisation=org_b, title="Göteborgs omgång", opened_on=datetime.date(2025, 3, 1)
    )
