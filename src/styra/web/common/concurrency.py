"""Two people at once: unique names that clash, and edits made since a form was opened.

A clash: ``save_or_field_error`` saves in a transaction; when the database refuses
a duplicate (another person saved the same code a moment earlier), the form is
checked again, so its own ``clean`` names the field, never a server error.

A lost update: a form with ``EditedSince`` carries, in a hidden field, the row's
``updated_at`` when the page was opened and a fingerprint of each value it showed.
Saving first claims the row with ``UPDATE … WHERE updated_at = <opened>``. If
someone saved in between and changed a value this form shows, nothing is saved and
``form.conflicts`` lists each such field as it is saved now beside the value typed
here; the hidden field then holds the new version, so saving again keeps what the
form shows. If they changed nothing the form shows, the save goes ahead.
"""

import hashlib
import json
from collections.abc import Callable
from datetime import datetime

from django import forms
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

OPENED = "opened_at"  # the hidden field's name
EMPTY = gettext_lazy("(tomt)")


def stamp_of(instance) -> str:
    """The row's version as text: its ``updated_at`` to the microsecond, "" when new."""
    updated = getattr(instance, "updated_at", None)
    return updated.isoformat() if instance.pk and updated else ""


def fingerprint(field: forms.Field, value) -> str:
    """A short digest of a value as the form shows it, to tell later whether it changed."""
    prepared = field.prepare_value(value)
    if isinstance(prepared, list | tuple):
        prepared = sorted(str(item) for item in prepared)
    return hashlib.sha256(repr(prepared).encode()).hexdigest()[:12]


def parse_opened(text: str) -> tuple[datetime | None, dict[str, str]]:
    """The hidden field's (time, fingerprints); (None, {}) when absent or not Styra's."""
    try:
        opened = json.loads(text) if text else {}
        return datetime.fromisoformat(opened["at"]), dict(opened["seen"])
    except (ValueError, KeyError, TypeError):
        return None, {}


class EditedSince:
    """A form mixin: the hidden field with the row's version and what the form showed when
    it was opened, and after a refused save ``conflicts``.

    For a plain ``forms.Form`` that edits one row, set ``self.instance`` before
    calling ``super().__init__`` and give ``conflict_form`` the way to build the
    form of the row as it is saved now.
    """

    def __new__(cls, *args, **kwargs):
        # The keywords the form was made with (organisation=…), before a subclass's
        # __init__ takes them: ``conflict_form`` makes the same form of the saved row.
        form = super().__new__(cls)
        form.init_kwargs = {
            key: value
            for key, value in kwargs.items()
            if key not in {"data", "files", "instance", "initial"}
        }
        return form

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[OPENED] = forms.CharField(widget=forms.HiddenInput, required=False)
        self.conflicts: list[tuple[str, str, str]] = []

    def get_initial_for_field(self, field, field_name):
        if field_name == OPENED:  # at render time, after the subclass set its initial values
            return self.opened_token()
        return super().get_initial_for_field(field, field_name)

    def seen(self) -> dict[str, str]:
        """The fingerprint of each field's value as this (unbound) form shows it."""
        return {
            name: fingerprint(field, self[name].initial)
            for name, field in self.fields.items()
            if name != OPENED
        }

    def opened_token(self) -> str:
        stamp = stamp_of(self.instance)
        return json.dumps({"at": stamp, "seen": self.seen()}) if stamp else ""

    def conflict_form(self, saved):
        """An unbound form of the row as saved now (override when the form needs more)."""
        return type(self)(instance=saved, **self.init_kwargs)


def shown(field: forms.Field, value) -> str:
    """A value as the person sees it: the choice's label, "Ja"/"Nej", the typed text."""
    if isinstance(field, forms.BooleanField):
        return _("Ja") if value else _("Nej")
    prepared = field.prepare_value(value)
    choices = getattr(field, "choices", None)
    if choices is not None:
        picked = prepared if isinstance(prepared, list | tuple) else [prepared]
        picked = {str(item) for item in picked if item not in (None, "")}
        labels = [str(label) for key, label in choices if str(key) in picked]
        return ", ".join(labels) or str(EMPTY)
    if prepared in (None, "", [], ()):
        return str(EMPTY)
    return str(prepared)


