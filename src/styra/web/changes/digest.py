"""The e-mail digest after a refresh: what a new data version changed for each organisation.

For a new kept version, each organisation with members gets the diff against the
version before; if anything changed its editors and admins get a short summary with
the link to "Vad har hänt sedan sist?". Each organisation is handled once per version
(``DigestSent``, also when nothing changed): running it again sends nothing.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from styra.analysis.changes import CLASSES, AreaChanges
from styra.web.accounts.models import Membership, Role
from styra.web.organisations.models import Organisation

from .models import DataRelease, DigestSent
from .services import previous_release, version_changes


def recipients(organisation: Organisation) -> list[str]:
    """The e-mail addresses of the organisation's editors and admins."""
    members = Membership.objects.filter(
        organisation=organisation, role__in=[Role.EDITOR, Role.ADMIN]
    ).select_related("user")
    return sorted({m.user.email for m in members if m.user.email and m.user.is_active})


def link(organisation: Organisation) -> str:
    path = reverse("changes-page", args=[organisation.pk])
    return settings.STYRA_SITE_URL.rstrip("/") + path


def mail(organisation: Organisation, changes: AreaChanges, before, after, to: list[str]) -> None:
    counts = [(name, changes.count(name)) for name in CLASSES]
    context = {
        "organisation": organisation,
        "changes": changes,
        "counts": [(name, n) for name, n in counts if n],
        "before": before,
        "after": after,
        "url": link(organisation),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("changes/email_subject.txt", context)
        body = render_to_string("changes/email.txt", context)
    send_mail(" ".join(subject.split()), body, None, to)


def send_digest(organisation: Organisation, release: DataRelease, before: DataRelease) -> bool:
    """Mail the organisation about ``release`` once; True when an e-mail went."""
    if DigestSent.objects.filter(release=release, organisation=organisation).exists():
        return False
    changes = version_changes(organisation, before, release)  # outside the transaction
    to = recipients(organisation)
    news = changes is not None and changes.anything and bool(to)
    try:
        with transaction.atomic():
            DigestSent.objects.create(
                release=release, organisation=organisation, recipients=len(to) if news else 0
            )
            if news:
                mail(organisation, changes, before, release, to)  # type: ignore[arg-type]
    except IntegrityError:  # handled at this very moment by another run
        return False
    return news


def send_digests(release: DataRelease | None = None) -> int:
    """The digests of ``release`` (default: the newest kept version); how many were sent."""
    release = release or DataRelease.objects.first()
    before = release and previous_release(release)
    if release is None or before is None:
        return 0
    organisations = Organisation.objects.filter(memberships__isnull=False).distinct()
    return sum(send_digest(org, release, before) for org in organisations.order_by("pk"))
