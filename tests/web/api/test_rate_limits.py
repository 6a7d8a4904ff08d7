"""Rate limits: per token, and per address for calls without one; the (n+1)th call in
a window answers 429 with Retry-After (seconds) and a JSON body."""

import pytest
from django.core.cache import cache
from django.utils import timezone

from styra.web.api.models import Scope
from tests.web.api.token_fixtures import bearer, make_token

PUBLIC = "/api/v1/sdg/goals"
PRIVATE = "/api/v1/organisations/0180/own-indicators"
START = 60 * 29_166_667 + 20.0  # 20 seconds into a minute


@pytest.fixture(autouse=True)
def tiny_limits(settings, monkeypatch):
    settings.STYRA_API_RATE_ANON = "2/m"
    settings.STYRA_API_RATE_TOKEN = "3/m"
    monkeypatch.setattr("styra.web.api.throttling.now", lambda: START)
    cache.clear()  # the counts live in the cache, which outlives a test
    yield
    cache.clear()


def calls(client, url: str, n: int, headers=None) -> list[int]:
    return [client.get(url, headers=headers or {}).status_code for _ in range(n)]


def test_the_call_over_the_address_limit_answers_429_with_retry_after(client_for, db):
    client = client_for(None)
    assert calls(client, PUBLIC, 2) == [200, 200]
    response = client.get(PUBLIC)
    assert response.status_code == 429
    assert response["Retry-After"] == "40"  # the minute's window ends in 40 seconds
    assert response.json()["retry_after"] == 40
    assert "40" in response.json()["detail"]


def test_another_address_has_its_own_count(client_for, db):
    assert calls(client_for(None), PUBLIC, 3) == [200, 200, 429]
    other = client_for(None)
    assert other.get(PUBLIC, REMOTE_ADDR="10.0.0.7").status_code == 200


def test_a_token_is_counted_apart_from_its_address(client_for, org_a, org_b):
    _row, token = make_token(org_a, Scope.READ_PRIVATE)
    client = client_for(None)
    assert calls(client, PUBLIC, 3) == [200, 200, 429]  # the address is spent
    # The token still has its own three, on private and on public endpoints alike.
    assert calls(client, PRIVATE, 2, bearer(token)) == [200, 200]
    assert calls(client, PUBLIC, 1, bearer(token)) == [200]
    response = client.get(PRIVATE, headers=bearer(token))
    assert response.status_code == 429
    assert response["Retry-After"] == "40"
    # Another token of its own count; spending a token leaves the address as it was.
    _row, other = make_token(org_b, Scope.READ_PRIVATE)
    assert calls(client, "/api/v1/organisations/1480/own-indicators", 1, bearer(other)) == [200]


def test_a_revoked_token_counts_as_its_address(client_for, org_a):
    _row, token = make_token(org_a, revoked_at=timezone.now())
    assert calls(client_for(None), PUBLIC, 3, bearer(token)) == [200, 200, 429]


def test_the_next_window_starts_afresh(client_for, db, monkeypatch):
    client = client_for(None)
    assert calls(client, PUBLIC, 3) == [200, 200, 429]
    monkeypatch.setattr("styra.web.api.throttling.now", lambda: START + 40)
    assert calls(client, PUBLIC, 1) == [200]


def test_an_empty_rate_means_no_limit(client_for, db, settings):
    settings.STYRA_API_RATE_ANON = ""
    assert calls(client_for(None), PUBLIC, 5) == [200] * 5
