"""A token's last use is shown, and written at most once a minute."""

import datetime

import pytest

from styra.web.api.models import ApiToken, Scope
from tests.web.api.token_fixtures import bearer, make_token

pytestmark = pytest.mark.usefixtures("no_rate_limits")

URL = "/api/v1/organisations/0180/own-indicators"
NOON = datetime.datetime(2025, 6, 10, 12, 0, tzinfo=datetime.UTC)


def test_last_used_is_written_at_most_once_a_minute(monkeypatch, client_for, org_a):
    row, token = make_token(org_a, Scope.READ_PRIVATE, expires_at=NOON + datetime.timedelta(days=9))
    clock = {"now": NOON}
    monkeypatch.setattr("styra.web.api.models.timezone.now", lambda: clock["now"])

    def use_at(moment):
        clock["now"] = moment
        assert client_for(None).get(URL, headers=bearer(token)).status_code == 200
        return ApiToken.objects.get(pk=row.pk).last_used_at

    assert row.last_used_at is None
    assert use_at(NOON) == NOON
    assert use_at(NOON + datetime.timedelta(seconds=59)) == NOON
    minute = NOON + datetime.timedelta(seconds=60)
    assert use_at(minute) == minute
