"""A remissrunda of organisation A on the nulägesanalys, open for ten more days, and
partners of the samverkan register to invite; ``invite(round, actor)`` returns the
personal link's token as the e-mail carries it."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.utils import timezone

from styra.web.consultation import services
from styra.web.consultation.models import Round
from styra.web.samverkan.models import Actor

LINK = re.compile(r"/remiss/([A-Za-z0-9_-]{20,})/")


def make_round(organisation, editor, **fields) -> Round:
    values = {
        "title": "Remiss om nulägesanalysen",
        "section": "nulage",
        "question": "Stämmer bilden av utmaningarna?",
        "deadline": timezone.localdate() + dt.timedelta(days=10),
        "opened_by": editor,
    }
    return Round.objects.create(organisation=organisation, **values | fields)


def make_actor(organisation, name="Länsstyrelsen", contact="Lisa Lind, lisa@lst.example.se"):
    return Actor.objects.create(
        organisation=organisation, name=name, category="lansstyrelse", contact=contact
    )


def token_in(message) -> str:
    return LINK.search(message.body).group(1)


@pytest.fixture
def round_a(org_a, editor_a):
    return make_round(org_a, editor_a)


@pytest.fixture
def partner_a(org_a):
    return make_actor(org_a)


@pytest.fixture
def invite(editor_a):
    """``invite(round, actor, email)`` → (invitee, token): invited as an editor does."""

    def make(round_, actor, email="lisa@lst.example.se"):
        mail.outbox.clear()
        invitee = services.invite_actor(round_, actor, email, editor_a)
        return invitee, token_in(mail.outbox[-1])

    return make


@pytest.fixture
def partner_client(client_for):
    """``partner_client(token)`` → an anonymous client that has opened the personal link."""

    def make(token):
        client = client_for(None)
        response = client.get(f"/remiss/{token}/")
        assert response.status_code == 302
        return client

    return make
