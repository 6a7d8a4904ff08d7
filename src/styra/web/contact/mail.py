"""Storing a contact message and the two e-mails it sends.

It can never relay spam:

- The message goes to addresses the server chooses: the organisation's kontaktperson
  (``ContactPerson``), else its admins; a network's coordinators. Nothing in the form
  names a recipient.
- The only header the visitor influences is ``Reply-To``: their address, after the form
  validated it as one e-mail address on one line. The subject is the server's; Django
  refuses a line break in any header besides (``BadHeaderError``).
- The receipt goes to the visitor's address with fixed words only: no copy of their
  name, subject or message, so it cannot carry someone else's text to a stranger. At
  most ``RECEIPTS_PER_ADDRESS`` receipts go to one address a day.
"""

import hashlib
import logging
import smtplib

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from styra.web.accounts.models import Role
from styra.web.organisations.models import ContactPerson, Network, Organisation

from .models import ContactMessage

log = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 180
RECEIPTS_PER_ADDRESS = 3  # a day: someone else's address typed in cannot be flooded
RECEIPT_SECONDS = 24 * 3600


def retention_days() -> int:
    """How many days a message is kept (``STYRA_CONTACT_RETENTION_DAYS``)."""
    return getattr(settings, "STYRA_CONTACT_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)


def recipients_of(addressee: Organisation | Network) -> list[str]:
    """A network's: its active coordinators' addresses. An organisation's: the
    kontaktperson's address; without one, the addresses of the active admins."""
    if isinstance(addressee, Network):
        coordinators = addressee.coordinators.filter(is_active=True).exclude(email="")
        return sorted(set(coordinators.values_list("email", flat=True)))
    organisation = addressee
    contact = ContactPerson.objects.filter(organisation=organisation).first()
    if contact is not None and contact.email:
        return [contact.email]
    admins = organisation.memberships.filter(role=Role.ADMIN, user__is_active=True).exclude(
        user__email=""
    )
    return sorted({membership.user.email for membership in admins.select_related("user")})


def receive(addressee: Organisation | Network, fields: dict, language: str) -> ContactMessage:
    """Store the message, send it to the organisation or network and a receipt to the visitor.

    ``fields``: a valid form's name, email, subject and message. A mail server that
    fails does not lose the message: it is stored, and the members' page shows it.
    """
    to = "network" if isinstance(addressee, Network) else "organisation"
    message = ContactMessage.objects.create(**{to: addressee}, **fields)
    recipients = recipients_of(addressee)
    if recipients and deliver(notification(message, recipients)):
        message.sent_to = "\n".join(recipients)
        message.save(update_fields=["sent_to"])
    if receipt_allowed(message.email):
        deliver(receipt(message, language))
    return message


def notification(message: ContactMessage, recipients: list[str]) -> EmailMessage:
    addressee = message.addressee
    if message.network_id:
        path = reverse("network-messages", args=[message.network_id])
    else:
        path = reverse("contact-messages", args=[message.organisation_id])
    context = {
        "message": message,
        "addressee": addressee,
        "is_network": bool(message.network_id),
        "url": settings.STYRA_SITE_URL.rstrip("/") + path,
        "retention_days": retention_days(),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("contact/notification_subject.txt", context)
        body = render_to_string("contact/notification.txt", context)
    return EmailMessage(" ".join(subject.split()), body, to=recipients, reply_to=[message.email])


def receipt(message: ContactMessage, language: str) -> EmailMessage:
    context = {
        "addressee": message.addressee,
        "is_network": bool(message.network_id),
        "retention_days": retention_days(),
    }
    with translation.override(language):
        subject = render_to_string("contact/receipt_subject.txt", context)
        body = render_to_string("contact/receipt.txt", context)
    return EmailMessage(" ".join(subject.split()), body, to=[message.email])


def deliver(email: EmailMessage) -> bool:
    """Send ``email``; False (logged) when the mail server refused or could not be reached."""
    try:
        email.send()
    except (smtplib.SMTPException, OSError):
        log.exception("contact: the mail server did not take the e-mail")
        return False
    return True


def receipt_allowed(address: str) -> bool:
    """Count a receipt to ``address`` today; False beyond ``RECEIPTS_PER_ADDRESS``."""
    day = timezone.now().date().isoformat()
    digest = hashlib.sha256(f"{day}:{address.lower()}".encode()).hexdigest()
    key = f"styra:contact:receipts:{digest}"
    cache.add(key, 0, RECEIPT_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, RECEIPT_SECONDS)
        count = 1
    return count <= RECEIPTS_PER_ADDRESS
