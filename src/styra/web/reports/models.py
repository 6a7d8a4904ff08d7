"""Frozen versions of the nulägesanalys document (docs/nulagesanalys-document.md).

A ``ReportVersion`` holds the document's whole content as it was when an
editor froze it: the plain dict ``content.build_content`` made then. The
page, the PDF and the Word file of a frozen version are rendered from that
dict alone, so later data (a new Kolada year, a changed rådighet level, new
answers in the self-assessment) never changes it. A frozen version is never
edited: ``save`` refuses an update.
"""

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from styra.web.common.models import user_field
from styra.web.organisations.models import organisation_field


class FrozenVersionError(RuntimeError):
    """A frozen version of the document is written once and never changed."""


class ReportVersion(models.Model):
    """The nulägesanalys of one organisation, frozen, e.g. "Beslutad i KS 2025-03-12"."""

    organisation = organisation_field("report_versions")
    label = models.CharField(
        _("namn på versionen"),
        max_length=200,
        help_text=_("t.ex. Beslutad i KS 2025-03-12"),
    )
    decided_on = models.DateField(_("beslutsdatum"), null=True, blank=True)
    reference = models.CharField(
        _("diarienummer eller paragraf"),
        max_length=100,
        blank=True,
        help_text=_("t.ex. KS 2025/123 § 45"),
    )
    content = models.JSONField(_("innehåll"), encoder=DjangoJSONEncoder)
    created_by = user_field(_("fryst av"))
    created_at = models.DateTimeField(_("fryst"), auto_now_add=True)

    class Meta:
        ordering = ["organisation_id", "-created_at", "-pk"]
        verbose_name = _("fryst version av nulägesanalysen")
        verbose_name_plural = _("frysta versioner av nulägesanalysen")
        indexes = [
            models.Index(fields=["organisation", "-created_at"], name="report_version_org_time"),
        ]
        constraints = [
            models.UniqueConstraint(
                "organisation", Lower("label"), name="report_version_unique_label"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.label}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise FrozenVersionError("a frozen version of the nulägesanalys is never changed")
        super().save(*args, **kwargs)
