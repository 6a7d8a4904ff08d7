"""Publications: what an organisation has chosen to show on its public pages.

An editor prepares a publication (the sections, the licence of the
organisation's own data, whether the plan names persons). An admin approves
it: then the content is taken, once (``content``, built by snapshot.py), and
the public site shows that content until a newer publication is approved or
the organisation unpublishes. A data refresh or a half-edited plan never
reaches the public site without a new approval.
"""

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _

from styra.web.common.models import user_field
from styra.web.organisations.models import organisation_field

from .sections import LABELS


class Licence(models.TextChoices):
    """The licence of the organisation's own data (Kolada's values stay CC BY 4.0)."""

    CC_BY = "CC-BY-4.0", _("CC BY 4.0 (fritt att använda med angiven källa)")
    CC0 = "CC0-1.0", _("CC0 1.0 (fritt att använda utan villkor)")
    CC_BY_SA = "CC-BY-SA-4.0", _("CC BY-SA 4.0 (med källa, och dela lika)")


LICENCE_URLS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
}


class Publication(models.Model):
    """One prepared version of the public pages; published once an admin approves."""

    class State(models.TextChoices):
        PREPARED = "prepared", _("Väntar på godkännande")
        PUBLISHED = "published", _("Publicerad")
        REPLACED = "replaced", _("Ersatt av en nyare")
        REJECTED = "rejected", _("Inte godkänd")
        WITHDRAWN = "withdrawn", _("Avpublicerad")

    organisation = organisation_field("publications")
    sections = models.JSONField(_("delar"), default=list)
    licence = models.CharField(
        _("licens för egna data"), max_length=20, choices=Licence.choices, default=Licence.CC_BY
    )
    person_names = models.BooleanField(
        _("visa namn på ansvariga personer i handlingsplanen"), default=False
    )
    note = models.TextField(_("meddelande till den som godkänner"), blank=True)
    state = models.CharField(
        _("läge"), max_length=10, choices=State.choices, default=State.PREPARED
    )
    prepared_by = user_field(_("förberedd av"))
    prepared_at = models.DateTimeField(_("förberedd"), auto_now_add=True)
    decided_by = user_field(_("godkänd eller avvisad av"))
    decided_at = models.DateTimeField(_("beslutad"), null=True, blank=True)
    decision_note = models.TextField(_("kommentar till beslutet"), blank=True)
    withdrawn_by = user_field(_("avpublicerad av"))
    withdrawn_at = models.DateTimeField(_("avpublicerad"), null=True, blank=True)
    data_version = models.PositiveBigIntegerField(_("dataversion"), null=True, blank=True)
    data_loaded_at = models.DateTimeField(_("data inlästa"), null=True, blank=True)
    content = models.JSONField(_("innehåll"), null=True, blank=True, encoder=DjangoJSONEncoder)
    etag = models.CharField(max_length=64, blank=True)
    changed_at = models.DateTimeField(_("senast ändrad"), auto_now=True)

    class Meta:
        ordering = ["organisation_id", "-prepared_at", "-pk"]
        verbose_name = _("publicering")
        verbose_name_plural = _("publiceringar")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation"],
                condition=models.Q(state="published"),
                name="publication_one_published",
            ),
            models.UniqueConstraint(
                fields=["organisation"],
                condition=models.Q(state="prepared"),
                name="publication_one_prepared",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.get_state_display()} ({self.prepared_at:%Y-%m-%d})"

    @property
    def section_labels(self) -> list[str]:
        return [str(LABELS[code]) for code in self.sections if code in LABELS]

    def has(self, section: str) -> bool:
        return section in self.sections
