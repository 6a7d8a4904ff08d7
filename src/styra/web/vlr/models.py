"""The VLR's editable narratives and its frozen versions (docs/vlr.md).

A ``Narrative`` is the text an editor writes for one section of one year's
VLR (lost updates detected with ``common.concurrency``). Freezing copies the
generated content and every narrative into a ``VlrVersion``, which is never
changed afterwards.
"""

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from styra.web.common.models import Edited, user_field
from styra.web.organisations.models import organisation_field

from .sections import SECTIONS


class FrozenVlrError(RuntimeError):
    """A frozen VLR is written once and never changed."""


class Narrative(Edited):
    """The editor's text for one section of one year's VLR."""

    organisation = organisation_field("vlr_narratives")
    year = models.PositiveSmallIntegerField(_("år"))
    section = models.CharField(
        _("avsnitt"), max_length=20, choices=[(k, v) for k, v in SECTIONS.items()]
    )
    text = models.TextField(_("text"), blank=True)

    class Meta:
        ordering = ["organisation_id", "year", "section"]
        verbose_name = _("VLR-text")
        verbose_name_plural = _("VLR-texter")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "year", "section"], name="vlr_narrative_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.year} {self.section}"


class VlrVersion(models.Model):
    """One year's VLR of an organisation, frozen on its decision."""

    organisation = organisation_field("vlr_versions")
    year = models.PositiveSmallIntegerField(_("år"))
    label = models.CharField(
        _("namn på versionen"), max_length=200, help_text=_("t.ex. Beslutad i KF 2026-06-15")
    )
    decided_on = models.DateField(_("beslutsdatum"))
    reference = models.CharField(_("diarienummer eller paragraf"), max_length=100, blank=True)
    content = models.JSONField(_("innehåll"), encoder=DjangoJSONEncoder)
    created_by = user_field(_("fryst av"))
    created_at = models.DateTimeField(_("fryst"), auto_now_add=True)

    class Meta:
        ordering = ["organisation_id", "-decided_on", "-created_at", "-pk"]
        verbose_name = _("fryst VLR")
        verbose_name_plural = _("frysta VLR")
        constraints = [
            models.UniqueConstraint(
                "organisation", Lower("label"), name="vlr_version_unique_label"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.year} {self.label}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise FrozenVlrError("a frozen VLR is never changed")
        super().save(*args, **kwargs)