def differences(form, saved, seen: dict[str, str]) -> list[tuple[str, str, str]]:
    """(label, saved now, typed here) for each field someone changed since ``seen``."""
    theirs = form.conflict_form(saved)
    found = []
    for name, now in theirs.seen().items():
        if name in form.fields and now != seen.get(name):
            field = form.fields[name]
            saved_now, typed = shown(field, theirs[name].initial), shown(field, form[name].data)
            found.append((str(field.label), saved_now, typed))
    return found


def refuse(form, saved, conflicts: list[tuple[str, str, str]]) -> None:
    """Show the conflicts; the hidden field takes the saved row's time for the next try."""
    show_conflicts(form, conflicts, {OPENED: form.conflict_form(saved).opened_token()})


def show_conflicts(form, conflicts, fields: dict[str, object], message: str = "") -> None:
    """Show ``conflicts`` (label, saved now, typed here) on ``form``, which keeps what was
    typed except ``fields`` (name → value): the hidden versions, set to the saved state so
    that saving again keeps what the form shows. ``message``: when some of it was saved."""
    form.conflicts = conflicts
    form.add_error(
        None,
        message
        or _(
            "Någon annan sparade ändringar medan du hade sidan öppen. Inget av ditt sparades "
            "ännu: jämför deras värden med dina nedan, rätta det som behövs och spara igen."
        ),
    )
    data = form.data.copy()
    for name, value in fields.items():
        data[form.add_prefix(name)] = value
    form.data = data


def merge_since(typed: dict, now: dict, opened: dict | None) -> tuple[dict, list]:
    """For a form over several values that may be absent (``None``): ``typed`` with each
    value someone else changed since ``opened`` and this person left as it was taken from
    ``now``, and the keys both changed differently (``opened`` None: not checked)."""
    if opened is None:
        return typed, []
    merged, clashes = dict(typed), []
    for key, value in typed.items():
        theirs, seen = now.get(key), opened.get(key)
        if theirs == seen or value == theirs:
            continue
        if value == seen:
            merged[key] = theirs
        else:
            clashes.append(key)
    return merged, clashes


def claim(instance, opened: datetime) -> bool:
    """Take the row for this save if it is unchanged since ``opened`` (in a transaction)."""
    rows = type(instance)._default_manager.filter(pk=instance.pk, updated_at=opened)
    return rows.update(updated_at=timezone.now()) == 1


def save_unless_changed(form, save: Callable[[], object]):
    """``save()`` unless the row changed since the form was opened: then ``None`` and
    ``form.conflicts``. A duplicate refused by the database becomes the form's field error."""
    instance = form.instance
    opened, seen = parse_opened(form.cleaned_data.get(OPENED, ""))
    try:
        with transaction.atomic():
            if instance.pk and opened and not claim(instance, opened):
                saved = type(instance)._default_manager.filter(pk=instance.pk).first()
                conflicts = differences(form, saved, seen) if saved is not None else []
                if conflicts:  # none: the other changed nothing this form shows
                    refuse(form, saved, conflicts)
                    return None
            return save()
    except IntegrityError as refused:
        return _recheck(form, refused)


def save_or_field_error(form, save: Callable[[], object]):
    """``save()`` in a transaction; a duplicate refused by the database becomes the field
    error the form's own checks give (the clashing row is there now), and ``None``."""
    try:
        with transaction.atomic():
            return save()
    except IntegrityError as refused:
        return _recheck(form, refused)


def _recheck(form, refused: IntegrityError):
    """Validate again after a refused save; re-raise if the form finds nothing wrong."""
    form.full_clean()
    if form.is_valid():
        raise refused
    return None
