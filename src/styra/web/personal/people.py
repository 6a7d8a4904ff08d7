"""Finding the rows about one person, driven by the register (``registry.py``)."""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.db import models
from django.db.models import Q

from .registry import REGISTER, Field, Finds, How

MIN_NAME_LENGTH = 5  # a shorter full name would find other people's text


@dataclass(frozen=True)
class Person:
    """Whom to export or erase: a user account and/or an e-mail address and a name (a
    contact-form sender or a consultation invitee has no account)."""

    email: str
    name: str = ""
    user: models.Model | None = None

    @classmethod
    def by_email(cls, email: str, name: str = "") -> "Person":
        user = get_user_model().objects.filter(email__iexact=email).order_by("pk").first()
        if user is not None and not name:
            name = user.get_full_name()
        return cls(email=email.strip(), name=name.strip(), user=user)

    @classmethod
    def of_user(cls, user) -> "Person":
        return cls(email=user.email, name=user.get_full_name(), user=user)

    def strings(self) -> list[str]:
        """What identifies the person inside free text: the full name and the e-mail."""
        found = [self.email] if self.email else []
        if " " in self.name and len(self.name) >= MIN_NAME_LENGTH:
            found.append(self.name)
        return found

    def pattern(self) -> re.Pattern | None:
        strings = self.strings()
        if not strings:
            return None
        return re.compile("|".join(re.escape(s) for s in strings), re.IGNORECASE)


def registered_models() -> Iterator[tuple[type[models.Model], dict[str, Field]]]:
    """The register's models that are installed (an app may be switched off)."""
    for label, fields in REGISTER.items():
        try:
            yield apps.get_model(label), fields
        except LookupError:
            continue


def session_keys(user) -> list[str]:
    user_id = str(user.pk)
    return [s.pk for s in Session.objects.all() if s.get_decoded().get("_auth_user_id") == user_id]


def find(name: str, field: Field, person: Person, invitees: list[int]) -> Q | None:
    """The condition on ``name`` that finds the person's rows, or None."""
    user = person.user
    match field.finds:
        case Finds.USER if user is not None:
            return Q(pk=user.pk) if name == "username" else Q(**{name: user.pk})
        case Finds.EMAIL if person.email:
            return Q(**{f"{name}__iexact": person.email})
        case Finds.NAME if len(person.name) >= MIN_NAME_LENGTH:
            return Q(**{f"{name}__iexact": person.name})
        case Finds.LOGIN:
            logins = [s for s in (person.email, user.username if user else "") if s]
            return reduce(or_, (Q(**{f"{name}__iexact": s}) for s in logins)) if logins else None
        case Finds.INVITEE if invitees:
            return Q(**{f"{name}__in": invitees})
        case Finds.SESSION if user is not None:
            return Q(pk__in=session_keys(user))
    return None


def any_of(conditions) -> Q | None:
    found = [c for c in conditions if c is not None]
    return reduce(or_, found) if found else None


def mentions(fields: dict[str, Field], person: Person) -> Q | None:
    """Rows whose free text (``How.REDACT``) names the person."""
    return any_of(
        Q(**{f"{name}__icontains": s})
        for name, field in fields.items()
        if field.how is How.REDACT
        for s in person.strings()
    )


def invitee_ids(person: Person) -> list[int]:
    """The person's consultation invitations (by account or e-mail)."""
    try:
        invitee = apps.get_model("consultation.Invitee")
    except LookupError:
        return []
    condition = any_of(
        [
            Q(user=person.user) if person.user is not None else None,
            Q(email__iexact=person.email) if person.email else None,
        ]
    )
    return list(invitee.objects.filter(condition).values_list("pk", flat=True)) if condition else []
