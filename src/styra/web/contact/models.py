"""A message sent through a contact form on the public site: an organisation's, or a
network's (then to its coordinators; styra.web.network).

Kept so that the organisation can answer it, for ``STYRA_CONTACT_RETENTION_DAYS``
days, then deleted by ``styra contact purge`` (docs/contact.md). No IP address, no
browser details: only what the visitor typed, when, and to whom it was sent.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from styra.web.organisations.models import Network, Organisation

NAME_LENGTH = 200
SUBJECT_LENGTH = 200
MESSAGE_LENGTH = 5000


class ContactMessage(models.Model):
    """To one organisation or one network, never both."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="contact_messages",
        null=True,
        blank=True,
    )
    network = models.ForeignKey(
        Network,
        verbose_name=_("nätverk"),
        on_delete=models.CASCADE,
        related_name="contact_messages",
        null=True,
        blank=True,
    )
    name = models.CharField(_("namn"), max_length=NAME_LENGTH)
    email = models.EmailField(_("e-postadress"))
    subject = models.CharField(_("ämne"), max_length=SUBJECT_LENGTH)
    message = models.TextField(_("meddelande"), max_length=MESSAGE_LENGTH)
    created_at = models.DateTimeField(_("mottaget"), auto_now_add=True, db_index=True)
    sent_to = models.TextField(
        _("skickat till"),
        blank=True,
        help_text=_("De adresser som servern skickade meddelandet till, en per rad."),
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("meddelande via kontaktformuläret")
        verbose_name_plural = _("meddelanden via kontaktformuläret")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(organisation__isnull=False, network__isnull=True)
                | models.Q(organisation__isnull=True, network__isnull=False),
                name="contact_message_to_organisation_or_network",
            )
        ]

    def __str__(self) -> str:
        return f"{self.addressee} {self.created_at:%Y-%m-%d} {self.subject}"

    @property
    def addressee(self):
        """The organisation or network the message was sent to."""
        return self.organisation or self.network

    @property
    def recipients(self) -> list[str]:
        return self.sent_to.split()
