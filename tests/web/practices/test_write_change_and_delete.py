"""Editors write, change and delete their organisation's practices; viewers only read."""

from styra.web.practices.models import Link, Practice, Visibility

FORM = {
    "title": "Cykelbibliotek",
    "action": "Vi lånade ut lådcyklar gratis.",
    "result": "Fler cykelresor.",
    "lessons": "Börja i liten skala.",
    "visibility": Visibility.NETWORKS,
    "goals": ["11"],
    "targets": "11.2; 3.6",
    "kpis": "n00401",
}


def test_an_editor_writes_a_practice_with_its_links(client_for, editor_a, org_a, network_n, kpis):
    response = client_for(editor_a).post(
        "/omraden/0180/goda-exempel/nytt/", FORM | {"networks": [network_n.pk]}
    )
    practice = Practice.objects.get()
    assert response.status_code == 302
    assert response.url == f"/goda-exempel/{practice.pk}/"
    assert (practice.organisation, practice.created_by, practice.updated_by) == (
        org_a,
        editor_a,
        editor_a,
    )
    links = set(practice.links.values_list("kind", "code"))
    assert links == {("goal", "11"), ("target", "3.6"), ("target", "11.2"), ("kpi", "N00401")}
    assert list(practice.networks.all()) == [network_n]
    page = client_for(editor_a).get(f"/goda-exempel/{practice.pk}/").content.decode()
    assert "Utsläpp av växthusgaser" in page and "/omraden/0180/nyckeltal/N00401/" in page


def test_unknown_kpis_targets_and_missing_networks_are_named(client_for, editor_a, network_n):
    form = FORM | {"kpis": "N00401 X12345", "targets": "11.99"}
    response = client_for(editor_a).post("/omraden/0180/goda-exempel/nytt/", form)
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert "X12345" in errors["kpis"][0] and "N00401" in errors["kpis"][0]  # none loaded
    assert "11.99" in errors["targets"][0]
    assert "networks" in errors
    assert not Practice.objects.exists()


def test_networks_are_those_of_the_organisation(client_for, editor_a, network_m, kpis):
    form = FORM | {"networks": [network_m.pk]}  # A is not in M
    response = client_for(editor_a).post("/omraden/0180/goda-exempel/nytt/", form)
    assert response.status_code == 400 and "networks" in response.context["form"].errors


def test_a_private_practice_keeps_no_networks(client_for, editor_a, practices, kpis):
    practice = practices["network"]
    form = FORM | {"visibility": Visibility.PRIVATE, "updated_at": practice.updated_at}
    url = f"/omraden/0180/goda-exempel/{practice.pk}/andra/"
    response = client_for(editor_a).post(url, form)
    assert response.status_code == 302, response.content.decode()[:3000]
    practice.refresh_from_db()
    assert practice.title == "Cykelbibliotek" and not practice.networks.exists()


def test_an_editor_deletes(client_for, editor_a, practices):
    practice = practices["public"]
    response = client_for(editor_a).post(f"/omraden/0180/goda-exempel/{practice.pk}/ta-bort/")
    assert response.status_code == 302
    assert not Practice.objects.filter(pk=practice.pk).exists()
    assert not Link.objects.filter(practice_id=practice.pk).exists()


def test_a_viewer_reads_the_list_but_cannot_change(client_for, viewer_a, practices):
    client = client_for(viewer_a)
    page = client.get("/omraden/0180/goda-exempel/")
    assert page.status_code == 200
    assert all(p.title in page.content.decode() for p in practices.values())
    pk = practices["public"].pk
    assert client.get("/omraden/0180/goda-exempel/nytt/").status_code == 403
    assert client.post(f"/omraden/0180/goda-exempel/{pk}/ta-bort/").status_code == 403


def test_another_organisation_cannot_see_the_list_or_change(client_for, editor_b, practices):
    client = client_for(editor_b)
    pk = practices["network"].pk
    assert client.get("/omraden/0180/goda-exempel/").status_code == 403
    assert client.get(f"/omraden/1480/goda-exempel/{pk}/andra/").status_code == 404
