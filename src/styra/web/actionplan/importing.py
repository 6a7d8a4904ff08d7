"""Actions from an Excel or CSV file: read, check every row, preview, then save all or nothing.

One row per action (docs/actionplan.md, "Import"). A row whose code is
already in the plan updates that action; other rows add actions. Columns
left out of the file leave those fields of updated actions as they are.
Every row is checked first, and so is the plan as it would be after the
import (each action under the right level); any error refuses the whole file,
naming row and column. Between preview and "Spara" the rows travel signed in
a hidden field for the organisation and user (``styra.web.common.previews``) and are
checked again against the database as it is then.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from styra.actionplan import PARENT_LEVEL, parent_level_error
from styra.tables import RowErrors, Table, TableRow, read_table
from styra.web.common import previews, uploadlimits
from styra.web.organisations.models import Organisation
from styra.web.samverkan.models import Actor, Kind

from .import_cells import Checker, Existing, Known
from .models import Action, Level
from .services import LEVEL_ORDER, next_code

COLUMNS = {
    "level": ("nivå", "level"),
    "code": ("kod", "id", "code"),
    "parent": ("förälder", "ligger under", "parent"),
    "title": ("titel", "title"),
    "description": ("beskrivning", "description"),
    "targets": ("delmål", "targets", "target"),
    "owner": ("ägare", "owner"),
    "partners": ("partner", "partners"),
    "start": ("start",),
    "end": ("slut", "end"),
    "budget": ("budget (kr)", "budget", "budget (sek)"),
    "weight": ("vikt", "weight"),
    "status": ("status",),
}
REQUIRED = ("level", "title")
MAX_ROWS = 2000
PREVIEW_ROWS = 200
PURPOSE = "actionplan.import"


@dataclass(frozen=True)
class ImportRow:
    """One checked row: its action's code, level, parent code and the columns the file has."""

    row: int
    code: str
    level: str
    parent: str | None
    title: str
    fields: dict = field(default_factory=dict)
    existing: int | None = None  # the pk of the action the row updates

    @property
    def level_label(self) -> str:
        return str(Level(self.level).label)


def known_for(organisation: Organisation) -> Known:
    actions = Action.objects.filter(organisation=organisation).select_related("parent")
    actors = list(Actor.objects.filter(organisation=organisation))
    return Known(
        actions={
            a.code.casefold(): Existing(
                a.pk,
                a.code,
                a.level,
                a.parent.code.casefold() if a.parent else None,
                tuple(a.targets),
                a.start,
                a.end,
            )
            for a in actions
        },
        internal={a.name.casefold(): a.pk for a in actors if a.kind == Kind.INTERNAL},
        actors={a.name.casefold(): a.pk for a in actors},
    )


@dataclass
class Draft:
    """A row on its way: what it read, and its place in the plan after the import."""

    row: int
    key: str  # casefolded code, or NUL and the row number for a new action without a code
    code: str
    level: str | None
    title: str | None
    parent_text: str | None  # as written; None: the column is absent
    fields: dict
    existing: Existing | None


def parse_actions(table: Table, known: Known) -> list[ImportRow]:
    """Check every row of ``table`` (read with ``COLUMNS``) and the plan after the import.

    Returns the rows when all are good, else raises ``RowErrors``.
    """
    check = Checker(table, known)
    seen: dict[str, int] = {}
    drafts = []
    for row in table.rows:
        level, code, title = check.level(row), check.code(row, seen), check.title(row)
        fields = check.fields(row)
        parent = " ".join(row.get("parent").split()) if check.has("parent") else None
        key = code.casefold() if code else f"\0{row.number}"  # no code can look like it
        drafts.append(
            Draft(row.number, key, code, level, title, parent, fields, known.actions.get(key))
        )
    check_hierarchy(check, drafts)
    if check.total:
        raise RowErrors(check.errors, check.total)
    return finished(drafts, known)


def parent_key(draft: Draft) -> str | None:
    if draft.parent_text is None:
        return draft.existing.parent if draft.existing else None
    return draft.parent_text.casefold() or None


def check_hierarchy(check: Checker, drafts: list[Draft]) -> None:
    """Every action under an action of the right level, after the import; strategies with a
    target; ends after starts. Errors name the row that causes them."""
    levels = {key: e.level for key, e in check.known.actions.items()}
    parents = {key: e.parent for key, e in check.known.actions.items()}
    row_of: dict[str, Draft] = {}
    for draft in drafts:
        if draft.level is None:
            continue
        levels[draft.key], parents[draft.key] = draft.level, parent_key(draft)
        row_of[draft.key] = draft
    for draft in row_of.values():
        parent = parents[draft.key]
        column = "parent" if check.has("parent") else "level"
        if parent is not None and parent not in levels:
            check.fail(
                draft.row,
                column,
                _("det finns ingen åtgärd med koden %(code)s") % {"code": draft.parent_text},
            )
        elif parent is not None and parent == draft.key:
            check.fail(draft.row, column, _("en åtgärd kan inte ligga under sig själv"))
        else:
            problem = parent_level_error(draft.level, levels[parent] if parent else None)
            if problem:
                check.fail(draft.row, column, level_message(problem, draft.level))
        check_fields(check, draft)
    for key, parent in parents.items():  # actions in the plan under a row that changed level
        if key in row_of or parent not in row_of:
            continue
        problem = parent_level_error(levels[key], levels[parent])
        if problem:
            child = check.known.actions[key]
            check.fail(
                row_of[parent].row,
                "level",
                _(
                    "%(child)s ligger under %(code)s i handlingsplanen, "
                    "så nivån kan inte vara %(level)s"
                )
                % {
                    "child": child.code,
                    "code": row_of[parent].code,
                    "level": Level(levels[parent]).label.lower(),
                },
            )


