"""The background worker's heartbeat (docs/deployment.md#health-checks).

Each ``styra worker`` process writes its row every STYRA_WORKER_HEARTBEAT_SECONDS;
``/healthz`` on any server reads the newest, so it lives in the shared database.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class WorkerHeartbeat(models.Model):
    # Host name and process id of the worker: for the admin, never shown by /healthz.
    worker = models.CharField(_("arbetsprocess"), max_length=200, unique=True)
    beat_at = models.DateTimeField(_("senast rapporterad"), db_index=True)

    class Meta:
        verbose_name = _("arbetsprocessens puls")
        verbose_name_plural = _("arbetsprocessernas puls")
        ordering = ["-beat_at"]

    def __str__(self) -> str:
        return f"{self.worker} {self.beat_at:%Y-%m-%d %H:%M:%S}"
