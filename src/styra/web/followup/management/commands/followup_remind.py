"""``manage.py followup_remind``: the same as ``styra followup remind``."""

from django.core.management.base import BaseCommand

from styra.followup import DEFAULT_DAYS_BEFORE
from styra.web.followup import mail, services


class Command(BaseCommand):
    help = "Remind everyone with unreported actions in an open follow-up cycle (once each)."

    def add_arguments(self, parser):
        parser.add_argument("--days-before", type=int, default=DEFAULT_DAYS_BEFORE)

    def handle(self, *args, days_before: int, **options):
        sent = mail.send_reminders(services.today(), days_before)
        self.stdout.write(f"{sent} reminders sent")
