"""What is kept between requests: the Kolada frames across own changes, the page body per
comparison, language and editing right, the whole page per user until its header or the
data changes, and never a page with a waiting message."""

from styra.web.indicators.versions import bump_kolada, bump_own


def test_own_changes_keep_the_kolada_frames_and_a_load_rebuilds_them(kolada_sample, org_a):
    from styra.web.nulage.data import snapshot

    first = snapshot()
    bump_own(org_a.pk)  # own data changed: the same frames
    second = snapshot()
    assert second is first
    bump_kolada()  # styra load: frames read again
    third = snapshot()
    assert third.values is not first.values and third.version == first.version + 1


def test_the_page_body_is_cached_per_comparison_language_and_editing_right(
    kolada_sample, client_for, viewer_a, editor_a
):
    viewer = client_for(viewer_a)
    assert "analysis" in viewer.get("/omraden/0180/").context  # rendered
    assert "analysis" not in viewer.get("/omraden/0180/").context  # from the cache
    assert "analysis" in viewer.get("/omraden/0180/?jamfor=kommungrupp").context
    assert "analysis" in client_for(editor_a).get("/omraden/0180/").context  # may edit
    viewer.cookies["django_language"] = "en"
    english = viewer.get("/omraden/0180/")
    assert 'lang="en"' in english.content.decode() and "analysis" in english.context


def test_the_whole_page_is_kept_per_user_until_the_header_or_data_changes(
    kolada_sample, client_for, editor_a, org_a
):
    from styra.web.accounts.models import Membership

    client = client_for(editor_a)
    first = client.get("/omraden/0180/")  # renders, sets the CSRF cookie
    assert first.templates and "csrftoken" in client.cookies
    client.get("/omraden/0180/")  # renders the whole page once with the cookie
    kept = client.get("/omraden/0180/")
    assert not kept.templates  # served whole from the cache
    assert kept.content.decode() == client.get("/omraden/0180/").content.decode()
    Membership.objects.filter(user=editor_a).update(role="viewer")
    changed = client.get("/omraden/0180/")
    assert changed.templates  # the header (roles) changed: rendered again
    assert 'href="/omraden/0180/malvarden/"' not in changed.content.decode()


def test_a_kept_page_costs_three_small_queries_and_no_orm_membership_query(
    kolada_sample, client_for, editor_a
):
    """The hot path bench/web.py measures: session, user with their roles, data versions."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(editor_a)
    for _ in range(2):  # render, then render once more with the CSRF cookie
        client.get("/omraden/0180/")
    with CaptureQueriesContext(connection) as queries:
        kept = client.get("/omraden/0180/")
    assert kept.status_code == 200 and not kept.templates
    tables = [q["sql"].split(" FROM ")[1].split()[0].strip('"') for q in queries]
    assert tables == [
        "django_session",
        "auth_user",
        "indicators_dataversion",
    ], tables
    assert "accounts_membership" in queries[1]["sql"]  # the roles with the user (backends.py)
    assert "JOIN" not in queries[-1]["sql"]


def test_a_page_with_a_waiting_message_is_never_kept(kolada_sample, client_for, viewer_a):
    client = client_for(viewer_a)
    client.get("/omraden/0180/")
    warned = client.get("/omraden/0180/?jamfor=egen&omraden=9999")  # a message, then the page
    assert "Okända områden" in warned.content.decode()
    again = client.get("/omraden/0180/?jamfor=egen&omraden=9999")
    assert "Okända områden" in again.content.decode()
