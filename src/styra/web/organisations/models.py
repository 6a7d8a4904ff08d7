"""Kommuner, regioner, Kolada's municipality groups and Styra's networks."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Organisation(models.Model):
    """A kommun (K), a region (L) or Riket, keyed by its Kolada/SCB id."""

    class Type(models.TextChoices):
        KOMMUN = "K", _("Kommun")
        REGION = "L", _("Region")

    kolada_id = models.CharField(_("Kolada-id"), max_length=4, primary_key=True)
    name = models.CharField(_("namn"), max_length=200)
    type = models.CharField(_("typ"), max_length=1, choices=Type.choices)
    region = models.ForeignKey(
        "self",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="kommuner",
        limit_choices_to={"type": "L"},
    )
    skr_code = models.CharField(_("SKR:s kommungrupp"), max_length=2, blank=True)
    skr_name = models.CharField(_("kommungruppens namn"), max_length=100, blank=True)
    skr_group = models.ForeignKey(
        "MunicipalityGroup",
        verbose_name=_("kommungrupp i Kolada"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["kolada_id"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisationer")

    def __str__(self) -> str:
        return f"{self.name} ({self.kolada_id})"

    @property
    def is_riket(self) -> bool:
        return self.kolada_id == "0000"


class MunicipalityGroup(models.Model):
    """A Kolada municipality group, e.g. "Liknande kommuner …" or a kommungrupp."""

    group_id = models.CharField(_("grupp-id"), max_length=20, primary_key=True)
    title = models.CharField(_("namn"), max_length=300)
    members = models.ManyToManyField(
        Organisation, related_name="kolada_groups", verbose_name=_("medlemmar"), blank=True
    )

    class Meta:
        ordering = ["title"]
        verbose_name = _("kommungrupp (Kolada)")
        verbose_name_plural = _("kommungrupper (Kolada)")

    def __str__(self) -> str:
        return self.title


class Network(models.Model):
    """Organisations that compare, share and learn together, led by a coordinator."""

    name = models.CharField(_("namn"), max_length=200, unique=True)
    coordinator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("samordnare"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="coordinated_networks",
    )
    members = models.ManyToManyField(
        Organisation, related_name="networks", verbose_name=_("medlemmar"), blank=True
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("nätverk")
        verbose_name_plural = _("nätverk")

    def __str__(self) -> str:
        return self.name
