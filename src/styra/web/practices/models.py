"""Goda exempel: what a member did (action), what it gave (result) and what it learnt
(lessons), linked to goals, targets and KPIs, with attachments.

Who reads a practice is its ``visibility``: the organisation's own members
(private), also the users and coordinators of chosen networks the organisation
belongs to (networks), or every signed-in user of Styra (public; also listed on
the network pages). See ``services.readable_practices``.
"""

import uuid
from pathlib import PurePath

from django.db import models
from django.utils.translation import gettext_lazy as _

from styra.web.common.models import Edited, user_field
from styra.web.organisations.models import Network, organisation_field, private_storage


class Visibility(models.TextChoices):
    PRIVATE = "private", _("Bara vår organisation")
    NETWORKS = "networks", _("Våra valda nätverk")
    PUBLIC = "public", _("Alla som är inloggade i Styra")


class Practice(Edited):
    """One good example of a member: action → result → lessons."""

    organisation = organisation_field("practices")
    title = models.CharField(_("rubrik"), max_length=200)
    action = models.TextField(_("vad vi gjorde"))
    result = models.TextField(_("vad det gav"), blank=True)
    lessons = models.TextField(_("lärdomar"), blank=True)
    visibility = models.CharField(
        _("vem som får läsa"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.PRIVATE,
    )
    networks = models.ManyToManyField(
        Network, verbose_name=_("nätverk"), blank=True, related_name="practices"
    )
    created_by = user_field(_("skapad av"))
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    class Meta:
        ordering = ["-updated_at", "-pk"]
        verbose_name = _("gott exempel")
        verbose_name_plural = _("goda exempel")

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.title}"

    def codes(self, kind: str) -> list[str]:
        """The practice's goals, targets or KPIs (``Link.Kind``), from prefetched links."""
        return [link.code for link in self.links.all() if link.kind == kind]

    @property
    def goals(self) -> list[int]:
        return sorted(int(code) for code in self.codes(Link.Kind.GOAL))

    @property
    def targets(self) -> list[str]:
        return self.codes(Link.Kind.TARGET)

    @property
    def kpis(self) -> list[str]:
        return self.codes(Link.Kind.KPI)


class Link(models.Model):
    """One goal (its number), target (its id, "11.1") or KPI (its Kolada id) of a practice."""

    class Kind(models.TextChoices):
        GOAL = "goal", _("mål")
        TARGET = "target", _("delmål")
        KPI = "kpi", _("nyckeltal")

    practice = models.ForeignKey(
        Practice, verbose_name=_("gott exempel"), on_delete=models.CASCADE, related_name="links"
    )
    kind = models.CharField(_("typ"), max_length=6, choices=Kind.choices)
    code = models.CharField(_("kod"), max_length=20)

    class Meta:
        ordering = ["practice", "kind", "pk"]
        verbose_name = _("koppling")
        verbose_name_plural = _("kopplingar")
        constraints = [
            models.UniqueConstraint(
                fields=["practice", "kind", "code"], name="practice_link_unique"
            )
        ]
        indexes = [models.Index(fields=["kind", "code"], name="practice_link_code")]

    def __str__(self) -> str:
        return f"{self.practice_id} {self.kind} {self.code}"


def attachment_path(instance: "Attachment", filename: str) -> str:
    """A random name under the organisation's folder; the original name is kept in the row."""
    suffix = PurePath(filename).suffix.lower()[:10]
    return f"practices/{instance.practice.organisation_id}/{uuid.uuid4().hex}{suffix}"


class Attachment(models.Model):
    """A file that goes with a practice; read by whoever may read the practice."""

    practice = models.ForeignKey(
        Practice, verbose_name=_("gott exempel"), on_delete=models.CASCADE, related_name="files"
    )
    file = models.FileField(_("fil"), upload_to=attachment_path, storage=private_storage)
    filename = models.CharField(_("filnamn"), max_length=255)
    size = models.PositiveIntegerField(_("storlek (byte)"))
    uploaded_by = user_field(_("uppladdad av"))
    uploaded_at = models.DateTimeField(_("uppladdad"), auto_now_add=True)

    class Meta:
        ordering = ["practice", "uploaded_at", "pk"]
        verbose_name = _("bilaga")
        verbose_name_plural = _("bilagor")

    def __str__(self) -> str:
        return f"{self.practice_id} {self.filename}"
