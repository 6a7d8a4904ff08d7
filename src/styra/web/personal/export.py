"""Every row about one person as JSON (``styra person export``, "Mina uppgifter").

Rows are found through the register (``registry.py``): the person's account, the rows
pointing to it, the rows holding their e-mail address or full name, and free text that
names them. Secrets (password hash, token hashes, session data) are left out.
"""

import json
from datetime import datetime

from django.core import serializers
from django.core.serializers.json import DjangoJSONEncoder

from .people import Person, any_of, find, invitee_ids, mentions, registered_models

SECRET_FIELDS = {"password", "token_hash", "session_data", "key", "token"}  # key: OTP secret
SECRET_KEYS = {"sessions.session"}  # the primary key itself is the secret


def rows(queryset) -> list[dict]:
    found = serializers.serialize("python", queryset.order_by("pk"))
    for row in found:
        row["fields"] = {k: v for k, v in row["fields"].items() if k not in SECRET_FIELDS}
        if row["model"] in SECRET_KEYS:
            row["pk"] = None
    return found


def audit_entries(user) -> list[dict] | None:
    """The audit log's entries about the user's actions; None without the audit app."""
    try:
        from styra.web.audit.persons import entries_about_actor
    except ImportError:
        return None
    return entries_about_actor(user)


def collect(person: Person, now: datetime) -> dict:
    """Everything stored about the person: ``{"person", "exported_at", "rows": {model: [...]}}``."""
    invitees = invitee_ids(person)
    found: dict[str, list[dict]] = {}
    for model, fields in registered_models():
        condition = any_of(
            [find(name, field, person, invitees) for name, field in fields.items()]
            + [mentions(fields, person)]
        )
        if condition is None:
            continue
        model_rows = rows(model.objects.filter(condition).distinct())
        if model_rows:
            found[model._meta.label] = model_rows
    data = {
        "person": {"email": person.email, "name": person.name},
        "exported_at": now,
        "rows": found,
    }
    if person.user is not None:
        data["audit"] = audit_entries(person.user)
    return data


def to_json(data: dict) -> str:
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
