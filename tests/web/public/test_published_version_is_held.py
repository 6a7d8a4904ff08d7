"""Each process keeps the published version it has read; the shared cache only says
which version is published, so a new approval or a withdrawal reaches every process
at once, and an unchanged version costs no database query."""

from django.core.cache import cache

from styra.web.public import publishing
from tests.web.public.public_content import fresh_cache, publish  # noqa: F401


def test_a_held_version_is_read_without_a_query(org_a, django_assert_num_queries):
    first = publish(org_a, marker="första")
    assert publishing.published(org_a.pk).pk == first.pk
    with django_assert_num_queries(0):
        assert publishing.published(org_a.pk).pk == first.pk


def test_another_process_approving_a_new_version_is_seen(org_a):
    publish(org_a, marker="första")
    publishing.published(org_a.pk)
    second = publish(org_a, marker="andra")  # what another process did: forget() ran
    assert publishing.published(org_a.pk).pk == second.pk


def test_a_withdrawal_is_seen_although_the_version_is_held(org_a, admin_a):
    first = publish(org_a, marker="första")
    publishing.published(org_a.pk)
    publishing.withdraw(first, admin_a)
    publishing.forget(org_a.pk)  # the commit hook; tests run in a transaction
    assert publishing.published(org_a.pk) is None


def test_a_stale_marker_in_the_shared_cache_is_not_trusted_for_another_version(org_a):
    first = publish(org_a, marker="första")
    publishing.published(org_a.pk)
    cache.set(publishing.cache_key(org_a.pk), (first.pk, "another etag"))
    assert publishing.published(org_a.pk).pk == first.pk  # read again from the database
    assert cache.get(publishing.cache_key(org_a.pk)) == (first.pk, first.etag)
