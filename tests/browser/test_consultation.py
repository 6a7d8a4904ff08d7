"""A remissrunda in Chromium: an editor of Stockholm opens a round on the handlingsplan
and invites a partner from the samverkan register by e-mail; the partner, with no
account, opens the personal link from the e-mail (the locmem outbox) in a browser of
their own, comments and mentions the editor; the editor finds the comment on the
round's page and is told of the mention by e-mail. Another browser without the link's
cookie is refused the round. axe-core finds no violation on the pages used.
"""

import re
from datetime import timedelta
from urllib.parse import urlsplit

from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from styra.web.consultation.models import Comment, Round
from styra.web.samverkan.models import Actor

from .conftest import check_axe, login

PARTNER = "Cykelfrämjandet Stockholm"
PARTNER_EMAIL = "remiss@cykelframjandet.example"
TITLE = "Remiss: handlingsplanen 2026"
SAID = "Bra plan. @Erik Ek: lägg till cykelparkering vid pendeltågen."
LINK = re.compile(r"https?://\S+/remiss/[^/\s]+/")


def open_round(page) -> Round:
    page.goto("/omraden/0180/remiss/ny/")
    form = page.locator("#main form.form")
    form.get_by_label("Rubrik").fill(TITLE)
    form.get_by_label("Det rundan gäller").select_option(label="Handlingsplanen")
    form.get_by_label("Vad vi frågar om").fill("Saknas något i handlingsplanen?")
    deadline = timezone.localdate() + timedelta(days=14)
    form.get_by_label("Sista dag att svara").fill(deadline.isoformat())
    check_axe(page)
    form.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(TITLE)
    return Round.objects.get(title=TITLE)


def invite_partner(page, round_: Round) -> str:
    """Invite the partner; the path of the personal link in the e-mail it got."""
    page.goto(f"/omraden/0180/remiss/{round_.pk}/bjud-in/")
    check_axe(page)
    form = page.locator("#main form").filter(has=page.get_by_label(f"Bjud in {PARTNER}"))
    form.get_by_label(f"Bjud in {PARTNER}").check()
    expect(form.get_by_label(f"E-postadress till {PARTNER}")).to_have_value(PARTNER_EMAIL)
    form.get_by_role("button", name="Skicka inbjudningar").click()
    expect(page.get_by_text("1 inbjudan har skickats.")).to_be_visible()
    invitations = [email for email in mail.outbox if email.to == [PARTNER_EMAIL]]
    assert len(invitations) == 1, [email.to for email in mail.outbox]
    links = LINK.findall(invitations[0].body)
    assert len(links) == 1, invitations[0].body
    return urlsplit(links[0]).path  # the live server's, whatever STYRA_SITE_URL says


def test_an_invited_partner_comments_through_the_emailed_link(new_page, org_a, editor_a):
    Actor.objects.create(
        organisation=org_a, name=PARTNER, category="civilsamhalle", contact=PARTNER_EMAIL
    )
    editor = new_page()
    login(editor, editor_a)
    round_ = open_round(editor)
    link = invite_partner(editor, round_)
    mail.outbox.clear()

    partner = new_page()  # a browser of their own: no account, no session
    partner.goto(link)
    expect(partner).to_have_url(re.compile(rf"/remiss/runda/{round_.pk}/$"))
    expect(partner.get_by_role("heading", level=1)).to_have_text(TITLE)
    check_axe(partner)
    form = partner.locator("#main form.form")
    form.get_by_label("Ditt namn").fill("Petra Partner")
    form.get_by_role("textbox", name="Kommentar").fill(SAID)
    form.get_by_role("button", name="Skicka kommentaren").click()
    expect(partner.get_by_text("Din kommentar har sparats.")).to_be_visible()
    expect(partner.locator("#main")).to_contain_text("lägg till cykelparkering")
    check_axe(partner)

    comment = Comment.objects.get(round=round_)
    assert comment.text == SAID
    assert comment.author_invitee.actor.name == PARTNER
    assert (comment.author_name, comment.author_organisation) == ("Petra Partner", PARTNER)
    mentioned = [email for email in mail.outbox if email.to == [editor_a.email]]
    assert len(mentioned) == 1, [email.to for email in mail.outbox]

    editor.goto(f"/omraden/0180/remiss/{round_.pk}/")
    expect(editor.locator("#main")).to_contain_text("lägg till cykelparkering")
    expect(editor.locator("#main")).to_contain_text("Petra Partner")
    check_axe(editor)

    stranger = new_page()  # without the link: the round is not theirs to see
    assert stranger.goto(f"/remiss/runda/{round_.pk}/").status == 403
    assert stranger.goto(link.replace("/remiss/", "/remiss/x", 1)).status == 404
