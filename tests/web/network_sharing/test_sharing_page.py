"""/omraden/<id>/delning/: members see what is shared with which network and what is
public; editors share and unshare with checkboxes (no JS), and unsharing takes effect at
the next request."""

import pytest
from django.urls import reverse

from styra.web.network.models import Section, SectionShare
from styra.web.organisations.models import Network
from styra.web.public.models import Publication
from tests.web.factories import make_user
from tests.web.network_sharing.conftest import share
from tests.web.pages import text_of


@pytest.fixture
def url(org_a) -> str:
    return reverse("network-org-sharing", args=[org_a.pk])


def test_an_editor_shares_and_unshares(client_for, editor_a, editor_b, org_a, network_n, url):
    editor = client_for(editor_a)
    response = editor.post(url, {"share": [f"{network_n.pk}:focus", f"{network_n.pk}:maturity"]})
    assert response.status_code == 302
    pairs = set(SectionShare.objects.values_list("network_id", "section", "shared_by"))
    assert pairs == {(network_n.pk, "focus", editor_a.pk), (network_n.pk, "maturity", editor_a.pk)}
    peer = client_for(editor_b)
    assert peer.get(reverse("focus-overview", args=[org_a.pk])).status_code == 200
    editor.post(url, {"share": [f"{network_n.pk}:maturity"]})
    assert peer.get(reverse("focus-overview", args=[org_a.pk])).status_code == 403
    assert set(SectionShare.objects.values_list("section", flat=True)) == {"maturity"}


def test_only_the_organisations_own_networks_and_known_sections(
    client_for, editor_a, org_a, org_b, network_n, url
):
    elsewhere = Network.objects.create(name="Utan A")
    elsewhere.members.add(org_b)
    values = [f"{elsewhere.pk}:focus", f"{network_n.pk}:nothing", "x:focus", f"{network_n.pk}"]
    client_for(editor_a).post(url, {"share": values})
    assert not SectionShare.objects.exists()


def test_the_table_shows_networks_sections_and_what_is_public(
    client_for, viewer_a, editor_a, org_a, network_n, network_m, url
):
    share(org_a, network_m, Section.PRIORITIES)
    Publication.objects.create(
        organisation=org_a, sections=["handlingsplan"], prepared_by=editor_a, state="published"
    )
    text = text_of(client_for(viewer_a).get(url))
    assert "Nätverket N" in text and "Nätverket M" in text
    assert 'type="checkbox"' not in text  # a viewer reads, an editor changes
    row = text[text.index('data-section="actionplan"') :]
    assert "Ja, publicerat" in row[: row.index("</tr>")]
    row = text[text.index('data-section="maturity"') :]
    assert "Kan inte publiceras" in row[: row.index("</tr>")]
    assert reverse("publishing", args=[org_a.pk]) in text
    editor_text = text_of(client_for(editor_a).get(url))
    assert f'value="{network_m.pk}:priorities" checked' in editor_text
    assert f'value="{network_n.pk}:priorities">' in editor_text


def test_who_may_open_and_change_it(client_for, viewer_a, editor_b, org_a, network_n, url):
    assert client_for(viewer_a).get(url).status_code == 200
    assert client_for(viewer_a).post(url, {"share": [f"{network_n.pk}:focus"]}).status_code == 403
    assert client_for(editor_b).get(url).status_code == 403
    assert client_for(make_user("ingen")).get(url).status_code == 403
    assert client_for(None).get(url).status_code == 302
    assert not SectionShare.objects.exists()


def test_an_organisation_in_no_network_is_told_so(client_for, editor_a, url):
    text = text_of(client_for(editor_a).get(url))
    assert "är inte med i något nätverk" in text and "<form" not in text.split("<main")[-1]
