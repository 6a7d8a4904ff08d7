"""For tests of anonymous forms (styra.web.common.antispam): a real proof of work,
solved as a browser would, at a low difficulty.

Use the ``antispam`` fixture (import it into the test module or a conftest:
``from tests.web.antispam_helpers import antispam  # noqa: F401``): it makes the
challenge easy, lifts the rate limits unless a test sets them, and empties the cache
(rate counts and used solutions) before the test. Then post
``{**your_data, **robot_check(client)}``: a fresh solution of a challenge fetched from
the site's endpoint, an empty honeypot and a form shown a minute ago.
"""

import time

import pytest
from altcha import Challenge, Payload, solve_challenge
from altcha_django.verifiers import get_verifier
from django.core.cache import cache, caches
from django.urls import reverse

from styra.web.common.antispam import HONEYPOT_FIELD, POW_FIELD, SHOWN_FIELD, shown_stamp

# Easy enough to solve in a few milliseconds, still a real signed challenge.
EASY_CHALLENGE = {"algorithm": "SHA-256", "cost": 1, "key_prefix": "0", "expires_seconds": 600}


@pytest.fixture
def antispam(settings):
    settings.ALTCHA_CHALLENGE = EASY_CHALLENGE
    settings.STYRA_ANTISPAM_RATE_ADDRESS = ""
    settings.STYRA_ANTISPAM_RATE_SCOPE = ""
    settings.STYRA_ANTISPAM_MIN_SECONDS = 3
    cache.clear()
    caches["antispam"].clear()
    yield
    cache.clear()
    caches["antispam"].clear()


def challenge(client=None) -> dict:
    """A challenge from the site's endpoint (with ``client``), or minted directly."""
    if client is None:
        return get_verifier().get_challenge()
    response = client.get(reverse("altcha_django:challenge"))
    assert response.status_code == 200
    return response.json()


def solution(client=None, challenge_data: dict | None = None) -> str:
    """The widget's payload for a solved challenge (base64 JSON)."""
    found = Challenge.from_dict(challenge_data or challenge(client))
    solved = solve_challenge(found, timeout=10)
    assert solved is not None, "the test challenge is too hard: use the antispam fixture"
    return Payload(found, solved).to_base64()


def shown_ago(seconds: float = 60) -> str:
    """The signed 'form shown at' of a form shown ``seconds`` ago."""
    return shown_stamp(time.time() - seconds)


def robot_check(client=None, *, payload: str | None = None, shown: str | None = None) -> dict:
    """The three fields a person's browser sends: a solved proof of work (or
    ``payload``), an empty honeypot, a form shown a minute ago (or ``shown``)."""
    return {
        POW_FIELD: solution(client) if payload is None else payload,
        HONEYPOT_FIELD: "",
        SHOWN_FIELD: shown_ago() if shown is None else shown,
    }
