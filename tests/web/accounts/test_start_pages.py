"""The start page, "Mina organisationer" and the area switcher."""

from django.urls import reverse

from styra.web.accounts.models import Membership, Role


def test_start_page_for_visitors_explains_styra_and_offers_login(client):
    text = client.get("/").content.decode()
    assert "Nulägesanalys" in text and "Följa upp och analysera" in text
    assert reverse("accounts-login") in text
    assert 'lang="sv"' in text and "Hoppa till innehållet" in text and 'id="main"' in text


def test_start_page_lists_my_organisations(client_for, editor_a):
    text = client_for(editor_a).get("/").content.decode()
    assert "Dina organisationer" in text and "/omraden/0180/organisation/" in text


def test_my_organisations_lists_each_with_role(client_for, editor_a, org_b):
    Membership.objects.create(user=editor_a, organisation=org_b, role=Role.VIEWER)
    text = client_for(editor_a).get(reverse("accounts-home")).content.decode()
    assert "Stockholm" in text and "Redaktör" in text
    assert "Göteborg" in text and "Läsare" in text


def test_my_organisations_needs_login(client):
    response = client.get(reverse("accounts-home"))
    assert response.status_code == 302 and "/konto/logga-in/" in response["Location"]


def test_switcher_only_for_several_organisations(client_for, editor_a, org_b):
    client = client_for(editor_a)
    assert 'name="organisation"' not in client.get("/").content.decode()
    Membership.objects.create(user=editor_a, organisation=org_b, role=Role.VIEWER)
    assert 'name="organisation"' in client.get("/").content.decode()


def test_switching_keeps_the_organisation_in_the_session(client_for, editor_a, org_b):
    Membership.objects.create(user=editor_a, organisation=org_b, role=Role.VIEWER)
    client = client_for(editor_a)
    response = client.post(reverse("accounts-switch"), {"organisation": "1480"})
    assert response["Location"] == reverse("organisations-detail", args=["1480"])
    assert client.session["styra_organisation"] == "1480"
    nav = client.get(reverse("accounts-home")).content.decode().split("</nav>")[0]
    assert "/omraden/1480/organisation/" in nav


def test_switching_to_a_foreign_organisation_is_refused(client_for, editor_b, org_a):
    client = client_for(editor_b)
    assert client.post(reverse("accounts-switch"), {"organisation": "0180"}).status_code == 403
    assert "styra_organisation" not in client.session


def test_switch_does_not_redirect_off_site(client_for, editor_a):
    response = client_for(editor_a).post(
        reverse("accounts-switch"), {"organisation": "0180", "next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("organisations-detail", args=["0180"])


def test_language_switch_to_english_and_back(client_for, editor_a):
    client = client_for(editor_a)
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    text = client.get("/").content.decode()
    assert 'lang="en"' in text and "Skip to content" in text and "My organisations" in text
    client.post("/i18n/setlang/", {"language": "sv", "next": "/"})
    assert "Hoppa till innehållet" in client.get("/").content.decode()
