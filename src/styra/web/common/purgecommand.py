"""The ``manage.py <what>_purge`` commands: delete what is older than its retention
period, as the matching ``styra … purge`` does (docs/personal-data.md)."""

from collections.abc import Callable
from datetime import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone


def purge_command(purge: Callable[[datetime, int | None], int], help_text: str, what: str):
    """A management command calling ``purge(now, days)`` and saying how many ``what``
    it deleted; ``--days`` overrides the configured period."""

    class Command(BaseCommand):
        help = help_text

        def add_arguments(self, parser):
            parser.add_argument("--days", type=int, default=None)

        def handle(self, *args, days: int | None, **options):
            if days is not None and days < 1:
                raise CommandError("--days must be at least 1")
            self.stdout.write(f"{purge(timezone.now(), days)} {what} deleted")

    return Command
