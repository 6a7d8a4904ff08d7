"""Field shapes that many apps' models share, written once.

- ``user_field``: who did something to a row (kept as empty when the user is
  deleted; no reverse accessor on the user).
- ``target_id_field``: an SDG target id as issued, e.g. "11.1" or "17.19".
- ``Edited``: who changed a row last, and when.
- ``Timestamps``: when a row was created and last changed.

Each is plain fields: using them changes no table.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["TARGET_ID_LENGTH", "Edited", "Timestamps", "target_id_field", "user_field"]

TARGET_ID_LENGTH = 5  # the longest id in the catalog: "17.19"
TARGET = _("delmål")


def user_field(verbose_name) -> models.ForeignKey:
    """The user who created, changed or reviewed a row; empty once the user is gone."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


def target_id_field(verbose_name=TARGET, **options) -> models.CharField:
    """An SDG target id as the catalog issues it ("11.1", "12.a", "17.19")."""
    return models.CharField(verbose_name, max_length=TARGET_ID_LENGTH, **options)


class Edited(models.Model):
    """Who changed the row last, and when."""

    updated_by = user_field(_("ändrad av"))
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)

    class Meta:
        abstract = True


class Timestamps(models.Model):
    """When the row was created and when it was last changed."""

    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)

    class Meta:
        abstract = True
