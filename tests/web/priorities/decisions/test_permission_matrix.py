"""Every prioritisation URL with admin, editor and viewer of A, editor of B, and anonymous.

Members of A see A's ranking, workshops and decisions and take part in A's
workshops; editors and admins of A also save weights, set strategic weights,
run workshops and record decisions. Editor of B is refused everything of A
(403) and sees none of A's data; a refused change saves nothing.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from styra.web.organisations.models import Organisation
from styra.web.priorities.decisions.models import (
    Decision,
    StrategicWeight,
    WeightSet,
    Workshop,
    WorkshopEntry,
)

from .conftest import BASE, SECRET_MOTIVATION, SECRET_REFERENCE, TOKEN, text_of

MEMBERS = ["admin_a", "editor_a", "viewer_a"]
EDITORS = ["admin_a", "editor_a"]
WORKSHOP = f"{BASE}workshop/{TOKEN}/"
WEIGHTS = {"utmaning": "50", "fokusglapp": "0", "radighet": "50", "havstang": "0"}
WEIGHTS |= {"strategisk": "0", "medborgare": "0"}
DECISION_POST = WEIGHTS | {
    "topp": "5",
    "goals": ["4"],
    "body": "Kommunstyrelsen",
    "decided_on": "2026-05-12",
    "reference": "KS 2026/1",
    "motivation": "Skolan först.",
}


def read_urls(decision) -> list[str]:
    return [
        BASE,
        f"{BASE}?utmaning=80&topp=3",
        f"{BASE}workshop/",
        WORKSHOP,
        f"{BASE}beslut/",
        f"{BASE}beslut/{decision.pk}/",
        f"{BASE}beslut/{decision.pk}/dokument/",
    ]


POSTS = [
    ("spara-vikter/", WEIGHTS, "editors"),
    ("strategisk-vikt/", {"mal_13": "1"}, "editors"),
    ("workshop/ny/", {"title": "Ny workshop"}, "editors"),
    (f"workshop/{TOKEN}/status/", {"oppen": "0"}, "editors"),
    ("beslut/nytt/", DECISION_POST, "editors"),
    (f"workshop/{TOKEN}/vikter/", WEIGHTS, "members"),
    (f"workshop/{TOKEN}/poang/", {"mal_13": "10"}, "members"),
]


@pytest.fixture
def with_document(decision_a, settings):
    """A's decision with a document attached (written as record_decision would)."""
    decision_a.document.save("beslut.pdf", SimpleUploadedFile("beslut.pdf", b"%PDF"), save=False)
    Decision.objects.filter(pk=decision_a.pk).update(
        document=decision_a.document.name, document_name="beslut.pdf"
    )
    return Decision.objects.get(pk=decision_a.pk)


def changes() -> tuple:
    return (
        WeightSet.objects.count(),
        StrategicWeight.objects.count(),
        Workshop.objects.count(),
        list(Workshop.objects.values_list("is_open", flat=True)),
        Decision.objects.count(),
        WorkshopEntry.objects.count(),
    )


def test_url_names():
    assert reverse("priorities-overview", args=["0180"]) == BASE
    assert reverse("priorities-weights-save", args=["0180"]) == f"{BASE}spara-vikter/"
    assert reverse("priorities-strategic", args=["0180"]) == f"{BASE}strategisk-vikt/"
    assert reverse("priorities-workshops", args=["0180"]) == f"{BASE}workshop/"
    assert reverse("priorities-workshop-create", args=["0180"]) == f"{BASE}workshop/ny/"
    assert reverse("priorities-workshop", args=["0180", TOKEN]) == WORKSHOP
    assert reverse("priorities-workshop-weights", args=["0180", TOKEN]) == f"{WORKSHOP}vikter/"
    assert reverse("priorities-workshop-votes", args=["0180", TOKEN]) == f"{WORKSHOP}poang/"
    assert (
        reverse("priorities-workshop-results", args=["0180", TOKEN])
        == f"{WORKSHOP}sammanstallning/"
    )
    assert reverse("priorities-workshop-status", args=["0180", TOKEN]) == f"{WORKSHOP}status/"
    assert reverse("priorities-decisions", args=["0180"]) == f"{BASE}beslut/"
    assert reverse("priorities-decision-new", args=["0180"]) == f"{BASE}beslut/nytt/"
    assert reverse("priorities-decision", args=["0180", 7]) == f"{BASE}beslut/7/"
    assert reverse("priorities-decision-document", args=["0180", 7]) == f"{BASE}beslut/7/dokument/"


@pytest.mark.parametrize("user", MEMBERS)
def test_members_of_a_read_everything(user, request, client_for, workshop_a, with_document):
    client = client_for(request.getfixturevalue(user))
    for url in read_urls(with_document):
        assert client.get(url).status_code == 200, url
    text = text_of(client.get(f"{BASE}beslut/{with_document.pk}/"))
    assert SECRET_MOTIVATION in text and SECRET_REFERENCE in text
    fragment = client.get(f"{WORKSHOP}sammanstallning/", headers={"HX-Request": "true"})
    assert fragment.status_code == 200 and "<html" not in text_of(fragment)
    assert client.get(f"{WORKSHOP}sammanstallning/").status_code == 302  # a plain visit: the page


