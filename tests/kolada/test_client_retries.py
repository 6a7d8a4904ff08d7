"""Transient faults are retried politely; permanent ones end in a clear KoladaError."""

import pytest
from polars.testing import assert_frame_equal

from styra.kolada.client import Group, KoladaError, RetryPolicy
from tests.kolada.fake_kolada import AGENDA_KPIS, Fault


def fetch_agenda(client, fake):
    area_ids = [area["id"] for area in fake.source.municipalities]
    return client.fetch_values(AGENDA_KPIS, municipality_ids=area_ids)


def expected_agenda(fake):
    return fake.source.values.filter(fake.source.values["kpi"].is_in(AGENDA_KPIS))


@pytest.mark.parametrize("kind", ["500", "drop"])
def test_server_errors_and_dropped_connections_are_retried_with_backoff(
    kind, fake_kolada, make_client, waits
):
    fake_kolada.faults.append(Fault(kind, path="/data/", times=3))

    values = fetch_agenda(make_client(concurrency=1), fake_kolada)

    assert_frame_equal(values, expected_agenda(fake_kolada))
    assert waits == [1.0, 2.0, 4.0]  # exponential back-off (jitter switched off)


def test_a_fault_in_the_middle_of_paging_is_retried_and_no_page_is_lost(
    fake_kolada, make_client, waits
):
    fake_kolada.faults.append(Fault("500", path="page=3", times=2))

    values = fetch_agenda(make_client(concurrency=1), fake_kolada)

    assert_frame_equal(values, expected_agenda(fake_kolada))
    assert waits == [1.0, 2.0]


def test_retry_after_is_honoured(fake_kolada, make_client, waits):
    fake_kolada.faults.append(Fault("429", path="/municipality", times=2))

    areas = make_client().fetch_municipalities()

    assert len(areas) == len(fake_kolada.source.municipalities)
    assert waits == [1.0, 1.0]  # the server's Retry-After: 1, not the back-off


def test_a_timeout_is_retried(fake_kolada, make_client, waits):
    fake_kolada.slow_seconds = 1.0
    fake_kolada.faults.append(Fault("slow", path="/kpi_groups", times=1))

    groups = make_client(timeout=0.2).fetch_kpi_groups()

    assert len(groups) == len(fake_kolada.source.kpi_groups)
    assert waits == [1.0]


def test_gives_up_after_max_retries_naming_url_and_cause(fake_kolada, make_client, waits):
    fake_kolada.faults.append(Fault("500", path="/municipality_groups", times=None))

    with pytest.raises(KoladaError) as raised:
        make_client(
            retry=RetryPolicy(max_retries=2, jitter=lambda d: d)
        ).fetch_municipality_groups()

    message = str(raised.value)
    assert f"{fake_kolada.base_url}/municipality_groups" in message
    assert "gave up after 3 attempts: HTTP 500" in message
    assert waits == [1.0, 2.0]


def test_timeouts_end_in_a_clear_error_too(fake_kolada, make_client):
    fake_kolada.slow_seconds = 0.5
    fake_kolada.faults.append(Fault("slow", path="/kpi_groups", times=None))

    with pytest.raises(KoladaError, match=r"/kpi_groups.*gave up after 2 attempts: timed out"):
        make_client(timeout=0.1, retry=RetryPolicy(max_retries=1)).fetch_kpi_groups()


def test_client_errors_are_not_retried(fake_kolada, make_client, waits):
    with pytest.raises(KoladaError, match=r"/v3/nonsense\?per_page=100: HTTP 404"):
        make_client().fetch_items(f"{fake_kolada.base_url}/nonsense", Group)
    assert waits == []


def test_backoff_grows_exponentially_up_to_a_cap_with_jitter():
    policy = RetryPolicy(backoff=1.0, max_backoff=5.0, jitter=lambda delay: delay)
    assert [policy.delay(n) for n in range(1, 6)] == [1.0, 2.0, 4.0, 5.0, 5.0]
    jittered = RetryPolicy(backoff=4.0)
    assert all(2.0 <= jittered.delay(1) <= 4.0 for _ in range(50))
