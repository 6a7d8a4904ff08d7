"""Who belongs to which organisation, with which role, and the invitations."""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from styra.web.common.models import user_field
from styra.web.organisations.models import organisation_field


class Role(models.TextChoices):
    """A user's role in one organisation, from most to least rights."""

    ADMIN = "admin", _("Administratör")
    EDITOR = "editor", _("Redaktör")
    CONTRIBUTOR = "contributor", _("Bidragsgivare")
    VIEWER = "viewer", _("Läsare")


class Membership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("användare"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    organisation = organisation_field("memberships")
    role = models.CharField(_("roll"), max_length=12, choices=Role.choices, default=Role.VIEWER)
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    class Meta:
        ordering = ["organisation_id", "user__username"]
        verbose_name = _("medlemskap")
        verbose_name_plural = _("medlemskap")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"], name="membership_unique_user_organisation"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.organisation_id} ({self.role})"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def default_expiry():
    return timezone.now() + timedelta(days=settings.STYRA_INVITATION_DAYS)


class Invitation(models.Model):
    """An e-mailed invitation to join an organisation with a role.

    Only the SHA-256 of the token is stored: the link in the e-mail is the
    one place the token itself exists. An invitation is used once.
    """

    organisation = organisation_field("invitations")
    email = models.EmailField(_("e-postadress"))
    role = models.CharField(_("roll"), max_length=12, choices=Role.choices, default=Role.VIEWER)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("inbjuden av"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    expires_at = models.DateTimeField(_("giltig till"), default=default_expiry)
    accepted_at = models.DateTimeField(_("accepterad"), null=True, blank=True)
    accepted_by = user_field(_("accepterad av"))

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("inbjudan")
        verbose_name_plural = _("inbjudningar")

    def __str__(self) -> str:
        return f"{self.email} → {self.organisation_id} ({self.role})"

    @classmethod
    def new_token(cls) -> tuple[str, str]:
        """A fresh random token and its hash."""
        token = secrets.token_urlsafe(32)
        return token, hash_token(token)

    @property
    def is_open(self) -> bool:
        return self.accepted_at is None and self.expires_at > timezone.now()
