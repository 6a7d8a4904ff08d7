"""The e-mails of a cycle: the request when it opens, and the reminders before and after
its deadline. Each person gets each of a cycle's e-mails at most once (``ReminderSent``).

``styra followup remind`` (and ``manage.py followup_remind``) calls ``send_reminders``;
run it daily (docs/followup.md).
"""

from datetime import date

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from styra.followup import DEFAULT_DAYS_BEFORE, Reminder, reminder_due

from . import services
from .models import Cycle, ReminderSent

OPENED, BEFORE, AFTER = Reminder.OPENED, Reminder.BEFORE, Reminder.AFTER


def link(cycle: Cycle) -> str:
    """The absolute address of the page "Att rapportera" of the cycle's organisation."""
    path = reverse("followup-todo", args=[cycle.organisation_id])
    return settings.STYRA_SITE_URL.rstrip("/") + path


def send_once(cycle: Cycle, user, actions, kind: Reminder) -> bool:
    """E-mail ``user`` about ``actions`` unless this kind was sent to them before; True
    when sent. Without an address nothing is sent (nor recorded)."""
    if not user.email:
        return False
    try:
        with transaction.atomic():
            ReminderSent.objects.create(cycle=cycle, user=user, kind=kind)
            context = {"cycle": cycle, "user": user, "actions": actions, "kind": kind.value}
            context["url"] = link(cycle)
            with translation.override(settings.LANGUAGE_CODE):
                subject = render_to_string("followup/email_subject.txt", context)
                body = render_to_string("followup/email.txt", context)
            send_mail(" ".join(subject.split()), body, None, [user.email])
    except IntegrityError:  # sent already, perhaps at this very moment by another run
        return False
    return True


def ask_everyone(cycle: Cycle, kind: Reminder) -> int:
    """The request (``OPENED``) to each person asked, with all their actions."""
    people = services.actions_by_person(cycle)
    return sum(send_once(cycle, user, actions, kind) for user, actions in people.items())


def send_reminders(on: date, days_before: int = DEFAULT_DAYS_BEFORE) -> int:
    """For each open cycle a reminder is due for, remind each person who still has actions
    to report; the number of e-mails sent. Running it again the same day sends nothing."""
    sent = 0
    open_cycles = Cycle.objects.filter(opened_at__isnull=False, closed_at__isnull=True)
    for cycle in open_cycles.select_related("organisation"):
        kind = reminder_due(cycle.deadline, on, days_before)
        if kind is None:
            continue
        for user, actions in services.unreported_by_person(cycle).items():
            sent += send_once(cycle, user, actions, kind)
    return sent
