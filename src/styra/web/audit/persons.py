"""The audit log's part of a person's data: export and pseudonymisation (GDPR).

Used by the personal-data export and erasure (docs/personal-data.md, docs/audit.md):

- ``entries_about_actor(user)``: every change the person made and their sign-in
  events, as JSON-serialisable dicts.
- ``pseudonymise_actor(user)``: the person's entries keep what happened but no longer
  say who: the actor, the username of sign-in events, and the person's name, e-mail
  address and username inside diffs and object names become a stable pseudonym
  ``person-<8 hex>`` (the same person always gets the same one, so entries still read
  as the work of one person).
"""

import hashlib
import hmac
import json

from django.conf import settings
from django.db import transaction
from django.db.models import Q

from . import services
from .models import AuditEntry, SignInEvent

MIN_NAME_LENGTH = 3  # shorter names would replace parts of ordinary words


def pseudonym_of(user) -> str:
    digest = hmac.new(settings.SECRET_KEY.encode(), f"user:{user.pk}".encode(), hashlib.sha256)
    return f"person-{digest.hexdigest()[:8]}"


def entries_about_actor(user) -> list[dict]:
    """The changes ``user`` made and their sign-ins, oldest first."""
    found = []
    for entry in AuditEntry.objects.filter(actor=user).select_related("content_type"):
        found.append(
            {
                "kind": "change",
                "timestamp": entry.timestamp.isoformat(),
                "organisation": entry.organisation_id,
                "action": services.action_label(entry.action),
                "object_type": services.object_type_name(entry),
                "object": entry.object_repr,
                "changes": [
                    {"field": c.field, "before": c.before, "after": c.after}
                    for c in services.field_changes(entry)
                ],
            }
        )
    for event in SignInEvent.objects.filter(user=user):
        found.append(
            {
                "kind": "sign_in",
                "timestamp": event.timestamp.isoformat(),
                "event": str(event.get_kind_display()),
                "method": event.method,
                "client_address": event.remote_addr,
            }
        )
    return sorted(found, key=lambda item: item["timestamp"])


def _names_of(user) -> list[str]:
    """The texts that identify ``user``, longest first (a full name before its parts)."""
    names = {user.get_full_name().strip(), user.email.strip(), user.get_username().strip()}
    return sorted((n for n in names if len(n) >= MIN_NAME_LENGTH), key=len, reverse=True)


def _replace(value, names: list[str], pseudonym: str):
    if isinstance(value, str):
        for name in names:
            value = value.replace(name, pseudonym)
        return value
    if isinstance(value, list):
        return [_replace(item, names, pseudonym) for item in value]
    if isinstance(value, dict):
        return {key: _replace(item, names, pseudonym) for key, item in value.items()}
    return value


def _mentioning(names: list[str]) -> Q:
    """Entries whose name or diff may contain one of ``names`` (as stored in JSON too)."""
    mentions = Q()
    for name in names:
        escaped = json.dumps(name)[1:-1]
        mentions |= Q(object_repr__contains=name) | Q(changes__icontains=name)
        if escaped != name:
            mentions |= Q(changes__icontains=escaped)
    return mentions


@transaction.atomic
def pseudonymise_actor(user) -> int:
    """Replace ``user`` in the audit log by their pseudonym; the number of rows changed."""
    pseudonym = pseudonym_of(user)
    names = _names_of(user)
    changed = 0
    candidates = (
        AuditEntry.objects.filter(Q(actor=user) | _mentioning(names))
        if names
        else (AuditEntry.objects.filter(actor=user))
    )
    for entry in candidates.distinct():
        before = (entry.actor_id, entry.object_repr, entry.changes, entry.actor_email)
        if entry.actor_id == user.pk:
            entry.actor, entry.actor_email = None, pseudonym
        entry.object_repr = _replace(entry.object_repr, names, pseudonym)
        entry.changes = _replace(entry.changes, names, pseudonym)
        after = (entry.actor_id, entry.object_repr, entry.changes, entry.actor_email)
        if after != before:  # update(), not save(): a request's actor must not be set
            AuditEntry.objects.filter(pk=entry.pk).update(
                actor_id=entry.actor_id,
                actor_email=entry.actor_email,
                object_repr=entry.object_repr,
                changes=entry.changes,
            )
            changed += 1
    changed += SignInEvent.objects.filter(user=user).update(user=None, username=pseudonym)
    return changed
