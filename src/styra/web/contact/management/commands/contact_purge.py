"""``manage.py contact_purge``: the same as ``styra contact purge``."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from styra.web.contact import retention


class Command(BaseCommand):
    help = "Delete the contact messages received longer ago than the retention period."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None)

    def handle(self, *args, days: int | None, **options):
        if days is not None and days < 1:
            raise CommandError("--days must be at least 1")
        deleted = retention.purge(timezone.now(), days)
        self.stdout.write(f"{deleted} contact messages deleted")
