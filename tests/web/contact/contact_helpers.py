"""What the contact form tests share: a visitor's message, and posting it as a person's
browser would (a solved proof of work). The fixtures are in conftest.py."""

from django.urls import reverse

from tests.web.antispam_helpers import robot_check

KONTAKT = "kontakt@stockholm.example.se"
VISITOR = {
    "name": "Vera Besökare",
    "email": "vera@example.org",
    "subject": "Cykelvägar",
    "message": "Hej! Hur går det med mål 11?\nMvh Vera",
}


def form_url(organisation) -> str:
    return reverse("contact-form", args=[organisation.pk])


def send(client, organisation, data=None, **check):
    """POST the form with ``data`` (default VISITOR) and a person's robot check
    (``check``: robot_check's ``payload`` or ``shown`` instead)."""
    fields = VISITOR if data is None else data
    return client.post(form_url(organisation), {**fields, **robot_check(client, **check)})
