"""The robot checks of every anonymous form (styra.web.common.antispam): a real proof of
work used once, the honeypot, the minimum fill time and the rate limits per hashed
address and per scope."""

import datetime
import hashlib

import pytest
from altcha_django.challenge import build_challenge
from django import forms
from django.contrib.staticfiles import finders
from django.test import RequestFactory
from django.urls import include, path, reverse

from styra.web.common import antispam
from tests.web.antispam_helpers import antispam as antispam_fixture  # noqa: F401
from tests.web.antispam_helpers import robot_check, shown_ago, solution

# Only the challenge endpoint: these tests need no other page.
urlpatterns = [path("altcha/", include("altcha_django.urls"))]
pytestmark = [pytest.mark.usefixtures("antispam_fixture"), pytest.mark.urls(__name__)]


class MessageForm(antispam.AntispamMixin, forms.Form):
    message = forms.CharField()


def post(data: dict, address: str = "192.0.2.10"):
    return RequestFactory().post("/", data, REMOTE_ADDR=address)


def sent(data: dict, scope: str = "test:1", address: str = "192.0.2.10"):
    """(accepted, form) for ``data`` sent from ``address``."""
    request = post(data, address)
    form = MessageForm(request.POST)
    return antispam.accepted(request, form, scope), form


def refusal(data: dict, scope: str = "test:1", address: str = "192.0.2.10") -> str:
    request = post(data, address)
    form = MessageForm(request.POST)
    assert form.is_valid(), form.errors
    with pytest.raises(antispam.Refused) as refused:
        antispam.check(request, form, scope)
    return refused.value.reason


def test_a_person_is_accepted_with_a_challenge_from_this_site(client):
    ok, form = sent({"message": "Hej", **robot_check(client)})
    assert ok, form.errors
    assert form.cleaned_data["message"] == "Hej"


def test_the_challenge_comes_from_this_site_and_is_not_cached(client):
    response = client.get(reverse("altcha_django:challenge"))
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    assert {"parameters", "signature"} <= set(response.json())


def test_without_a_proof_of_work_nothing_is_accepted():
    ok, form = sent({"message": "Hej", **robot_check(payload="")})
    assert not ok
    assert str(antispam.NOT_SOLVED) in form.errors["altcha"]
    assert refusal({"message": "Hej", **robot_check(payload="")}) == "pow_required"


def test_a_solution_counts_once():
    data = {"message": "Hej", **robot_check()}
    assert sent(data)[0]
    assert refusal(data) == "pow_replayed"


def test_a_challenge_signed_elsewhere_is_refused():
    other = build_challenge(hmac_secret="not ours").to_dict()
    data = {"message": "Hej", **robot_check(payload=solution(challenge_data=other))}
    assert refusal(data) == "pow_invalid_signature"


def test_garbage_is_refused():
    assert refusal({"message": "Hej", **robot_check(payload="not-base64!")}) == "pow_malformed"


def test_a_filled_honeypot_is_refused_like_a_robot():
    data = {"message": "Hej", **robot_check(), "website": "https://spam.example"}
    ok, form = sent(data)
    assert not ok
    assert form.errors["altcha"] == [str(antispam.ROBOT)]  # nothing names the honeypot
    assert refusal(data) == "honeypot"


def test_a_form_sent_too_fast_is_refused():
    assert refusal({"message": "Hej", **robot_check(shown=shown_ago(1))}) == "too_fast"
    assert sent({"message": "Hej", **robot_check(shown=shown_ago(4))})[0]


def test_a_missing_or_forged_shown_at_is_refused():
    assert refusal({"message": "Hej", **robot_check(shown="")}) == "no_stamp"
    forged = shown_ago(60)[:-2] + "xx"
    assert refusal({"message": "Hej", **robot_check(shown=forged)}) == "no_stamp"


def test_a_form_shown_days_ago_asks_for_a_reload():
    assert refusal({"message": "Hej", **robot_check(shown=shown_ago(3 * 86400))}) == "stale"


def test_a_refused_check_does_not_use_up_the_solution():
    """The honeypot is checked before the proof of work: that solution is still unused."""
    data = {"message": "Hej", **robot_check()}
    assert refusal({**data, "website": "x"}) == "honeypot"
    assert sent(data)[0]


def test_an_invalid_form_is_not_checked_and_keeps_its_field_error():
    ok, form = sent({"message": "", **robot_check()})
    assert not ok
    assert "message" in form.errors and "altcha" not in form.errors


def test_the_rate_per_address_and_scope(settings):
    settings.STYRA_ANTISPAM_RATE_ADDRESS = "2/h"
    for _ in range(2):
        assert sent({"message": "Hej", **robot_check()})[0]
    assert refusal({"message": "Hej", **robot_check()}) == "rate_address"
    # another address, and another scope, still get through
    assert sent({"message": "Hej", **robot_check()}, address="192.0.2.11")[0]
    assert sent({"message": "Hej", **robot_check()}, scope="test:2")[0]


def test_the_rate_of_a_scope_counts_only_attempts_that_solved_the_proof(settings):
    settings.STYRA_ANTISPAM_RATE_SCOPE = "2/m"
    for _ in range(5):  # robots without a proof of work use up nothing
        assert refusal({"message": "Hej", **robot_check(payload="")}) == "pow_required"
    for number in range(2):
        assert sent({"message": "Hej", **robot_check()}, address=f"192.0.2.{number}")[0]
    assert refusal({"message": "Hej", **robot_check()}, address="192.0.2.9") == "rate_scope"
    assert sent({"message": "Hej", **robot_check()}, scope="test:2")[0]


def test_the_address_is_kept_only_as_a_salted_hash_that_changes_daily():
    request = post({}, "192.0.2.10")
    today = antispam.address_hash(request, datetime.date(2026, 5, 4))
    assert today == antispam.address_hash(request, datetime.date(2026, 5, 4))
    assert today != antispam.address_hash(request, datetime.date(2026, 5, 5))
    assert today != hashlib.sha256(b"192.0.2.10").hexdigest()  # not the bare address's hash
    assert len(today) == 64 and "192.0.2.10" not in today


@pytest.mark.parametrize("rate", ["30", "30/x", "x/h"])
def test_a_bad_rate_setting_says_so(rate):
    with pytest.raises(ValueError, match="is not a rate"):
        antispam.parse_rate(rate)


def test_the_form_renders_the_checks_for_people_and_against_robots():
    from django.template.loader import render_to_string

    form = MessageForm()
    html = render_to_string("common/_antispam.html", {"form": form, "organisation_name": "Växjö"})
    head = render_to_string("common/_antispam_head.html")
    assert '<div class="antispam-trap" aria-hidden="true">' in html
    assert 'tabindex="-1"' in html and 'autocomplete="off"' in html
    assert f'challenge="{reverse("altcha_django:challenge")}"' in html
    assert "<noscript>" in html and "Kontakta i stället Växjö per telefon eller brev." in html
    assert 'name="shown_at"' in html
    assert 'id="altcha-css"' in head and "altcha_django/altcha.min.js" in head
    for static in ("common/altcha.css", "common/antispam.css", "altcha_django/altcha.min.js"):
        assert finders.find(static), static  # served from this site, no third party
    assert [field.name for field in form.content_fields()] == ["message"]


def test_a_proof_of_work_page_allows_the_widgets_worker():
    from django.http import HttpResponse

    response = antispam.proof_of_work_page(lambda request: HttpResponse())(post({}))
    assert response._csp_update == {"worker-src": ["'self'", "blob:"]}
