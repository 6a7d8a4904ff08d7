"""Preparing, approving and withdrawing publications, and finding the published one.

- ``prepare``: an editor chooses the sections (one prepared publication per
  organisation; preparing again replaces the waiting one).
- ``approve``: an admin approves; the content is taken now (snapshot.py), the
  previous published version becomes "replaced", and the public site shows the
  new one. ``reject`` keeps the current one.
- ``unpublish_section`` / ``withdraw``: take a section, or everything, off the
  public site at once (no approval needed to show less).
- ``published(kolada_id)``: the published version, cached until it changes.
"""

import hashlib
import json
from contextlib import contextmanager

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from styra.web.organisations.models import Organisation

from .models import Publication
from .sections import ordered
from .snapshot import build_content

CACHE_SECONDS = 24 * 3600
State = Publication.State


class PublishingError(ValueError):
    """The publication cannot make this step (its state changed, or nothing chosen)."""


def cache_key(kolada_id: str) -> str:
    return f"styra:public:published:{kolada_id}"


# The published versions this process has read, by Kolada id (their content can be a
# megabyte: the shared cache holds only which version is published, ``(pk, etag)``).
HELD: dict[str, Publication] = {}
HELD_AT_MOST = 64


def forget(kolada_id: str) -> None:
    """Drop the cached published version, so the next request reads the database."""
    cache.delete(cache_key(kolada_id))


def published(kolada_id: str) -> Publication | None:
    """The organisation's published version (None: nothing published).

    The shared cache (Redis with several servers) says which version is published;
    each process keeps the version itself once read, and reads it again only when
    the shared cache names another. Approving, unpublishing and withdrawing drop
    the shared entry (``forget``), so every process sees the change at once.
    """
    key = cache_key(kolada_id)
    marker = cache.get(key)
    if marker is False:
        return None
    held = HELD.get(kolada_id)
    if marker is not None and held is not None and (held.pk, held.etag) == tuple(marker):
        return held
    found = Publication.objects.filter(organisation_id=kolada_id, state=State.PUBLISHED).first()
    cache.set(key, (found.pk, found.etag) if found else False, CACHE_SECONDS)
    HELD.pop(kolada_id, None)
    if found is not None:
        if len(HELD) >= HELD_AT_MOST:
            HELD.pop(next(iter(HELD)))
        HELD[kolada_id] = found
    return found


def waiting(organisation: Organisation) -> Publication | None:
    return Publication.objects.filter(organisation=organisation, state=State.PREPARED).first()


def prepare(organisation, user, sections, licence, person_names=False, note="") -> Publication:
    chosen = ordered(sections)
    if not chosen:
        raise PublishingError("no sections")
    with transaction.atomic():
        Publication.objects.filter(organisation=organisation, state=State.PREPARED).delete()
        return Publication.objects.create(
            organisation=organisation,
            sections=chosen,
            licence=licence,
            person_names=person_names,
            note=note,
            prepared_by=user,
        )


@contextmanager
def locked(publication: Publication, state: str):
    """The publication's row, locked until the change is saved, if it is still in
    ``state`` (else PublishingError: someone else changed it meanwhile)."""
    with transaction.atomic():
        current = Publication.objects.select_for_update().get(pk=publication.pk)
        if current.state != state:
            raise PublishingError(current.state)
        yield current


def approve(publication: Publication, user, note: str = "") -> Publication:
    """Take the content now and publish it in place of the previous version."""
    content = build_content(
        publication.organisation, publication.sections, publication.person_names
    )
    now = timezone.now()
    with locked(publication, State.PREPARED) as current:
        Publication.objects.filter(
            organisation_id=current.organisation_id, state=State.PUBLISHED
        ).update(state=State.REPLACED)
        current.state = State.PUBLISHED
        current.content = content
        current.decided_by = user
        current.decided_at = now
        current.decision_note = note
        current.data_version = content["data"]["version"]
        current.data_loaded_at = content["data"]["loaded_at"]
        current.etag = fingerprint(current)
        current.save()
    transaction.on_commit(lambda: forget(current.organisation_id))
    return current


def reject(publication: Publication, user, note: str = "") -> Publication:
    with locked(publication, State.PREPARED) as current:
        current.state = State.REJECTED
        current.decided_by = user
        current.decided_at = timezone.now()
        current.decision_note = note
        current.save()
    return current


def unpublish_section(publication: Publication, section: str, user) -> Publication | None:
    """Take one section off the public site; the last one withdraws the publication."""
    with locked(publication, State.PUBLISHED) as current:
        left = [code for code in current.sections if code != section]
        if not left:
            return withdraw(current, user)
        current.sections = left
        current.content = {**current.content, "sections": left}
        current.etag = fingerprint(current)
        current.save()
    transaction.on_commit(lambda: forget(current.organisation_id))
    return current


def withdraw(publication: Publication, user) -> None:
    """Take everything off the public site."""
    with locked(publication, State.PUBLISHED) as current:
        current.state = State.WITHDRAWN
        current.withdrawn_by = user
        current.withdrawn_at = timezone.now()
        current.save()
    transaction.on_commit(lambda: forget(current.organisation_id))
    return None


def fingerprint(publication: Publication) -> str:
    """The published version's ETag: changes with its content and sections."""
    text = json.dumps([publication.pk, publication.sections, publication.content], sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:32]
