"""``manage.py consultation_digest``: the same as ``styra consultation digest``."""

from django.core.management.base import BaseCommand

from styra.web.consultation import mail


class Command(BaseCommand):
    help = "E-mail each invitee and editor what happened in their remissrundor (each item once)."

    def handle(self, *args, **options):
        sent = mail.send_digests()
        self.stdout.write(f"{sent} digests sent")
