"""Erasing a person (``styra person erase``, the platform admin's page).

In one transaction, driven by the register (``registry.py``): the rows found through a
``How.DELETE`` field are deleted (memberships, invitations, contact messages, a body's
member row, login attempts, sessions); on the person's other rows the ``How.REPLACE``
fields become "Borttagen person" or blank; the person is removed from many-to-many
relations (``How.UNLINK``); their name and e-mail are cut out of free text
(``How.REDACT``): a comment keeps its text, not the name. The audit log's entries are
pseudonymised (``styra.web.audit.persons.pseudonymise_actor``); the account itself is
deactivated and anonymised last, so every ``How.ACCOUNT`` reference now points to
"Borttagen person".
"""

from collections import Counter

from django.contrib.auth.hashers import make_password
from django.db import models, transaction
from django.db.models import Q

from .people import Person, any_of, find, invitee_ids, mentions, registered_models
from .registry import ERASED_NAME, Field, Finds, How

NAME_FIELDS = {"name", "first_name", "author_name"}


def replacement(field: models.Field, pk) -> str:
    """What a ``How.REPLACE`` field becomes."""
    if field.name == "password":
        return make_password(None)
    if field.name == "username":
        return f"borttagen-{pk}"
    if isinstance(field, models.EmailField) and not field.blank:
        return f"borttagen-{pk}@example.invalid"
    return ERASED_NAME if field.name in NAME_FIELDS else ""


def erase(person: Person) -> dict[str, int]:
    """Erase the person everywhere; the number of rows changed per model (and "audit")."""
    counts: Counter[str] = Counter()
    with transaction.atomic():
        invitees = invitee_ids(person)
        for model, fields in registered_models():
            if model._meta.label == "auth.User":
                continue  # last: the other rows are found through the account
            counts.update(erase_in(model, fields, person, invitees))
        if person.user is not None:
            counts.update(pseudonymise_audit(person.user))
            anonymise_account(person.user)
            counts["auth.User"] += 1
    return dict(sorted((label, n) for label, n in counts.items() if n))


def erase_in(model, fields: dict[str, Field], person: Person, invitees: list[int]) -> Counter:
    label = model._meta.label
    counts: Counter[str] = Counter()

    def found_by(how: How) -> Q | None:
        return any_of(
            find(name, field, person, invitees)
            for name, field in fields.items()
            if field.how is how and field.finds is not None
        )

    deleted = found_by(How.DELETE)
    if deleted is not None:
        counts[label] += model.objects.filter(deleted).delete()[1].get(label, 0)
    about = any_of(
        find(name, field, person, invitees)
        for name, field in fields.items()
        if field.how not in (How.DELETE, How.UNLINK) and field.finds is not None
    )  # a comment that only mentions the person keeps its author
    replaced = [name for name, field in fields.items() if field.how is How.REPLACE]
    if about is not None and replaced:
        for row in model.objects.filter(about).distinct():
            for name in replaced:
                setattr(row, name, replacement(model._meta.get_field(name), row.pk))
            row.save(update_fields=replaced)
            counts[label] += 1
    for name, field in fields.items():
        if field.how is How.UNLINK:
            counts[label] += unlink(model, name, field, person, invitees)
    counts[label] += redact(model, fields, person)
    return counts


def unlink(model, name: str, field: Field, person: Person, invitees: list[int]) -> int:
    relation = model._meta.get_field(name)
    target = relation.m2m_reverse_field_name()
    if field.finds is Finds.INVITEE:
        targets = invitees
    else:
        targets = [person.user.pk] if person.user is not None else []
    deleted, _ = relation.remote_field.through.objects.filter(**{f"{target}__in": targets}).delete()
    return deleted


def redact(model, fields: dict[str, Field], person: Person) -> int:
    """Cut the person's name and e-mail out of the free text of every row naming them."""
    condition, pattern = mentions(fields, person), person.pattern()
    if condition is None or pattern is None:
        return 0
    texts = [name for name, field in fields.items() if field.how is How.REDACT]
    changed = 0
    for row in model.objects.filter(condition):
        for name in texts:
            setattr(row, name, pattern.sub(ERASED_NAME, getattr(row, name) or ""))
        row.save(update_fields=texts)
        changed += 1
    return changed


def pseudonymise_audit(user) -> Counter:
    try:
        from styra.web.audit.persons import pseudonymise_actor
    except ImportError:
        return Counter()
    return Counter({"audit": pseudonymise_actor(user)})


def anonymise_account(user) -> None:
    """The account stays (rows point to it) but names nobody and cannot sign in."""
    user.username = replacement(user._meta.get_field("username"), user.pk)
    user.first_name, user.last_name, user.email = ERASED_NAME, "", ""
    user.set_unusable_password()
    user.is_active = user.is_staff = user.is_superuser = False
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