def level_message(problem: str, level: str) -> str:
    if problem == "strategy_has_parent":
        return _("en strategi ligger högst upp: lämna förälder tom")
    wanted = Level(PARENT_LEVEL[level]).label.lower()
    return _("en %(level)s ska ligga under en %(parent)s: skriv dess kod i förälder") % {
        "level": Level(level).label.lower(),
        "parent": wanted,
    }


def check_fields(check: Checker, draft: Draft) -> None:
    existing, fields = draft.existing, draft.fields
    targets = fields.get("targets", existing.targets if existing else ())
    if draft.level == Level.STRATEGY and not targets and "targets" not in failed(check, draft.row):
        check.fail(
            draft.row,
            "targets" if check.has("targets") else "level",
            _("en strategi behöver minst ett delmål"),
        )
    start = fields.get("start", existing.start if existing else None)
    end = fields.get("end", existing.end if existing else None)
    if start and end and end < start:
        check.fail(
            draft.row, "end" if check.has("end") else "start", _("slutdatumet är före startdatumet")
        )


def failed(check: Checker, row: int) -> set[str]:
    """The canonical columns of ``row`` that already have an error."""
    headings = {check.table.heading(c): c for c in check.table.headings}
    return {headings.get(e.column, "") for e in check.errors if e.row == row}


def finished(drafts: list[Draft], known: Known) -> list[ImportRow]:
    """The checked rows with codes: new actions without one get the next free code."""
    taken = set(known.actions) | {d.key for d in drafts if d.code}
    codes = {key: e.code for key, e in known.actions.items()}  # an existing code keeps its case
    codes |= {d.key: d.code for d in drafts if d.code and d.key not in codes}
    rows = []
    for draft in sorted(drafts, key=lambda d: LEVEL_ORDER[d.level]):
        parent = parent_key(draft)
        code = codes.get(draft.key, "")
        if not code:
            code = next_code(codes[parent] if parent else None, taken)
            taken.add(code.casefold())
            codes[draft.key] = code
        rows.append(
            ImportRow(
                row=draft.row,
                code=code,
                level=draft.level,
                parent=codes[parent] if parent else None,
                title=draft.title,
                fields=draft.fields,
                existing=draft.existing.pk if draft.existing else None,
            )
        )
    return sorted(rows, key=lambda r: r.row)


def read_upload(data: bytes, filename: str) -> Table:
    """The uploaded file as a table (``TableError`` if it cannot be read)."""
    return read_table(data, filename, COLUMNS, REQUIRED, uploadlimits.table_limits(MAX_ROWS))


def check_table(organisation: Organisation, table: Table) -> list[ImportRow]:
    """The table's rows, all checked against the plan as it is now (or ``RowErrors``)."""
    return parse_actions(table, known_for(organisation))


def sign_table(organisation: Organisation, user, filename: str, table: Table) -> str:
    """The file's cells (not the checked rows: they are checked again on confirm), signed."""
    payload = {
        "file": filename,
        "headings": dict(table.headings),
        "rows": [[row.number, dict(row.cells)] for row in table.rows],
    }
    return previews.sign(payload, PURPOSE, organisation.pk, user.pk)


def unsign_rows(organisation: Organisation, user, token: str) -> tuple[str, list[ImportRow]]:
    """The file name and rows of a preview, checked again; raises ``signing.BadSignature``
    (``SignatureExpired`` when too old) or ``RowErrors`` if the plan changed meanwhile."""
    payload = previews.unsign(token, PURPOSE, organisation.pk, user.pk)
    table = Table(
        headings=payload["headings"],
        rows=tuple(TableRow(number=number, cells=cells) for number, cells in payload["rows"]),
    )
    return payload["file"], parse_actions(table, known_for(organisation))


@dataclass(frozen=True)
class Counts:
    new: int
    updated: int


def save_actions(organisation: Organisation, rows: list[ImportRow]) -> Counts:
    """Create and update every row's action in one transaction, parents first."""
    with transaction.atomic():
        actions = {a.code.casefold(): a for a in Action.objects.filter(organisation=organisation)}
        for row in sorted(rows, key=lambda r: LEVEL_ORDER[r.level]):
            action = actions.get(row.code.casefold()) or Action(organisation=organisation)
            action.code, action.level, action.title = row.code, row.level, row.title
            action.parent = actions[row.parent.casefold()] if row.parent else None
            partners = None
            for name, value in row.fields.items():
                if name == "partners":
                    partners = value
                elif name == "owner":
                    action.owner_id = value
                else:
                    setattr(action, name, value)
            action.save()
            if partners is not None:
                action.partners.set(partners)
            actions[row.code.casefold()] = action
    updated = sum(1 for row in rows if row.existing)
    return Counts(new=len(rows) - updated, updated=updated)
