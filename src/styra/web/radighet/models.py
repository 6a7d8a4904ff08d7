"""An organisation's own rådighet levels and the history of every change (docs/radighet.md).

``MandateOverride`` holds the current own level of a target (absent: Styra's
default applies). ``MandateChange`` is the history: one row per change, never
edited or deleted, including each return to the default.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from styra.radighet import LEVELS
from styra.web.common.models import Edited, target_id_field, user_field
from styra.web.organisations.models import organisation_field

LEVEL_CHOICES = [(level, str(level)) for level in LEVELS]


def in_range(field: str) -> models.Q:
    return models.Q(**{f"{field}__gte": min(LEVELS), f"{field}__lte": max(LEVELS)})


class MandateOverride(Edited):
    """The organisation's own level for one target, with its motivation."""

    organisation = organisation_field("mandate_overrides")
    target_id = target_id_field()
    level = models.PositiveSmallIntegerField(_("nivå"), choices=LEVEL_CHOICES)
    motivation = models.TextField(_("motivering"))

    class Meta:
        ordering = ["organisation", "target_id"]
        verbose_name = _("egen rådighetsnivå")
        verbose_name_plural = _("egna rådighetsnivåer")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "target_id"], name="mandate_override_unique"
            ),
            models.CheckConstraint(condition=in_range("level"), name="mandate_override_level"),
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.target_id}: {self.level}"


class AppendOnlyError(RuntimeError):
    """History rows are written once and never changed or deleted."""


class MandateChange(models.Model):
    """One change of a target's level: who, when, from, to and why (append-only)."""

    organisation = organisation_field("mandate_changes")
    target_id = target_id_field()
    from_level = models.PositiveSmallIntegerField(_("från nivå"), choices=LEVEL_CHOICES)
    to_level = models.PositiveSmallIntegerField(_("till nivå"), choices=LEVEL_CHOICES)
    to_default = models.BooleanField(
        _("tillbaka till standard"),
        default=False,
        help_text=_("Organisationens egen nivå togs bort; Styras standard gäller igen."),
    )
    motivation = models.TextField(_("motivering"))
    changed_by = user_field(_("ändrad av"))
    changed_at = models.DateTimeField(_("tidpunkt"), auto_now_add=True)

    class Meta:
        ordering = ["-changed_at", "-pk"]
        verbose_name = _("ändring av rådighet")
        verbose_name_plural = _("ändringar av rådighet")
        indexes = [
            models.Index(fields=["organisation", "-changed_at"], name="mandate_change_org_time"),
        ]
        constraints = [
            models.CheckConstraint(condition=in_range("from_level"), name="mandate_change_from"),
            models.CheckConstraint(condition=in_range("to_level"), name="mandate_change_to"),
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.target_id}: {self.from_level} → {self.to_level}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("a rådighet change is history: it is never edited")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("a rådighet change is history: it is never deleted")
