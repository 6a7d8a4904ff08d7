"""The daily digest tells each invitee and editor what happened in their rounds that they
were not told of at once, and each thing only once: a second run sends nothing."""

from io import StringIO

from django.core import mail
from django.core.management import call_command

from styra.web.consultation import mail as consultation_mail
from styra.web.consultation import services
from styra.web.consultation.models import Notified


def digests_to(address: str) -> list:
    return [m for m in mail.outbox if m.to == [address] and "remissrundor" in m.subject]


def test_each_item_is_sent_once(round_a, partner_a, viewer_a, editor_a, admin_a, invite):
    invitee, _token = invite(round_a, partner_a)
    first = services.add_comment(round_a, services.Author(user=viewer_a), "Bra analys.", None)
    services.set_status(first, "answered", editor_a)
    mail.outbox.clear()

    out = StringIO()
    call_command("consultation_digest", stdout=out)
    (digest,) = digests_to(invitee.email)
    assert "Bra analys." in digest.body and "är nu besvarad" in digest.body
    # the editors heard of the comment at once; admin still hears of the editor's status
    (admin_digest,) = digests_to(admin_a.email)
    assert "Bra analys." not in admin_digest.body and "besvarad" in admin_digest.body
    assert digests_to(editor_a.email) == []  # they set the status themselves
    assert out.getvalue() == "2 digests sent\n"

    mail.outbox.clear()
    assert consultation_mail.send_digests() == 0 and mail.outbox == []

    services.add_comment(round_a, services.Author(user=viewer_a), "En sak till.", None)
    mail.outbox.clear()
    assert consultation_mail.send_digests() == 1
    (digest,) = digests_to(invitee.email)
    assert "En sak till." in digest.body and "Bra analys." not in digest.body
    assert Notified.objects.filter(email=invitee.email).count() == 3


def test_an_invitee_hears_nothing_of_their_own_comments(round_a, partner_a, invite):
    invitee, _token = invite(round_a, partner_a)
    services.add_comment(round_a, services.Author(invitee=invitee), "Från oss.", None)
    mail.outbox.clear()
    consultation_mail.send_digests()
    assert digests_to(invitee.email) == []


def test_a_revoked_invitee_gets_no_digest(round_a, partner_a, viewer_a, invite):
    invitee, _token = invite(round_a, partner_a)
    services.revoke(invitee)
    services.add_comment(round_a, services.Author(user=viewer_a), "Bra analys.", None)
    mail.outbox.clear()
    consultation_mail.send_digests()
    assert digests_to(invitee.email) == []


def test_the_cli_command_sends_the_digest(round_a, partner_a, viewer_a, invite):
    from click.testing import CliRunner

    from styra.cli.consultation import consultation

    invite(round_a, partner_a)
    services.add_comment(round_a, services.Author(user=viewer_a), "Bra analys.", None)
    mail.outbox.clear()
    result = CliRunner().invoke(consultation, ["digest"])
    assert result.exit_code == 0 and result.output == "1 digests sent\n"
    assert CliRunner().invoke(consultation, ["digest"]).output == "0 digests sent\n"
