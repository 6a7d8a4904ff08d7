"""The results pages of a large dialogue cost what a small one's do: the dialogue and the
state of its answers in one query (services.dialogue_with_version), the public page kept
whole with an ETag (a browser that has it gets a 304), the staff's page kept whole per
user (nulage.pagecache.personal_key); anything new shows at once."""

from django.conf import settings
from django.db.models import F

from styra.web.dialogue import services
from styra.web.dialogue.models import Dialogue
from tests.web.pages import text_of

from .staff_helpers import open_dialogue, respond, url  # noqa: F401
from .test_public_results import _empty_cache, public  # noqa: F401 (fixtures)

PUBLIC, STAFF = "dialogue-public-results", "dialogue-results"


answered = public  # three answers, a hidden and a waiting text, two proposals


def test_one_query_finds_the_dialogue_and_the_state_of_its_answers(answered, org_b):
    dialogue, version = services.dialogue_with_version(answered.organisation_id, answered.pk)
    assert dialogue == answered and version == services.results_version(answered)
    assert dialogue.organisation_name == answered.organisation.name
    assert services.dialogue_with_version(org_b.pk, answered.pk) is None  # another's
    respond(answered, {answered.questions.first(): [3]})
    assert services.dialogue_with_version(answered.organisation_id, answered.pk)[1] != version


def test_the_public_page_answers_a_browser_that_has_it_with_304(client, answered):
    first = client.get(url(PUBLIC, answered.pk))
    etag = first["ETag"]
    assert first.status_code == 200 and etag
    assert "public" in first["Cache-Control"] and "no-cache" in first["Cache-Control"]
    again = client.get(url(PUBLIC, answered.pk), HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again["ETag"] == etag
    respond(answered, {answered.questions.first(): [3]})  # a new answer: a new page
    changed = client.get(url(PUBLIC, answered.pk), HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag
    assert "4 svar" in text_of(changed)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"  # the other language: its own
    english = client.get(url(PUBLIC, answered.pk), HTTP_IF_NONE_MATCH=changed["ETag"])
    assert english.status_code == 200 and english["ETag"] != changed["ETag"]


def test_the_kept_public_page_costs_one_query(client, answered, django_assert_num_queries):
    first = text_of(client.get(url(PUBLIC, answered.pk)))
    with django_assert_num_queries(1):
        assert text_of(client.get(url(PUBLIC, answered.pk))) == first


def test_the_staff_page_is_kept_per_user(
    client_for, viewer_a, editor_a, answered, django_assert_max_num_queries
):
    viewer = client_for(viewer_a)
    viewer.get(url(STAFF, answered.pk))  # sets the CSRF cookie the page's forms are bound to
    first = text_of(viewer.get(url(STAFF, answered.pk)))
    assert "Vera Vik" in first and "3 svar" in first
    with django_assert_max_num_queries(4):  # session, user, roles, dialogue: no drawing
        assert text_of(viewer.get(url(STAFF, answered.pk))) == first
    editor = text_of(client_for(editor_a).get(url(STAFF, answered.pk)))
    assert "Erik Ek" in editor and "Vera Vik" not in editor  # the editor's own header
    assert "Svar på papper eller telefon" in editor and "Svar på papper" not in first


def test_the_kept_staff_page_shows_anything_new_at_once(client_for, viewer_a, answered):
    viewer = client_for(viewer_a)
    assert "3 svar" in text_of(viewer.get(url(STAFF, answered.pk)))
    respond(answered, {answered.questions.first(): [3]})
    assert "4 svar" in text_of(viewer.get(url(STAFF, answered.pk)))
    Dialogue.objects.filter(pk=answered.pk).update(duplicates=F("duplicates") + 1)
    assert "1 dubblett räknades" in text_of(viewer.get(url(STAFF, answered.pk)))
    answered.title = "Ett nytt namn"
    answered.save()
    assert "Ett nytt namn" in text_of(viewer.get(url(STAFF, answered.pk)))
