"""A network's invitations, what members share with it, and members' own commitment marks.

The network itself (name, coordinators, members) is ``organisations.Network``.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from styra.web.common.models import user_field
from styra.web.organisations.models import Network, organisation_field


class Section(models.TextChoices):
    """What a member can share with a network, one switch each (docs/network.md)."""

    NULAGE = "nulage", _("Nulägesanalys")
    FOCUS = "focus", _("Fokusresultat")
    RADIGHET = "radighet", _("Rådighet")
    SAMVERKAN = "samverkan", _("Samverkan")
    MATURITY = "maturity", _("Mognad")
    PRIORITIES = "priorities", _("Prioriteringar och beslutsmotiv")
    ACTIONPLAN = "actionplan", _("Handlingsplan")
    INTERACTIONS = "interactions", _("Interaktionsmatriser")
    DIALOGUE = "dialogue", _("Resultat av medborgardialoger")
    FOLLOWUP = "followup", _("Uppföljning")


class NetworkInvitation(models.Model):
    """A network's invitation to a kommun or region; one of its admins accepts or declines."""

    network = models.ForeignKey(
        Network, verbose_name=_("nätverk"), on_delete=models.CASCADE, related_name="invitations"
    )
    organisation = organisation_field("network_invitations")
    invited_by = user_field(_("inbjuden av"))
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    answered_at = models.DateTimeField(_("besvarad"), null=True, blank=True)
    answered_by = user_field(_("besvarad av"))
    accepted = models.BooleanField(_("accepterad"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("inbjudan till nätverk")
        verbose_name_plural = _("inbjudningar till nätverk")
        constraints = [
            models.UniqueConstraint(
                fields=["network", "organisation"],
                condition=models.Q(answered_at__isnull=True),
                name="network_invitation_one_open_per_organisation",
            )
        ]

    def __str__(self) -> str:
        return f"{self.network} → {self.organisation_id}"

    @property
    def is_open(self) -> bool:
        return self.answered_at is None


class SectionShare(models.Model):
    """One section of one member's work, shared read-only with one network.

    No row: private. Removing the row unshares at once. What is public is decided
    by publishing (styra.web.public), not here.
    """

    organisation = organisation_field("section_shares")
    network = models.ForeignKey(
        Network, verbose_name=_("nätverk"), on_delete=models.CASCADE, related_name="shares"
    )
    section = models.CharField(_("avsnitt"), max_length=20, choices=Section.choices)
    shared_by = user_field(_("delad av"))
    shared_at = models.DateTimeField(_("delad"), auto_now_add=True)

    class Meta:
        ordering = ["organisation_id", "section"]
        verbose_name = _("delat avsnitt")
        verbose_name_plural = _("delade avsnitt")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "network", "section"], name="section_share_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.section} → {self.network_id}"


class Expectation(models.TextChoices):
    """What the network expects of each member, beyond the four commitments."""

    NULAGE = "nulage", _("Genomföra en nulägesanalys")
    PRIORITIES = "priorities", _("Prioritera mål")
    INVOLVE = "involve", _("Involvera medborgarna")
    CHANGE = "change", _("Driva förändringsarbete i hela organisationen")
    FOLLOWUP = "followup", _("Ta fram en plan för uppföljning")


class ExpectationMark(models.Model):
    """A member's own mark that it met an expectation Styra's records cannot show."""

    organisation = organisation_field("expectation_marks")
    expectation = models.CharField(_("förväntan"), max_length=20, choices=Expectation.choices)
    done_on = models.DateField(_("datum"))
    evidence = models.TextField(_("underlag"), help_text=_("Vad visar att det är gjort?"))
    marked_by = user_field(_("markerad av"))
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)

    class Meta:
        ordering = ["organisation_id", "expectation"]
        verbose_name = _("markerad förväntan")
        verbose_name_plural = _("markerade förväntningar")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "expectation"], name="expectation_mark_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.expectation} {self.done_on}"
