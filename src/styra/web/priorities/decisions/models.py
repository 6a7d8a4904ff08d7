"""What an organisation stores about its prioritisation (M8), see docs/prioritisation.md.

- ``StrategicWeight``: the organisation's own strategic weight of a goal, 0–1.
- ``WeightSet``: weights an editor saved as the organisation's; the newest is
  the current one, the older ones are kept.
- ``Workshop`` and ``WorkshopEntry``: a meeting in which members each give
  weights and/or points; one entry per participant.
- ``Decision``: a decision on priority goals (and targets) with a frozen
  snapshot of the criteria, weights and scores behind it. Never edited after
  it is saved; earlier decisions are kept.
"""

import secrets
import uuid
from pathlib import PurePath

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from styra.priorities import CRITERIA
from styra.web.common.models import Edited, user_field
from styra.web.organisations.models import organisation_field, private_storage

__all__ = [
    "Decision",
    "FrozenDecisionError",
    "StrategicWeight",
    "WeightSet",
    "Workshop",
    "WorkshopEntry",
]

GOAL_RANGE = models.Q(goal__gte=1, goal__lte=17)


def share(field: str) -> models.Q:
    return models.Q(**{f"{field}__gte": 0, f"{field}__lte": 1})


class StrategicWeight(Edited):
    """How much the organisation itself (politically, strategically) weighs a goal, 0–1."""

    organisation = organisation_field("strategic_weights")
    goal = models.PositiveSmallIntegerField(_("mål"))
    weight = models.FloatField(_("strategisk vikt"))

    class Meta:
        ordering = ["organisation", "goal"]
        verbose_name = _("strategisk vikt")
        verbose_name_plural = _("strategiska vikter")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "goal"], name="strategic_weight_unique"
            ),
            models.CheckConstraint(condition=GOAL_RANGE, name="strategic_weight_goal"),
            models.CheckConstraint(condition=share("weight"), name="strategic_weight_range"),
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} mål {self.goal}: {self.weight}"


class WeightSet(models.Model):
    """The six criterion weights (relative, 0–1 each) an editor saved for the organisation."""

    organisation = organisation_field("weight_sets")
    challenge = models.FloatField(_("utmaning"))
    focus_gap = models.FloatField(_("fokusglapp"))
    mandate = models.FloatField(_("rådighet"))
    leverage = models.FloatField(_("hävstång"))
    strategic = models.FloatField(_("strategisk vikt"))
    citizens = models.FloatField(_("medborgarnas prioritet"))
    saved_by = user_field(_("sparad av"))
    saved_at = models.DateTimeField(_("sparad"), auto_now_add=True)

    class Meta:
        ordering = ["organisation", "-saved_at", "-pk"]
        get_latest_by = ["saved_at", "pk"]
        verbose_name = _("viktuppsättning")
        verbose_name_plural = _("viktuppsättningar")
        constraints = [
            models.CheckConstraint(condition=share(c), name=f"weight_set_{c}") for c in CRITERIA
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.saved_at:%Y-%m-%d}"

    def as_dict(self) -> dict[str, float]:
        return {criterion: getattr(self, criterion) for criterion in CRITERIA}


def new_token() -> str:
    return secrets.token_urlsafe(16)


class Workshop(models.Model):
    """A meeting in which members give their weights or points on one shared link."""

    organisation = organisation_field("workshops")
    title = models.CharField(_("namn"), max_length=200)
    token = models.CharField(_("länkens nyckel"), max_length=40, unique=True, default=new_token)
    is_open = models.BooleanField(_("öppen"), default=True)
    created_by = user_field(_("skapad av"))
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    class Meta:
        ordering = ["organisation", "-created_at", "-pk"]
        verbose_name = _("workshop")
        verbose_name_plural = _("workshoppar")

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.title}"


class WorkshopEntry(models.Model):
    """One participant's weights (criterion → 0–1) and/or points (goal → points)."""

    workshop = models.ForeignKey(
        Workshop, verbose_name=_("workshop"), on_delete=models.CASCADE, related_name="entries"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("deltagare"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    weights = models.JSONField(_("vikter"), null=True, blank=True)
    votes = models.JSONField(_("poäng"), null=True, blank=True)
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)

    class Meta:
        ordering = ["workshop", "updated_at", "pk"]
        verbose_name = _("workshopsvar")
        verbose_name_plural = _("workshopsvar")
        constraints = [
            models.UniqueConstraint(fields=["workshop", "user"], name="workshop_entry_unique")
        ]

    def __str__(self) -> str:
        return f"{self.workshop_id} {self.user_id}"


class FrozenDecisionError(RuntimeError):
    """A recorded decision is history: it is never edited or deleted."""


def decision_document_path(instance: "Decision", filename: str) -> str:
    suffix = PurePath(filename).suffix.lower()[:10]
    return f"priorities/{instance.organisation_id}/{uuid.uuid4().hex}{suffix}"


class Decision(models.Model):
    """A decision on priority goals and targets, with the frozen basis it was taken on."""

    organisation = organisation_field("priority_decisions")
    goals = models.JSONField(_("prioriterade mål"))
    targets = models.JSONField(_("prioriterade delmål"), default=list, blank=True)
    body = models.CharField(_("beslutande organ"), max_length=200)
    decided_on = models.DateField(_("beslutsdatum"))
    reference = models.CharField(_("diarienummer eller paragraf"), max_length=100)
    motivation = models.TextField(_("motivering"))
    document = models.FileField(
        _("beslutsdokument"),
        upload_to=decision_document_path,
        storage=private_storage,
        blank=True,
    )
    document_name = models.CharField(_("filnamn"), max_length=255, blank=True, editable=False)
    snapshot = models.JSONField(_("underlag"))
    created_by = user_field(_("registrerat av"))
    created_at = models.DateTimeField(_("registrerat"), auto_now_add=True)

    class Meta:
        ordering = ["organisation", "-decided_on", "-created_at", "-pk"]
        verbose_name = _("prioriteringsbeslut")
        verbose_name_plural = _("prioriteringsbeslut")
        indexes = [
            models.Index(fields=["organisation", "-decided_on"], name="priority_decision_org_date")
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.decided_on} {self.reference}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise FrozenDecisionError("a recorded decision is never edited")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise FrozenDecisionError("a recorded decision is kept: it is never deleted")
