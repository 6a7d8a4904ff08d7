"""API tokens: how an organisation's own systems (its BI, its steering suite) write to Styra.

A token belongs to one organisation and carries scopes. The token itself is
shown once, when it is created; only its SHA-256 and a short visible prefix are
stored (like ``accounts.Invitation``). It stops working when it expires or is
revoked.
"""

import hashlib
import secrets
from datetime import timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from styra.web.common.models import user_field
from styra.web.organisations.models import organisation_field

TOKEN_START = "styra_"
PREFIX_LENGTH = len(TOKEN_START) + 6  # shown in lists: "styra_Ab3dE9"
DEFAULT_DAYS = 90
MAX_DAYS = 365
LAST_USED_EVERY = timedelta(minutes=1)  # last_used_at is written at most this often


class Scope(models.TextChoices):
    """What a token may do, besides reading what is public anyway."""

    READ_PRIVATE = "read_private", _("Läsa organisationens egna nyckeltal och värden")
    WRITE_OWN_VALUES = "write_own_values", _("Skriva värden för egna nyckeltal")
    WRITE_PROGRESS = "write_progress", _("Rapportera framsteg för åtgärder")


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    """A fresh token: ``styra_`` and 43 random URL-safe characters (256 bits)."""
    return TOKEN_START + secrets.token_urlsafe(32)


class ApiTokenQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True, expires_at__gt=timezone.now())


class ApiToken(models.Model):
    organisation = organisation_field("api_tokens")
    name = models.CharField(
        _("namn"),
        max_length=100,
        help_text=_("Vilket system använder nyckeln, t.ex. BI-verktyget."),
    )
    scopes = models.JSONField(_("behörigheter"), default=list)
    prefix = models.CharField(_("början av nyckeln"), max_length=PREFIX_LENGTH, editable=False)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_by = user_field(_("skapad av"))
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    expires_at = models.DateTimeField(_("upphör att gälla"))
    revoked_at = models.DateTimeField(_("återkallad"), null=True, blank=True)
    revoked_by = user_field(_("återkallad av"))
    last_used_at = models.DateTimeField(_("senast använd"), null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["organisation", "-created_at", "-pk"]
        verbose_name = _("API-nyckel")
        verbose_name_plural = _("API-nycklar")

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.name} ({self.prefix}…)"

    @classmethod
    def issue(cls, organisation, name: str, scopes: list[str], expires_at, created_by):
        """A new token of ``organisation``: ``(row, token)``; the token is never stored."""
        token = new_token()
        row = cls.objects.create(
            organisation=organisation,
            name=name,
            scopes=[scope for scope in Scope.values if scope in scopes],
            prefix=token[:PREFIX_LENGTH],
            token_hash=hash_token(token),
            expires_at=expires_at,
            created_by=created_by,
        )
        return row, token

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()

    @property
    def scope_labels(self) -> list[str]:
        return [Scope(scope).label for scope in self.scopes if scope in Scope.values]

    def revoke(self, user) -> None:
        if self.revoked_at is None:
            self.revoked_at, self.revoked_by = timezone.now(), user
            self.save(update_fields=["revoked_at", "revoked_by"])

    def mark_used(self) -> None:
        """Note the use, at most once a minute (a busy integration writes no row per call)."""
        now = timezone.now()
        if self.last_used_at is None or now - self.last_used_at >= LAST_USED_EVERY:
            ApiToken.objects.filter(pk=self.pk).update(last_used_at=now)
            self.last_used_at = now
