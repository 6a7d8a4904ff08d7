"""Reading the cells of an import row: level, code, title and the optional columns, each
checked, with every problem collected (row and column) rather than the first one raised."""

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.utils.translation import gettext as _

from styra.sdg import UnknownTargets, load_catalog
from styra.tables import Table, TableError, TableRow
from styra.web.common.targets import unknown_targets_message

from .forms import CODE_PATTERN, MAX_BUDGET, MAX_WEIGHT, NumberError, parse_decimal
from .models import Level, Status

MAX_LISTED = 50
DATE_PATTERN = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ]00:00(?::00)?)?$")
PARTNER_SEPARATORS = re.compile(r"[;\n]+")
LEVEL_WORDS = {
    "strategi": Level.STRATEGY,
    "strategy": Level.STRATEGY,
    "åtgärd": Level.ACTION,
    "atgard": Level.ACTION,
    "action": Level.ACTION,
    "aktivitet": Level.ACTIVITY,
    "activity": Level.ACTIVITY,
}
STATUS_WORDS = {
    "planerad": Status.PLANNED,
    "pågår": Status.ONGOING,
    "pagar": Status.ONGOING,
    "klar": Status.DONE,
    "försenad": Status.DELAYED,
    "forsenad": Status.DELAYED,
    "avbruten": Status.CANCELLED,
    **{status.value: status for status in Status},
}


@dataclass(frozen=True)
class Existing:
    """An action already in the plan, as the check needs it."""

    pk: int
    code: str
    level: str
    parent: str | None  # the parent's code, casefolded
    targets: tuple[str, ...]
    start: date | None
    end: date | None


@dataclass(frozen=True)
class Known:
    """The organisation's plan and actors, keyed by casefolded code and name."""

    actions: dict[str, Existing]
    internal: dict[str, int]
    actors: dict[str, int]


class Checker:
    """Collects the errors of one file while its rows are read."""

    def __init__(self, table: Table, known: Known):
        self.table, self.known = table, known
        self.errors: list[TableError] = []
        self.total = 0

    def has(self, column: str) -> bool:
        return column in self.table.headings

    def fail(self, row: int, column: str | None, message: str) -> None:
        self.total += 1
        if len(self.errors) < MAX_LISTED:
            heading = self.table.heading(column) if column else None
            self.errors.append(TableError(message, row=row, column=heading))

    def level(self, row: TableRow) -> str | None:
        text = row.get("level").strip()
        level = LEVEL_WORDS.get(text.casefold())
        if level is None:
            message = (
                _("nivån saknas") if not text else _('"%(text)s" är ingen nivå') % {"text": text}
            )
            self.fail(
                row.number, "level", message + ": " + _("skriv strategi, åtgärd eller aktivitet")
            )
        return level

    def title(self, row: TableRow) -> str | None:
        text = " ".join(row.get("title").split())
        if not text:
            self.fail(row.number, "title", _("titeln saknas"))
            return None
        if len(text) > 300:
            self.fail(row.number, "title", _("titeln är längre än 300 tecken"))
            return None
        return text

    def code(self, row: TableRow, seen: dict[str, int]) -> str:
        text = row.get("code").strip()
        if not text:
            return ""
        if len(text) > 20 or not CODE_PATTERN.match(text):
            self.fail(
                row.number,
                "code",
                _(
                    '"%(code)s" går inte som kod: högst 20 tecken, '
                    "bokstäver, siffror, punkt, bindestreck och _"
                )
                % {"code": text},
            )
            return ""
        if text.casefold() in seen:
            self.fail(
                row.number,
                "code",
                _("koden %(code)s finns redan på rad %(row)s")
                % {"code": text, "row": seen[text.casefold()]},
            )
            return ""
        seen[text.casefold()] = row.number
        return text

    def fields(self, row: TableRow) -> dict:
        """The optional columns the file has, checked; absent columns are left out."""
        found: dict = {}
        if self.has("description"):
            found["description"] = row.get("description").strip()
        if self.has("targets"):
            try:
                found["targets"] = list(load_catalog().parse_target_list(row.get("targets")))
            except UnknownTargets as error:
                self.fail(row.number, "targets", unknown_targets_message(error))
        if self.has("owner"):
            self.owner(row, found)
        if self.has("partners"):
            self.partners(row, found)
        for column in ("start", "end"):
            if self.has(column):
                self.date(row, column, found)
        if self.has("budget"):
            self.number(row, "budget", "budget_sek", MAX_BUDGET, None, found)
        if self.has("weight"):
            self.number(row, "weight", "weight", MAX_WEIGHT, Decimal(1), found)
        if found.get("owner") and found["owner"] in found.get("partners", ()):
            self.fail(row.number, "partners", _("ägaren kan inte också vara partner"))
        if self.has("status"):
            text = row.get("status").strip()
            status = STATUS_WORDS.get(text.casefold()) if text else Status.PLANNED
            if status is None:
                self.fail(
                    row.number,
                    "status",
                    _(
                        '"%(text)s" är ingen status: skriv planerad, pågår, klar, '
                        "försenad eller avbruten"
                    )
                    % {"text": text},
                )
            else:
                found["status"] = status
        return found

    def owner(self, row: TableRow, found: dict) -> None:
        text = " ".join(row.get("owner").split())
        if not text:
            found["owner"] = None
        elif text.casefold() in self.known.internal:
            found["owner"] = self.known.internal[text.casefold()]
        elif text.casefold() in self.known.actors:
            self.fail(
                row.number,
                "owner",
                _("%(name)s är en extern aktör; ägaren ska vara intern") % {"name": text},
            )
        else:
            self.fail(
                row.number,
                "owner",
                _("det finns ingen intern aktör som heter %(name)s i aktörsregistret")
                % {"name": text},
            )

    def partners(self, row: TableRow, found: dict) -> None:
        names = [" ".join(part.split()) for part in PARTNER_SEPARATORS.split(row.get("partners"))]
        pks = []
        for name in filter(None, names):
            pk = self.known.actors.get(name.casefold())
            if pk is None:
                self.fail(
                    row.number,
                    "partners",
                    _("det finns ingen aktör som heter %(name)s i aktörsregistret")
                    % {"name": name},
                )
            elif pk not in pks:
                pks.append(pk)
        found["partners"] = tuple(pks)

    def date(self, row: TableRow, column: str, found: dict) -> None:
        text = row.get(column).strip()
        if not text:
            found[column] = None
            return
        match = DATE_PATTERN.match(text)
        try:
            found[column] = date.fromisoformat(match.group(1)) if match else None
        except ValueError:
            found[column] = None
        if found[column] is None:
            self.fail(
                row.number,
                column,
                _('"%(text)s" är inget datum: skriv t.ex. 2025-03-31') % {"text": text},
            )

    def number(self, row, column, name, maximum, default, found) -> None:
        try:
            value = parse_decimal(row.get(column), maximum)
        except NumberError as error:
            self.fail(row.number, column, f'"{row.get(column)}": {error}')
            return
        found[name] = default if value is None else value
