"""Who reads which practice: the own organisation, the networks it is shared with, everyone
signed in when public, and nobody anonymous."""

import pytest
from django.contrib.auth.models import AnonymousUser

from styra.web.practices.services import readable_practices

# user: the practices of A they read (private, shared with N, public)
READS = {
    "editor_a": {"private", "network", "public"},
    "viewer_a": {"private", "network", "public"},
    "editor_b": {"network", "public"},  # member of N (and M)
    "coordinator": {"network", "public"},  # coordinates N, belongs to no member
    "editor_c": {"public"},  # member of M only
    "viewer_d": {"public"},  # in no network
}


@pytest.mark.parametrize("user", READS)
def test_each_user_reads_what_the_sharing_allows(user, request, practices):
    reader = request.getfixturevalue(user)
    readable = set(readable_practices(reader))
    assert {k for k, p in practices.items() if p in readable} == READS[user]
    for name, practice in practices.items():
        assert reader.has_perm("practices.view_practice", practice) == (name in READS[user])


def test_anonymous_reads_nothing(practices):
    anonymous = AnonymousUser()
    assert not readable_practices(anonymous).exists()
    assert not anonymous.has_perm("practices.view_practice", practices["public"])


def test_leaving_the_network_unshares(practices, network_n, org_a, editor_b):
    network_n.members.remove(org_a)
    assert practices["network"] not in readable_practices(editor_b)
    assert practices["public"] in readable_practices(editor_b)


def test_only_editors_of_the_organisation_change(practices, editor_a, viewer_a, editor_b):
    practice = practices["public"]
    assert editor_a.has_perm("practices.change_practice", practice)
    assert not viewer_a.has_perm("practices.change_practice", practice)
    assert not editor_b.has_perm("practices.change_practice", practice)


def test_the_pages_answer_404_then_403(practices, client_for, editor_b, viewer_d):
    shared = practices["network"].pk
    assert client_for(editor_b).get(f"/goda-exempel/{shared}/").status_code == 200
    assert client_for(viewer_d).get(f"/goda-exempel/{shared}/").status_code == 403
    assert client_for(viewer_d).get("/goda-exempel/999999/").status_code == 404
    assert client_for().get(f"/goda-exempel/{shared}/").status_code == 302  # to the login
