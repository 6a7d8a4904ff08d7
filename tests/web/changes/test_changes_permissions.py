"""Who may open "Vad har hänt sedan sist?" and its exports: members of the organisation
(any role); an editor of another organisation is refused, an unknown area is 404."""

import pytest
from django.urls import reverse

PAGE = ("changes-page", [])
EXPORT = ("changes-export", ["csv"])


@pytest.mark.parametrize(("name", "extra"), [PAGE, EXPORT])
@pytest.mark.parametrize(
    ("user", "status"),
    [("admin_a", 200), ("editor_a", 200), ("contributor_a", 200), ("viewer_a", 200)]
    + [("editor_b", 403)],
)
def test_members_only(name, extra, user, status, request, client_for, org_a):
    response = client_for(request.getfixturevalue(user)).get(reverse(name, args=["0180", *extra]))
    # the export of two versions that are not there is a 404 for a member
    expected = 404 if name == "changes-export" and status == 200 else status
    assert response.status_code == expected


def test_anonymous_is_sent_to_log_in(client, org_a):
    response = client.get(reverse("changes-page", args=["0180"]))
    assert response.status_code == 302 and response["Location"].startswith(
        reverse("accounts-login")
    )


def test_an_unknown_area_is_404_before_403(client_for, editor_b, org_a):
    assert client_for(editor_b).get(reverse("changes-page", args=["9999"])).status_code == 404


def test_the_page_says_when_there_is_only_one_version(client_for, viewer_a):
    page = client_for(viewer_a).get(reverse("changes-page", args=["0180"]))
    assert 'id="too-few-versions"' in page.content.decode()
