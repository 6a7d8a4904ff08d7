"""Reading the audit log of one organisation or network: filters, rows for the page and
the export.

Views call ``filtered_entries`` (with the ``LogOwner`` whose log it is) /
``filtered_sign_ins`` with the page's ``LogFilter``, and ``entry_rows`` /
``sign_in_rows`` turn entries into plain rows (docs/audit.md).
"""

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from styra.tables import ExportTable
from styra.web.accounts.models import Membership

from .models import AuditEntry, SignInEvent
from .registration import TRACKED


@dataclass(frozen=True)
class LogFilter:
    user: int | None = None
    object_type: int | None = None  # a ContentType id
    since: date | None = None
    until: date | None = None
    words: str = ""


@dataclass(frozen=True)
class LogOwner:
    """Whose log a page reads: an organisation's entries (for its admins) or a network's
    (for its coordinators), and the people its filter offers besides those who acted."""

    name: str
    scope: Q  # on AuditEntry
    people: QuerySet  # user ids


def organisation_log(organisation) -> LogOwner:
    return LogOwner(organisation.name, Q(organisation=organisation), member_ids(organisation))


def network_log(network) -> LogOwner:
    """The network itself, its meetings and tasks, invitations and shares
    (``registration.NETWORK_PATHS``)."""
    return LogOwner(network.name, Q(network=network), network.coordinators.values("pk"))


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: str
    after: str


def action_label(action: int) -> str:
    return {
        AuditEntry.Action.CREATE: _("skapad"),
        AuditEntry.Action.UPDATE: _("ändrad"),
        AuditEntry.Action.DELETE: _("borttagen"),
    }.get(action, _("läst"))


def tracked_types() -> list[ContentType]:
    """The object types of the filter, by their Swedish names."""
    from django.apps import apps

    models = [apps.get_model(label) for label in TRACKED]
    types = ContentType.objects.get_for_models(*models).values()
    return sorted(types, key=lambda t: str(t.model_class()._meta.verbose_name).lower())


def _day_start(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def _in_period(queryset: QuerySet, log_filter: LogFilter) -> QuerySet:
    if log_filter.since:
        queryset = queryset.filter(timestamp__gte=_day_start(log_filter.since))
    if log_filter.until:
        queryset = queryset.filter(timestamp__lt=_day_start(log_filter.until + timedelta(days=1)))
    return queryset


def filtered_entries(owner: LogOwner, log_filter: LogFilter) -> QuerySet:
    entries = AuditEntry.objects.filter(owner.scope).select_related("actor", "content_type")
    if log_filter.user:
        entries = entries.filter(actor_id=log_filter.user)
    if log_filter.object_type:
        entries = entries.filter(content_type_id=log_filter.object_type)
    if log_filter.words:
        words = log_filter.words
        stored = json.dumps(words)[1:-1]  # as JSON keeps non-ASCII text (SQLite)
        entries = entries.filter(
            Q(object_repr__icontains=words)
            | Q(changes__icontains=words)
            | Q(changes__icontains=stored)
        )
    return _in_period(entries, log_filter).order_by("-timestamp", "-pk")


def member_ids(organisation) -> QuerySet:
    return Membership.objects.filter(organisation=organisation).values("user_id")


def filtered_sign_ins(organisation, log_filter: LogFilter) -> QuerySet:
    """Sign-in events of the organisation's present members."""
    events = SignInEvent.objects.filter(user_id__in=member_ids(organisation)).select_related("user")
    if log_filter.user:
        events = events.filter(user_id=log_filter.user)
    return _in_period(events, log_filter)


def person_name(user) -> str:
    if user is None:
        return _("(okänd)")
    full = user.get_full_name()
    return f"{full} ({user.get_username()})" if full else user.get_username()


def actor_name(entry: AuditEntry) -> str:
    if entry.actor_id is None:
        return entry.actor_email or _("(systemet)")
    return person_name(entry.actor)


def object_type_name(entry: AuditEntry) -> str:
    model = entry.content_type.model_class()
    return capfirst(str(model._meta.verbose_name) if model else entry.content_type.model)


def _shown(field, value) -> str:
    """A logged value as a person reads it: a choice's label, ja/nej, a local time."""
    if value in (None, "None"):
        return ""
    choices = dict(getattr(field, "flatchoices", None) or [])
    if value in choices:
        return str(choices[value])
    if isinstance(field, models.BooleanField) and value in ("True", "False"):
        return _("ja") if value == "True" else _("nej")
    if isinstance(field, models.DateTimeField) and (moment := parse_datetime(str(value))):
        if timezone.is_naive(moment):  # auditlog writes the stored (UTC) time
            moment = timezone.make_aware(moment, UTC)
        return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")
    return str(value)


def field_changes(entry: AuditEntry) -> list[FieldChange]:
    """Each changed field of ``entry``: its Swedish name, the value before and after."""
    model = entry.content_type.model_class()
    changes = []
    for name, values in (entry.changes or {}).items():
        try:
            field = model._meta.get_field(name) if model else None
        except FieldDoesNotExist:
            field = None
        if getattr(field, "primary_key", False):
            continue  # the id a creation lists says nothing to a reader
        label = capfirst(str(getattr(field, "verbose_name", name)))
        if isinstance(values, dict):  # many-to-many: added or removed objects
            objects = ", ".join(values.get("objects", []))
            added = values.get("operation") == "add"
            changes.append(FieldChange(label, "" if added else objects, objects if added else ""))
            continue
        before, after = (list(values) + [None, None])[:2]
        changes.append(FieldChange(label, _shown(field, before), _shown(field, after)))
    return changes


def shown_entry(entry: AuditEntry) -> dict:
    """What the page shows of one entry."""
    return {
        "timestamp": entry.timestamp,
        "actor": actor_name(entry),
        "action": action_label(entry.action),
        "object_type": object_type_name(entry),
        "object": entry.object_repr,
        "fields": field_changes(entry),
    }


def local_time(moment: datetime) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M:%S")


def entry_rows(entries) -> Iterator[list[str]]:
    """One row per changed field (an entry without fields: one row)."""
    for entry in entries:
        common = [
            local_time(entry.timestamp),
            actor_name(entry),
            action_label(entry.action),
            object_type_name(entry),
            entry.object_repr,
        ]
        for change in field_changes(entry) or [FieldChange("", "", "")]:
            yield [*common, change.field, change.before, change.after]


def entries_table(owner: LogOwner, entries) -> ExportTable:
    columns = [
        _("Tid"),
        _("Vem"),
        _("Händelse"),
        _("Typ"),
        _("Objekt"),
        _("Fält"),
        _("Före"),
        _("Efter"),
    ]
    title = _("Logg över ändringar – %(name)s") % {"name": owner.name}
    return ExportTable(title, columns, entry_rows(entries), (_("Källa: Styras logg"),))


def sign_in_rows(events) -> Iterator[list[str]]:
    for event in events:
        yield [
            local_time(event.timestamp),
            person_name(event.user) if event.user_id else event.username,
            event.get_kind_display(),
            event.method,
            event.remote_addr or "",
        ]


def sign_ins_table(organisation, events) -> ExportTable:
    columns = [_("Tid"), _("Vem"), _("Händelse"), _("Sätt"), _("Klientadress")]
    title = _("Inloggningar – %(name)s") % {"name": organisation.name}
    return ExportTable(title, columns, sign_in_rows(events), (_("Källa: Styras logg"),))
