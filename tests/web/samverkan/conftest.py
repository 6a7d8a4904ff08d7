"""Actors and roles of organisation A (Stockholm) and one actor of B (Göteborg)."""

import pytest
from django.urls import reverse

from styra.web.samverkan.models import Actor, Involvement
from tests.web.analysis_data import fresh_analysis  # noqa: F401  (autouse)

SECRET_A = "Hemliga förvaltningen i Stockholm"
PARTNER_A = "Länsstyrelsen i Stockholms län"
SECRET_B = "Göteborgs egen nämnd"


@pytest.fixture
def unit_a(org_a) -> Actor:
    return Actor.objects.create(
        organisation=org_a, name=SECRET_A, category="forvaltning", contact="anna@example.se"
    )


@pytest.fixture
def partner_a(org_a) -> Actor:
    return Actor.objects.create(organisation=org_a, name=PARTNER_A, category="lansstyrelse")


@pytest.fixture
def lead_a(unit_a) -> Involvement:
    return Involvement.objects.create(actor=unit_a, goal=13, role="lead", note="Klimatplanen")


@pytest.fixture
def unit_b(org_b) -> Actor:
    return Actor.objects.create(organisation=org_b, name=SECRET_B, category="namnd")


def url(name: str, *args, kolada_id: str = "0180") -> str:
    return reverse(name, args=[kolada_id, *args])
