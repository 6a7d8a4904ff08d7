"""A signed preview opens only for its purpose, organisation and user, unaltered, and
only for ``MAX_AGE`` seconds."""

from types import SimpleNamespace

import pytest
from django.core import signing

from styra.web.common import previews

PAYLOAD = {"file": "värden.csv", "rows": [[2, "E1", "0180", 2020, "T", "10.5"]]}
ORGANISATION, USER = "0180", 7


def test_a_round_trip_gives_the_payload_back():
    token = previews.sign(PAYLOAD, "indicators.upload", ORGANISATION, USER)
    assert previews.unsign(token, "indicators.upload", ORGANISATION, USER) == PAYLOAD


@pytest.mark.parametrize(
    ("purpose", "bound_to"),
    [
        ("indicators.upload", ("1480", USER)),  # another organisation
        ("indicators.upload", (ORGANISATION, 8)),  # another user
        ("actionplan.import", (ORGANISATION, USER)),  # another flow
        ("indicators.upload", (ORGANISATION,)),
    ],
)
def test_a_token_does_not_open_for_anyone_else(purpose, bound_to):
    token = previews.sign(PAYLOAD, "indicators.upload", ORGANISATION, USER)
    with pytest.raises(signing.BadSignature) as refused:
        previews.unsign(token, purpose, *bound_to)
    assert not isinstance(refused.value, signing.SignatureExpired)


def test_a_tampered_token_fails():
    token = previews.sign(PAYLOAD, "indicators.upload", ORGANISATION, USER)
    data, stamp, signature = token.split(":")

    def flip(text: str) -> str:  # another letter in the middle
        middle = len(text) // 2
        return text[:middle] + ("A" if text[middle] != "A" else "B") + text[middle + 1 :]

    for tampered in (f"{flip(data)}:{stamp}:{signature}", f"{data}:{stamp}:{flip(signature)}", ""):
        with pytest.raises(signing.BadSignature):
            previews.unsign(tampered, "indicators.upload", ORGANISATION, USER)


def test_a_token_expires_after_max_age(monkeypatch):
    now = 1_750_000_000
    monkeypatch.setattr(signing, "time", SimpleNamespace(time=lambda: now))  # signing's clock
    token = previews.sign(PAYLOAD, "indicators.upload", ORGANISATION, USER)
    now += previews.MAX_AGE
    assert previews.unsign(token, "indicators.upload", ORGANISATION, USER) == PAYLOAD
    now += 1
    with pytest.raises(signing.SignatureExpired):
        previews.unsign(token, "indicators.upload", ORGANISATION, USER)
