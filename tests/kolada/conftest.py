"""Fixtures for the live-client tests: the source slice and a fake Kolada server."""

import pytest

from styra.kolada.client import KoladaClient, RetryPolicy
from tests.kolada.fake_kolada import KOLADA_DATA, FakeKolada, Slice, load_slice


class Waits(list):
    """A fake ``sleep`` that records how long it was asked to wait."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture(scope="session")
def kolada_slice() -> Slice:
    if not KOLADA_DATA.is_dir():
        pytest.skip(f"the real Kolada bundle is not at {KOLADA_DATA}")
    return load_slice()


@pytest.fixture
def fake_kolada(kolada_slice):
    server = FakeKolada(kolada_slice).start()
    yield server
    server.stop()


@pytest.fixture
def waits() -> Waits:
    return Waits()


@pytest.fixture
def make_client(fake_kolada, waits):
    """A client of the fake server: small pages, no jitter, waits recorded not slept."""
    clients = []

    def make(**options) -> KoladaClient:
        settings = {
            "per_page": 100,
            "timeout": 2.0,
            "sleep": waits,
            "retry": RetryPolicy(max_retries=3, backoff=1.0, jitter=lambda delay: delay),
            **options,
        }
        client = KoladaClient(fake_kolada.base_url, **settings)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()
