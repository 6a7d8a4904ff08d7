"""Kept data versions (one archived file of the curated KPIs' values per ``styra load``)
and the digests sent about them."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from styra.web.organisations.models import organisation_field


class DataRelease(models.Model):
    """One Kolada data version as it was loaded, its values kept in ``file_name``."""

    number = models.PositiveBigIntegerField(_("dataversion"), unique=True)
    loaded_at = models.DateTimeField(_("laddad"), auto_now_add=True)
    source = models.CharField(_("källa"), max_length=500)
    values_count = models.PositiveIntegerField(_("antal värden"))
    file_name = models.CharField(_("fil"), max_length=200)
    fingerprint = models.CharField(_("fingeravtryck"), max_length=64)

    class Meta:
        ordering = ["-number"]
        verbose_name = _("laddad dataversion")
        verbose_name_plural = _("laddade dataversioner")

    def __str__(self) -> str:
        return f"version {self.number}"


class DigestSent(models.Model):
    """The e-mail digest about ``release`` went to ``organisation`` (sent once)."""

    release = models.ForeignKey(DataRelease, on_delete=models.CASCADE, related_name="digests")
    organisation = organisation_field("change_digests")
    sent_at = models.DateTimeField(_("skickad"), auto_now_add=True)
    recipients = models.PositiveSmallIntegerField(_("mottagare"), default=0)

    class Meta:
        verbose_name = _("skickad sammanfattning")
        verbose_name_plural = _("skickade sammanfattningar")
        constraints = [
            models.UniqueConstraint(fields=["release", "organisation"], name="digest_once")
        ]

    def __str__(self) -> str:
        return f"{self.release} → {self.organisation_id}"
