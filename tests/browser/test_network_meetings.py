"""Network meetings and peer review in Chromium.

The coordinator plans a meeting and gives Stockholm a task; Stockholm's editor finds
it under "Uppgifter", marks it done, and the coordinator sees it done on the meeting's
page. Stockholm's editor asks Göteborg's editor, a peer in the same network, to
review the handlingsplan; the peer follows the e-mailed link, reads the plan and
comments; the editor sees the comment. axe-core finds no violation on any page used.
"""

import re
from datetime import timedelta
from urllib.parse import urlsplit

from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from styra.web.actionplan.models import Action
from styra.web.organisations.models import Network
from tests.web.factories import make_user

from .conftest import check_axe, login

REVIEW_LINK = re.compile(r"https?://\S+/natverk/\d+/granskning/\d+/")


def test_a_meeting_gives_a_member_a_task_it_marks_done(new_page, org_a, org_b, editor_a):
    coordinator_user = make_user("sara_samordnare", "Sara", "Samordnare")
    network = Network.objects.create(name="Agenda 2030-nätverket")
    network.members.add(org_a, org_b)
    network.coordinators.add(coordinator_user)

    coordinator = new_page()
    login(coordinator, coordinator_user)
    coordinator.goto(f"/natverk/{network.pk}/moten/")
    check_axe(coordinator)
    coordinator.get_by_role("link", name="Planera ett nytt möte").click()
    form = coordinator.locator("#main form.form")
    form.get_by_label("Rubrik").fill("Vårträffen")
    form.get_by_label("Datum").fill((timezone.localdate() + timedelta(days=20)).isoformat())
    form.get_by_label("Börjar, klockslag").fill("09:00")
    form.get_by_label("Slutar, klockslag").fill("12:00")
    form.get_by_label("Dagordning").fill("1. Nulägesanalysen\n2. Nästa steg")
    check_axe(coordinator)
    form.get_by_role("button", name="Spara").click()
    expect(coordinator.get_by_role("heading", level=1)).to_have_text("Vårträffen")
    check_axe(coordinator)
    coordinator.get_by_role("link", name="Lägg till en uppgift").click()
    form = coordinator.locator("#main form.form")
    form.get_by_label("Uppgift").fill("Frys nulägesanalysen")
    form.get_by_label("Vem gör det?").select_option(label="Stockholm (0180)")
    check_axe(coordinator)
    form.get_by_role("button", name="Spara").click()
    expect(coordinator.locator("#main")).to_contain_text("Stockholm: Inte klar")

    member = new_page()
    login(member, editor_a)
    member.goto("/omraden/0180/natverk/uppgifter/")
    expect(member.locator("#main")).to_contain_text("Frys nulägesanalysen")
    check_axe(member)
    member.get_by_role("button", name=re.compile("^Markera som klar")).click()
    expect(member.get_by_text("Uppgiften är markerad som klar för Stockholm.")).to_be_visible()
    check_axe(member)

    coordinator.reload()
    expect(coordinator.locator("#main")).to_contain_text("Stockholm: Klar")


def test_a_peer_reviews_the_handlingsplan(new_page, org_a, org_b, editor_a, editor_b):
    network = Network.objects.create(name="Agenda 2030-nätverket")
    network.members.add(org_a, org_b)
    Action.objects.create(organisation=org_a, level="strategy", code="S1", title="Fler cyklar")

    owner = new_page()
    login(owner, editor_a)
    owner.goto("/omraden/0180/remiss/")
    owner.get_by_role("link", name="Be kollegor i nätverket granska").click()
    form = owner.locator("#main form.form")
    form.get_by_label("Rubrik").fill("Granska vår handlingsplan")
    form.get_by_label("Nätverk").select_option(label="Agenda 2030-nätverket")
    form.get_by_label("Det rundan gäller").select_option(label="Handlingsplanen")
    form.get_by_label("Vad vi frågar om").fill("Räcker åtgärderna?")
    deadline = timezone.localdate() + timedelta(days=14)
    form.get_by_label("Sista dag att svara").fill(deadline.isoformat())
    check_axe(owner)
    form.get_by_role("button", name="Spara").click()
    expect(owner.get_by_role("heading", level=1)).to_contain_text("Bjud in kollegor")
    check_axe(owner)
    mail.outbox.clear()
    owner.get_by_label(re.compile("Bo Berg")).check()
    owner.get_by_role("button", name="Skicka inbjudningar").click()
    expect(owner.get_by_text("1 inbjudan har skickats.")).to_be_visible()
    (invitation,) = [m for m in mail.outbox if m.to == [editor_b.email]]
    link = urlsplit(REVIEW_LINK.search(invitation.body).group(0)).path

    peer = new_page()
    login(peer, editor_b)
    peer.goto(link)
    expect(peer.get_by_role("heading", level=1)).to_have_text("Granska vår handlingsplan")
    expect(peer.locator("#main")).to_contain_text("Fler cyklar")
    check_axe(peer)
    form = peer.locator("#main form.form")
    form.get_by_role("textbox", name="Kommentar").fill("S1 saknar en budget.")
    form.get_by_role("button", name="Skicka kommentaren").click()
    expect(peer.get_by_text("Din kommentar har sparats.")).to_be_visible()
    check_axe(peer)

    owner.get_by_role("link", name="Granska vår handlingsplan").click()
    expect(owner.locator("#main")).to_contain_text("S1 saknar en budget.")
    check_axe(owner)
