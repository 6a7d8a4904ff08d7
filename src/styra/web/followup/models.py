"""Follow-up cycles: a cycle an organisation's editor sets (e.g. "Tertial 1 2026"), the
report on each action in it, and the e-mails sent about it.

A ``Cycle`` is planned until opened (``opened_at``) and frozen once closed
(``closed_at``); ``styra.followup.phase`` tells which. A ``Report`` is one
action's status on the scale of ``styra.followup.Scale`` with a comment and a
value per measure (``measures``: the action's indicator KPI id → value). Saving
a report also keeps one ``ProgressEntry`` of the action (``progress``) at the
scale's percent, so that progress rolls up through the plan as before.
A ``ReminderSent`` records each e-mail sent to a person about a cycle, so that
each is sent once.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from styra.followup import CycleState, Phase, Reminder, Scale, phase
from styra.web.actionplan.models import Action, ProgressEntry
from styra.web.common.models import Edited, Timestamps, user_field
from styra.web.organisations.models import organisation_field


class Kind(models.TextChoices):
    TERTIAL = "tertial", _("Tertial")
    INTERIM = "interim", _("Delår")
    YEAR = "year", _("Helår")
    OTHER = "other", _("Annan")


class Status(models.TextChoices):
    DONE = Scale.DONE.value, _("Genomförd")
    MORE_THAN_HALF = Scale.MORE_THAN_HALF.value, _("Mer än hälften")
    STARTED = Scale.STARTED.value, _("Påbörjad")
    NOT_STARTED = Scale.NOT_STARTED.value, _("Ej påbörjad")
    NOT_RELEVANT = Scale.NOT_RELEVANT.value, _("Ej relevant")


class Cycle(Timestamps):
    organisation = organisation_field("followup_cycles")
    name = models.CharField(_("namn"), max_length=100, help_text=_("T.ex. Tertial 1 2026."))
    kind = models.CharField(_("slag"), max_length=10, choices=Kind.choices, default=Kind.TERTIAL)
    period_start = models.DateField(_("perioden börjar"))
    period_end = models.DateField(_("perioden slutar"))
    opens_on = models.DateField(_("öppnas"), help_text=_("Dagen rapporteringen ska börja."))
    deadline = models.DateField(_("sista dag att rapportera"))
    opened_at = models.DateTimeField(_("öppnad"), null=True, blank=True)
    opened_by = user_field(_("öppnad av"))
    closed_at = models.DateTimeField(_("stängd"), null=True, blank=True)
    closed_by = user_field(_("stängd av"))

    class Meta:
        ordering = ["organisation", "-period_end", "-pk"]
        verbose_name = _("uppföljning")
        verbose_name_plural = _("uppföljningar")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "name"], name="cycle_unique_name"),
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")),
                name="cycle_period_ends_after_start",
            ),
            models.CheckConstraint(
                condition=models.Q(deadline__gte=models.F("opens_on")),
                name="cycle_deadline_after_opening",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def state(self, expected: int = 0, reported: int = 0) -> CycleState:
        return CycleState(
            self.opened_at is not None, self.closed_at is not None, expected, reported
        )

    @property
    def phase(self) -> Phase:
        return phase(self.state())

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None


class Report(Edited):
    cycle = models.ForeignKey(
        Cycle, verbose_name=_("uppföljning"), on_delete=models.CASCADE, related_name="reports"
    )
    action = models.ForeignKey(
        Action, verbose_name=_("åtgärd"), on_delete=models.CASCADE, related_name="cycle_reports"
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    comment = models.TextField(_("kommentar"), blank=True)
    measures = models.JSONField(_("mått"), default=dict, blank=True)
    progress = models.OneToOneField(
        ProgressEntry,
        verbose_name=_("rapport om framsteg"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cycle_report",
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    class Meta:
        ordering = ["cycle", "action__code"]
        verbose_name = _("rapport i uppföljning")
        verbose_name_plural = _("rapporter i uppföljning")
        constraints = [
            models.UniqueConstraint(fields=["cycle", "action"], name="report_one_per_action")
        ]

    def __str__(self) -> str:
        return f"{self.cycle_id} {self.action_id}: {self.status}"


class ReminderSent(models.Model):
    cycle = models.ForeignKey(
        Cycle, verbose_name=_("uppföljning"), on_delete=models.CASCADE, related_name="reminders"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("mottagare"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    kind = models.CharField(
        _("slag"), max_length=10, choices=[(r.value, r.value) for r in Reminder]
    )
    sent_at = models.DateTimeField(_("skickad"), auto_now_add=True)

    class Meta:
        ordering = ["cycle", "sent_at"]
        verbose_name = _("skickat e-brev")
        verbose_name_plural = _("skickade e-brev")
        constraints = [
            models.UniqueConstraint(
                fields=["cycle", "user", "kind"], name="reminder_once_per_person"
            )
        ]

    def __str__(self) -> str:
        return f"{self.cycle_id} {self.user_id} {self.kind}"