@pytest.mark.parametrize("user", EDITORS)
def test_editors_of_a_open_the_editor_pages(user, request, client_for, workshop_a):
    client = client_for(request.getfixturevalue(user))
    assert client.get(f"{BASE}strategisk-vikt/").status_code == 200
    assert client.get(f"{BASE}beslut/nytt/").status_code == 200
    text = text_of(client.get(BASE))
    assert "Spara som organisationens vikter" not in text  # the defaults are in use already
    assert f"{BASE}strategisk-vikt/" in text and f"{BASE}beslut/nytt/" in text


def test_viewer_of_a_sees_no_editor_actions(client_for, viewer_a, workshop_a, decision_a):
    client = client_for(viewer_a)
    assert client.get(f"{BASE}strategisk-vikt/").status_code == 403
    assert client.get(f"{BASE}beslut/nytt/").status_code == 403
    for url in (f"{BASE}?utmaning=80", f"{BASE}workshop/", WORKSHOP, f"{BASE}beslut/"):
        text = text_of(client.get(url))
        for editor_only in ("spara-vikter/", "strategisk-vikt/", "beslut/nytt/", "workshop/ny/"):
            assert editor_only not in text, (url, editor_only)
        assert "status/" not in text


def test_editor_of_b_is_refused_and_sees_none_of_a(client_for, editor_b, workshop_a, with_document):
    client = client_for(editor_b)
    for url in [*read_urls(with_document), f"{BASE}strategisk-vikt/", f"{BASE}beslut/nytt/"]:
        response = client.get(url)
        assert response.status_code == 403, url
        text = text_of(response)
        assert SECRET_MOTIVATION not in text and SECRET_REFERENCE not in text, url
        assert workshop_a.title not in text, url  # (the token is in the address asked for)
    fragment = client.get(f"{WORKSHOP}sammanstallning/", headers={"HX-Request": "true"})
    assert fragment.status_code == 403


@pytest.mark.parametrize(("path", "data", "who"), POSTS)
def test_posts_by_role(path, data, who, request, client_for, workshop_a, decision_a):
    allowed = EDITORS if who == "editors" else MEMBERS
    for user in ["viewer_a", "editor_b", *EDITORS]:
        before = changes()
        response = client_for(request.getfixturevalue(user)).post(BASE + path, data)
        if user in allowed:
            assert response.status_code == 302, (user, text_of(response)[:2000])
        else:
            assert response.status_code == 403, user
            assert changes() == before, user
            assert SECRET_MOTIVATION not in text_of(response)


@pytest.mark.parametrize(("path", "data", "who"), POSTS)
def test_anonymous_is_sent_to_the_login(path, data, who, client_for, workshop_a, decision_a):
    client = client_for(None)
    for url in read_urls(decision_a):
        response = client.get(url)
        assert response.status_code == 302 and "/konto/logga-in/" in response["Location"]
    before = changes()
    response = client.post(BASE + path, data)
    assert response.status_code == 302 and "/konto/logga-in/" in response["Location"]
    assert changes() == before


@pytest.mark.parametrize(
    "path",
    [
        "spara-vikter/",
        "workshop/ny/",
        f"workshop/{TOKEN}/vikter/",
        f"workshop/{TOKEN}/poang/",
        f"workshop/{TOKEN}/status/",
    ],
)
def test_the_change_urls_take_only_post(path, client_for, editor_a, workshop_a):
    assert client_for(editor_a).get(BASE + path).status_code == 405


def test_unknown_things_and_riket_are_not_found(
    client_for, editor_a, editor_b, workshop_a, decision_a
):
    Organisation.objects.create(kolada_id="0000", name="Riket", type="K")
    client = client_for(editor_a)
    for url in [
        "/omraden/9999/prioritera/",
        "/omraden/0000/prioritera/",
        "/omraden/0000/prioritera/beslut/",
        f"{BASE}workshop/okand-nyckel/",
        f"{BASE}beslut/{decision_a.pk + 1}/",
        f"{BASE}beslut/{decision_a.pk}/dokument/",  # no document
    ]:
        assert client.get(url).status_code == 404, url
    # A's workshop and decision under B's address: B's editor gets nothing of A.
    other = client_for(editor_b)
    for url in [
        f"/omraden/1480/prioritera/workshop/{TOKEN}/",
        f"/omraden/1480/prioritera/beslut/{decision_a.pk}/",
        f"/omraden/1480/prioritera/beslut/{decision_a.pk}/dokument/",
    ]:
        assert other.get(url).status_code == 404, url
    response = other.post(f"/omraden/1480/prioritera/workshop/{TOKEN}/vikter/", WEIGHTS)
    assert response.status_code == 404 and not WorkshopEntry.objects.exists()
