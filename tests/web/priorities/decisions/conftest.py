"""Fixtures for the prioritisation views: URLs of organisation A (Stockholm), a workshop,
a recorded decision, and no analysis left over from an earlier test."""

import datetime

import pytest

from styra.web.priorities.decisions.criteria import assemble
from styra.web.priorities.decisions.models import Workshop
from styra.web.priorities.decisions.services import record_decision
from tests.web.analysis_data import (
    fresh_analysis,  # noqa: F401  (autouse)
    kolada_sample,  # noqa: F401  (the real data, for some tests)
)
from tests.web.pages import text_of  # noqa: F401  (the tests import it from here)

BASE = "/omraden/0180/prioritera/"
SECRET_MOTIVATION = "Klimatet och bostäderna först, enligt mål och budget."
SECRET_REFERENCE = "KS 2026/4711 § 12"
TOKEN = "hemlig-workshop-nyckel-0180"


@pytest.fixture
def workshop_a(org_a, editor_a) -> Workshop:
    return Workshop.objects.create(
        organisation=org_a, title="Styrgruppen i maj", token=TOKEN, created_by=editor_a
    )


@pytest.fixture
def decision_a(org_a, editor_a):
    cleaned = {
        "goals": [13, 11],
        "targets": ["11.1", "13.2"],
        "body": "Kommunstyrelsen",
        "decided_on": datetime.date(2026, 5, 12),
        "reference": SECRET_REFERENCE,
        "motivation": SECRET_MOTIVATION,
        "upload": None,
        "weights": {
            "challenge": 0.3,
            "focus_gap": 0.15,
            "mandate": 0.15,
            "leverage": 0.2,
            "strategic": 0.1,
            "citizens": 0.1,
        },
        "top_n": 5,
    }
    return record_decision(org_a, assemble(org_a), cleaned, editor_a)
