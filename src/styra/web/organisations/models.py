"""Kommuner, regioner, Kolada's municipality groups and Styra's networks."""

from django.conf import settings
from django.core.files.storage import Storage, storages
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


def organisation_field(related_name: str) -> models.ForeignKey:
    """The organisation a row belongs to; deleting the organisation deletes the row."""
    return models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name=related_name,
    )


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
    """Organisations that compare, share and learn together, led by coordinators.

    A coordinator (e.g. SKR's handläggare) need belong to no member organisation.
    """

    name = models.CharField(_("namn"), max_length=200, unique=True)
    description = models.TextField(_("beskrivning"), blank=True)
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("samordnare"),
        blank=True,
        related_name="coordinated_networks",
    )
    members = models.ManyToManyField(
        Organisation, related_name="networks", verbose_name=_("medlemmar"), blank=True
    )
    created_at = models.DateTimeField(_("skapat"), auto_now_add=True, null=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("nätverk")
        verbose_name_plural = _("nätverk")

    def __str__(self) -> str:
        return self.name


# The organisation's commitments to the network: a decision by the
# kommunledning, a styrgrupp, a kontaktperson and an arbetsgrupp.


def private_storage() -> Storage:
    """The storage of uploaded documents: ``STORAGES["private"]`` (file system or S3)."""
    return storages["private"]


def decision_document_path(instance: "LeadershipDecision", filename: str) -> str:
    import uuid
    from pathlib import PurePath

    suffix = PurePath(filename).suffix.lower()[:10]
    return f"decisions/{instance.organisation_id}/{uuid.uuid4().hex}{suffix}"


class LeadershipDecision(models.Model):
    """Kommunledningsbeslut: the leadership's decision to take part and steer with Agenda 2030."""

    organisation = models.OneToOneField(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="leadership_decision",
    )
    decided_on = models.DateField(_("beslutsdatum"))
    body = models.CharField(
        _("beslutande organ"), max_length=200, blank=True, help_text=_("t.ex. Kommunstyrelsen")
    )
    reference = models.CharField(
        _("diarienummer eller paragraf"), max_length=100, help_text=_("t.ex. KS 2024/123 § 45")
    )
    document = models.FileField(
        _("beslutsdokument"),
        upload_to=decision_document_path,
        storage=private_storage,
        blank=True,
    )
    document_name = models.CharField(_("filnamn"), max_length=255, blank=True, editable=False)
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)

    class Meta:
        verbose_name = _("kommunledningsbeslut")
        verbose_name_plural = _("kommunledningsbeslut")

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.decided_on} {self.reference}"


class ContactPerson(models.Model):
    """Kontaktperson: the organisation's contact for the network."""

    organisation = models.OneToOneField(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="contact_person",
    )
    name = models.CharField(_("namn"), max_length=200)
    email = models.EmailField(_("e-postadress"))
    phone = models.CharField(_("telefon"), max_length=40, blank=True)
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)

    class Meta:
        verbose_name = _("kontaktperson")
        verbose_name_plural = _("kontaktpersoner")

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.name}"


class BodyMember(models.Model):
    """A member of the organisation's styrgrupp or arbetsgrupp."""

    class Body(models.TextChoices):
        STEERING_GROUP = "steering", _("Styrgrupp")
        WORKING_GROUP = "working", _("Arbetsgrupp")

    organisation = organisation_field("body_members")
    body = models.CharField(_("grupp"), max_length=10, choices=Body.choices)
    name = models.CharField(_("namn"), max_length=200)
    title = models.CharField(
        _("roll eller titel"), max_length=200, blank=True, help_text=_("t.ex. kommundirektör")
    )
    created_at = models.DateTimeField(_("tillagd"), auto_now_add=True)

    class Meta:
        ordering = ["organisation_id", "body", "created_at", "pk"]
        verbose_name = _("gruppmedlem")
        verbose_name_plural = _("gruppmedlemmar")

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.get_body_display()}: {self.name}"
