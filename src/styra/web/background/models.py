"""Background jobs as the pages show them (docs/background-work.md).

A ``Job`` is one piece of background work someone started: a document render,
a Kolada sync and load, a recomputation. The task itself (django-tasks, on
whichever backend ``TASKS`` names) writes the job's state here as it runs, so
that a page can show its progress on every backend alike, also on one that
keeps no results (the immediate backend) or keeps them elsewhere (Celery).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from styra.web.common.models import user_field
from styra.web.organisations.models import Organisation


class Job(models.Model):
    class Kind(models.TextChoices):
        RENDER = "render", _("dokument")
        SYNC = "sync", _("hämtning från Kolada")
        WARM = "warm", _("beräkning av analyserna")

    class Status(models.TextChoices):
        QUEUED = "queued", _("i kö")
        RUNNING = "running", _("pågår")
        READY = "ready", _("klart")
        FAILED = "failed", _("misslyckades")

    kind = models.CharField(_("slag"), max_length=10, choices=Kind.choices)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    # What the task works on (e.g. the format and frozen version of a document), and
    # the key under which an unfinished job is reused instead of started again.
    params = models.JSONField(_("parametrar"), default=dict, blank=True)
    key = models.CharField(_("nyckel"), max_length=200, blank=True, db_index=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    progress = models.TextField(_("förlopp"), blank=True)
    error = models.TextField(_("fel"), blank=True)
    task_id = models.CharField(_("uppgiftens id"), max_length=64, blank=True)
    created_by = user_field(_("startad av"))
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    started_at = models.DateTimeField(_("påbörjad"), null=True, blank=True)
    finished_at = models.DateTimeField(_("avslutad"), null=True, blank=True)

    class Meta:
        verbose_name = _("bakgrundsjobb")
        verbose_name_plural = _("bakgrundsjobb")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.pk} ({self.get_status_display()})"

    @property
    def finished(self) -> bool:
        return self.status in (self.Status.READY, self.Status.FAILED)
