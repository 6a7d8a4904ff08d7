"""The audit log's two tables (docs/audit.md).

- ``AuditEntry``: django-auditlog's log entry (``AUDITLOG_LOGENTRY_MODEL``) with the
  organisation whose data changed, so an organisation's admins read only their own.
- ``SignInEvent``: a sign-in, a failed sign-in or a sign-out.

Neither has a database constraint on the organisation or the user: an entry outlives
what it is about (a deleted organisation's or person's entries stay until the
retention period ends; ``styra audit purge``).
"""

from auditlog.models import AbstractLogEntry
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AuditEntry(AbstractLogEntry):
    """Who created, changed or deleted which object, when, with each field before → after."""

    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    network = models.ForeignKey(  # its coordinators read it (registration.NETWORK_PATHS)
        "organisations.Network",
        verbose_name=_("nätverk"),
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )

    class Meta(AbstractLogEntry.Meta):
        verbose_name = _("loggpost")
        verbose_name_plural = _("loggposter")
        indexes = [
            models.Index(fields=["organisation", "-timestamp"]),
            models.Index(fields=["network", "-timestamp"]),
        ]


class SignInKind(models.TextChoices):
    SIGNED_IN = "in", _("inloggning")
    FAILED = "failed", _("misslyckad inloggning")
    SIGNED_OUT = "out", _("utloggning")


class SignInEvent(models.Model):
    """One sign-in, failed sign-in or sign-out (styra.web.audit.signins)."""

    timestamp = models.DateTimeField(_("tid"), default=timezone.now, db_index=True)
    kind = models.CharField(_("händelse"), max_length=8, choices=SignInKind.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("användare"),
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    # The username as typed when it names a user; else a keyed hash of it (docs/audit.md).
    username = models.CharField(_("användarnamn"), max_length=150, blank=True)
    method = models.CharField(_("sätt"), max_length=16, blank=True)
    remote_addr = models.GenericIPAddressField(_("klientadress"), null=True, blank=True)

    class Meta:
        ordering = ["-timestamp", "-pk"]
        verbose_name = _("inloggningshändelse")
        verbose_name_plural = _("inloggningshändelser")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.username} {self.timestamp:%Y-%m-%d %H:%M}"
