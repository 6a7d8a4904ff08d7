"""Every form with a required name or title, sent with only spaces in it, answers 400
with the field's error in the HTML (HTMX forms too: styra.js swaps a 400 in)."""

import pytest
from django.urls import reverse

BLANK = "   \t "
REQUIRED = "Detta fält måste fyllas i."
# (URL name, the form's data with the blank field, the error the page must show)
FORMS = [
    ("organisations-contact-edit", {"name": BLANK, "email": "a@b.se"}, REQUIRED),
    (
        "organisations-decision-edit",
        {"decided_on": "2025-03-12", "body": "KS", "reference": BLANK},
        REQUIRED,
    ),
    ("indicators-own-create", {"code": "E1", "title": BLANK, "polarity": "neutral"}, REQUIRED),
    ("samverkan-actor-create", {"name": BLANK, "category": "committee"}, REQUIRED),
    ("interactions-create", {"title": BLANK}, REQUIRED),
    ("priorities-workshop-create", {"title": BLANK}, REQUIRED),
    ("maturity-create", {"title": BLANK, "opened_on": "2025-03-12"}, REQUIRED),
    ("reports-freeze", {"label": BLANK}, "Skriv ett namn på versionen."),
    ("focus-own-goal-create", {"body": BLANK, "text": "Alla ska med."}, "Skriv vem som har"),
    (
        "actionplan-action-create",
        {"level": "strategy", "title": BLANK, "targets": "13.2", "weight": "1"},
        REQUIRED,
    ),
]


@pytest.mark.parametrize(("url_name", "data", "error"), FORMS, ids=[f[0] for f in FORMS])
def test_a_blank_name_answers_400_with_the_error(client_for, admin_a, url_name, data, error):
    response = client_for(admin_a).post(reverse(url_name, args=["0180"]), data)
    assert response.status_code == 400
    assert error in response.content.decode()


def test_the_htmx_group_form_answers_400_with_the_fragment_and_its_error(client_for, admin_a):
    url = reverse("organisations-body-member-add", args=["0180", "styrgrupp"])
    response = client_for(admin_a).post(
        url, {"styrgrupp-name": BLANK}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert REQUIRED in html and 'id="commitments"' in html and "<html" not in html
