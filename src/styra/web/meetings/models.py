"""A network's joint sessions: when and where, the agenda, notes, decisions and tasks.

A ``MeetingTask`` is for one member organisation, or (``organisation`` empty) for
every member. Each member marks its own part done: ``TaskDone`` records which
member did it and when, so a task for all shows a status per member.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from styra.web.common.models import Timestamps, user_field
from styra.web.organisations.models import Network, Organisation

TEXT_LENGTH = 20000


class Meeting(Timestamps):
    network = models.ForeignKey(
        Network, verbose_name=_("nätverk"), on_delete=models.CASCADE, related_name="meetings"
    )
    title = models.CharField(_("rubrik"), max_length=200)
    starts_at = models.DateTimeField(_("börjar"))
    ends_at = models.DateTimeField(_("slutar"))
    location = models.CharField(
        _("plats eller länk"),
        max_length=500,
        blank=True,
        help_text=_("En adress, ett rum eller länken till ett digitalt möte."),
    )
    agenda = models.TextField(_("dagordning"), max_length=TEXT_LENGTH, blank=True)
    notes = models.TextField(_("anteckningar"), max_length=TEXT_LENGTH, blank=True)
    decisions = models.TextField(_("beslut"), max_length=TEXT_LENGTH, blank=True)
    created_by = user_field(_("skapat av"))

    class Meta:
        ordering = ["network", "starts_at", "pk"]
        verbose_name = _("nätverksmöte")
        verbose_name_plural = _("nätverksmöten")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gte=models.F("starts_at")),
                name="meetings_meeting_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("Mötet kan inte sluta innan det börjar.")})


class MeetingTask(Timestamps):
    meeting = models.ForeignKey(
        Meeting, verbose_name=_("möte"), on_delete=models.CASCADE, related_name="tasks"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("medlem"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="meeting_tasks",
        help_text=_("Tomt: uppgiften gäller alla medlemmar."),
    )
    text = models.TextField(_("uppgift"), max_length=2000)
    due_on = models.DateField(_("klart senast"), null=True, blank=True)

    class Meta:
        ordering = ["meeting", "due_on", "pk"]
        verbose_name = _("uppgift från möte")
        verbose_name_plural = _("uppgifter från möten")

    def __str__(self) -> str:
        return self.text[:60]

    @property
    def for_all(self) -> bool:
        return self.organisation_id is None


class TaskDone(models.Model):
    """That ``organisation`` has done its part of ``task``."""

    task = models.ForeignKey(
        MeetingTask, verbose_name=_("uppgift"), on_delete=models.CASCADE, related_name="done"
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("medlem"), on_delete=models.CASCADE, related_name="+"
    )
    done_at = models.DateTimeField(_("klar"), auto_now_add=True)
    done_by = user_field(_("markerad av"))

    class Meta:
        ordering = ["task", "organisation_id"]
        verbose_name = _("klar uppgift")
        verbose_name_plural = _("klara uppgifter")
        constraints = [
            models.UniqueConstraint(fields=["task", "organisation"], name="meetings_task_done_once")
        ]

    def __str__(self) -> str:
        return f"{self.task_id} {self.organisation_id}"
