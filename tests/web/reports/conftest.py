"""The real Kolada data of the curated KPIs (loaded once for this package, as in
tests/web/nulage), and what the document gathers besides: an own rådighet level,
actors with roles and a closed round of the self-assessment for Stockholm (A).

Each test runs in a transaction that is rolled back; the analyses cached under
a data version are dropped before each test.
"""

import datetime
import subprocess

import pytest

from styra.maturity import dimension_ids
from styra.web.maturity.models import Round
from styra.web.maturity.services import save_response
from styra.web.radighet.services import change_level
from styra.web.samverkan.models import Actor, Involvement
from tests.web.analysis_data import (  # noqa: F401  (the fixtures of the real data)
    all_areas_loaded,
    all_areas_org_a,
    all_areas_org_b,
    all_areas_sample,
)
from tests.web.factories import make_member
from tests.web.pages import text_of  # noqa: F401  (the tests import it from here)

BASE = "/omraden/0180/nulagesanalys/"
SECRET_ACTOR = "Hemliga förvaltningen i Stockholm"
SECRET_ROUND = "Hemlig omgång våren 2025"
MOTIVATION = "Vi är kustkommun och har en egen havsplan."


def pdf_text(data: bytes, tmp_path) -> str:
    """The PDF's text as ``pdftotext -layout`` reads it (poppler-utils)."""
    path = tmp_path / "document.pdf"
    path.write_bytes(data)
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    )
    return result.stdout


@pytest.fixture(autouse=True)
def _fresh_analysis():
    """No analysis cached by an earlier test: its own data was rolled back, so the same
    own-data version may come back with other data. (The snapshot of the Kolada values
    stays: they are the package's, under one version.)"""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def material_a(org_a, editor_a):
    """A's own rådighet level for 14.2, two actors with roles and a closed round."""
    change_level(org_a, "14.2", 3, MOTIVATION, editor_a)
    unit = Actor.objects.create(organisation=org_a, name=SECRET_ACTOR, category="forvaltning")
    partner = Actor.objects.create(
        organisation=org_a, name="Länsstyrelsen i Stockholms län", category="lansstyrelse"
    )
    Involvement.objects.create(actor=unit, goal=13, role="lead")
    Involvement.objects.create(actor=partner, goal=10, role="contribute")
    round_ = Round.objects.create(
        organisation=org_a, title=SECRET_ROUND, opened_on=datetime.date(2025, 3, 1)
    )
    others = [make_member(f"svarande{i}", org_a, "viewer") for i in range(3)]
    for level, user in zip((1, 2, 3), [editor_a, *others[:2]], strict=True):
        levels = dict.fromkeys(dimension_ids(), level)
        levels["political_decision"] = 0 if level == 1 else 1  # low: median 1
        save_response(round_, user, "styrgrupp", {d: (lv, "") for d, lv in levels.items()})
    Round.objects.filter(pk=round_.pk).update(closed=True)
    return round_
