"""An admin invites by e-mail; the invitee accepts in another browser."""

import re

from django.core import mail
from playwright.sync_api import expect

from styra.web.accounts.models import Membership

from .conftest import check_axe, login


def test_admin_invites_and_the_invitee_joins(page, new_page, admin_a, editor_a):
    login(page, admin_a)
    page.goto("/omraden/0180/organisation/")
    page.get_by_role("link", name="Hantera medlemmar och inbjudningar").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Medlemmar i Stockholm")
    check_axe(page)
    invite = page.get_by_role("form", name="Bjud in")
    invite.get_by_label("E-postadress").fill("ny.person@stockholm.se")
    invite.get_by_label("Roll").select_option("editor")
    page.get_by_role("button", name="Skicka inbjudan").click()
    expect(page.get_by_role("status")).to_contain_text("Inbjudan har skickats")
    expect(page.get_by_role("main")).to_contain_text("Väntande inbjudningar")
    check_axe(page)

    link = re.search(r"https?://\S+/inbjudan/\S+/", mail.outbox[-1].body).group(0)
    invitee = new_page()
    invitee.goto(link)
    expect(invitee.get_by_role("heading", level=1)).to_have_text("Inbjudan till Stockholm")
    check_axe(invitee)
    invitee.get_by_label("Användarnamn").fill("nyperson")
    invitee.get_by_label("Lösenord:", exact=True).fill("Ett-bra-lösen-2030")
    invitee.get_by_label("Lösenordsbekräftelse").fill("Ett-bra-lösen-2030")
    invitee.get_by_role("button", name="Skapa konto och gå med").click()
    expect(invitee.get_by_role("heading", level=1)).to_have_text("Stockholm")
    expect(invitee.get_by_role("status")).to_contain_text("Välkommen")
    expect(invitee.get_by_role("link", name="Lägg till kontaktperson")).to_be_visible()
    check_axe(invitee)
    assert Membership.objects.get(user__username="nyperson").role == "editor"

    page.reload()
    expect(page.get_by_role("main")).to_contain_text("ny.person@stockholm.se")
    expect(page.get_by_role("main")).not_to_contain_text("Väntande inbjudningar")
