"""What an organisation's own systems do with its API token (``auth.py``).

- ``GET  /organisations/{id}/own-indicators`` (scope ``read_private``): the
  organisation's own indicators with their values.
- ``PUT  /organisations/{id}/own-indicators/{code}/values`` (scope
  ``write_own_values``): set values of one own indicator, all rows or none.
- ``POST /organisations/{id}/actions/{code}/progress`` (scope
  ``write_progress``): a progress report on an action of the handlingsplan.

Bodies are checked here rather than by django-ninja, so that a bad one answers
400 with every error naming its row (the index in the list, from 0) and field.
"""

import datetime
import json
from typing import Annotated, Literal

from django.core.exceptions import RequestDataTooBig
from django.db.models import Prefetch
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status
from pydantic import ConfigDict, TypeAdapter, ValidationError

from styra.tables import OwnValueRow
from styra.tables.values import YEARS
from styra.web.actionplan.models import Action, ProgressEntry
from styra.web.actionplan.services import today
from styra.web.common.formfields import EARLIEST
from styra.web.indicators import uploads
from styra.web.indicators.models import OwnIndicator, OwnValue
from styra.web.organisations.models import Organisation

from .auth import organisation_for, token_auth
from .errors import ApiError
from .models import Scope
from .schemas import ErrorOut, TooManyRequests

router = Router(auth=token_auth, tags=["Organisationens egna data (API-nyckel)"])

NOTE_LENGTH = 2000
BODY = "body"


class FieldError(Schema):
    row: int | None = Field(None, description="Radens index i listan, från 0")
    field: str
    message: str


class BadBody(ErrorOut):
    errors: list[FieldError] = Field(description="Varje fel med sin rad och sitt fält")


ERRORS = {400: BadBody, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 429: TooManyRequests}


class OwnValueIn(Schema):
    model_config = ConfigDict(extra="forbid")

    year: int = Field(ge=YEARS[0], le=YEARS[1])
    gender: Literal["T", "K", "M"] = "T"
    value: Annotated[float, Field(allow_inf_nan=False)] | None
    area: str | None = Field(
        None, pattern=r"^\d{4}$", description="Kolada-id; utan: organisationens eget"
    )


class ProgressIn(Schema):
    model_config = ConfigDict(extra="forbid")

    date: Annotated[str, Field(description="ÅÅÅÅ-MM-DD")]
    percent: int = Field(ge=0, le=100)
    note: str = Field("", max_length=NOTE_LENGTH)


class OwnValueOut(Schema):
    area: str
    year: int
    gender: str
    value: float | None


class OwnIndicatorOut(Schema):
    code: str
    kpi_id: str = Field(description="Id:t i analysen, t.ex. egen-12")
    title: str
    description: str
    unit: str
    polarity: int
    goal: int
    targets: list[str]
    values: list[OwnValueOut]


class ValueCounts(Schema):
    created: int
    updated: int
    unchanged: int


class ProgressOut(Schema):
    id: int
    action: str
    date: str
    percent: int
    note: str


def field_help() -> dict[str, str]:
    return {
        "year": _("skriv året som ett heltal från %(first)s till %(last)s")
        % {"first": YEARS[0], "last": YEARS[1]},
        "gender": _("skriv T (totalt), K (kvinnor) eller M (män)"),
        "value": _("skriv ett tal, eller null när värdet saknas"),
        "area": _("skriv kommunens eller regionens Kolada-id med fyra siffror, t.ex. 0180"),
        "date": _("skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2025-03-12"),
        "percent": _("skriv ett heltal från 0 till 100"),
        "note": _("skriv en text på högst %(n)s tecken") % {"n": NOTE_LENGTH},
    }


class BadInput(Exception):
    """A bad body: every error, as ``{row, field, message}``; the endpoint answers 400."""

    def __init__(self, errors: list[dict]):
        super().__init__(errors)
        self.errors = errors

    def answer(self) -> Status:
        detail = _("Innehållet har fel: rätta dem och skicka igen. Inget har sparats.")
        return Status(400, {"detail": detail, "parameter": BODY, "errors": self.errors})


def checked(request, adapter: TypeAdapter, shape: str):
    """The request's JSON body validated by ``adapter``; else a 400 naming every row and field."""
    try:
        data = json.loads(request.body or b"null")
    except RequestDataTooBig:
        message = _("Innehållet är för stort: skicka högst %(n)s rader åt gången.") % {
            "n": uploads.MAX_ROWS
        }
        raise BadInput([{"row": None, "field": BODY, "message": message}]) from None
    except (ValueError, UnicodeDecodeError):
        raise BadInput(
            [{"row": None, "field": BODY, "message": _("Innehållet är inte JSON.")}]
        ) from None
    try:
        return adapter.validate_python(data)
    except ValidationError as invalid:
        raise BadInput([described(error, shape) for error in invalid.errors()[:50]]) from None


def described(error: dict, shape: str) -> dict:
    """One pydantic error as ``{row, field, message}`` in plain Swedish."""
    location = list(error["loc"])
    row = location.pop(0) if location and isinstance(location[0], int) else None
    field = str(location[0]) if location else BODY
    if error["type"] == "extra_forbidden":
        message = _("okänt fält")
    elif error["type"] == "missing":
        message = _("fältet saknas")
    elif field == BODY:
        message = shape
    else:
        message = field_help().get(field, error["msg"])
    return {"row": row, "field": field, "message": message}


def documented(schema: dict) -> dict:
    """``openapi_extra`` for a JSON request body checked by ``checked``."""
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


VALUES = TypeAdapter(Annotated[list[OwnValueIn], Field(max_length=uploads.MAX_ROWS)])
PROGRESS = TypeAdapter(ProgressIn)


@router.get(
    "organisations/{id}/own-indicators",
    url_name="api-own-indicators",
    response={200: list[OwnIndicatorOut], **ERRORS},
    summary="Organisationens egna nyckeltal med värden",
)
def own_indicators(request, id: str):
    organisation = organisation_for(request, id, Scope.READ_PRIVATE)
    values = OwnValue.objects.order_by("area_id", "year", "gender")
    indicators = OwnIndicator.objects.filter(organisation=organisation).prefetch_related(
        Prefetch("values", queryset=values)
    )
    return [
        {
            "code": i.code,
            "kpi_id": i.kpi_id,
            "title": i.title,
            "description": i.description,
            "unit": i.unit,
            "polarity": i.polarity,
            "goal": i.goal,
            "targets": i.target_ids,
            "values": [
                {"area": v.area_id, "year": v.year, "gender": v.gender, "value": v.value}
                for v in i.values.all()
            ],
        }
        for i in indicators
    ]


@router.put(
    "organisations/{id}/own-indicators/{code}/values",
    url_name="api-own-values",
    response={200: ValueCounts, **ERRORS},
    summary="Sätt värden för ett eget nyckeltal",
    description=(
        "En lista med {year, gender, value} (och area, annars organisationens eget id). "
        "Alla rader kontrolleras först: en felaktig rad ger 400 och inget sparas."
    ),
    openapi_extra=documented(
        {"type": "array", "items": OwnValueIn.model_json_schema(), "maxItems": uploads.MAX_ROWS}
    ),
)
def own_values(request, id: str, code: str):
    organisation = organisation_for(request, id, Scope.WRITE_OWN_VALUES)
    indicator = OwnIndicator.objects.filter(organisation=organisation, code=code).first()
    if indicator is None:
        message = _("Det finns inget eget nyckeltal med koden %(code)s.") % {"code": code}
        raise ApiError(404, message, "code")
    shape = _("skicka en lista med {year, gender, value}, högst %(n)s rader") % {
        "n": uploads.MAX_ROWS
    }
    try:
        rows = value_rows(organisation, indicator, checked(request, VALUES, shape))
    except BadInput as bad:
        return bad.answer()
    counts = uploads.save_values(organisation, rows)  # one transaction; bumps the data version
    return {"created": counts.new, "updated": counts.changed, "unchanged": counts.unchanged}


def value_rows(organisation: Organisation, indicator: OwnIndicator, rows: list[OwnValueIn]):
    """The rows to save; 400 for an unknown area or a repeated (area, year, gender)."""
    areas = set(Organisation.objects.values_list("pk", flat=True))
    first: dict[tuple, int] = {}
    errors, checked_rows = [], []
    for index, row in enumerate(rows):
        area = row.area or organisation.pk
        key = (area, row.year, row.gender)
        if area not in areas:
            message = _("det finns ingen kommun eller region med id %(id)s") % {"id": area}
            errors.append({"row": index, "field": "area", "message": message})
        elif key in first:
            message = _("samma område, år och kön som rad %(row)s") % {"row": first[key]}
            errors.append({"row": index, "field": "year", "message": message})
        else:
            first[key] = index
            checked_rows.append(
                OwnValueRow(index, indicator.code, area, row.year, row.gender, row.value)
            )
    if errors:
        raise BadInput(errors[:50])
    return checked_rows


@router.post(
    "organisations/{id}/actions/{code}/progress",
    url_name="api-action-progress",
    response={201: ProgressOut, **ERRORS},
    summary="Rapportera framsteg för en åtgärd",
    openapi_extra=documented(ProgressIn.model_json_schema()),
)
def progress(request, id: str, code: str):
    organisation = organisation_for(request, id, Scope.WRITE_PROGRESS)
    action = Action.objects.filter(organisation=organisation, code=code).first()
    if action is None:
        message = _("Det finns ingen åtgärd med koden %(code)s.") % {"code": code}
        raise ApiError(404, message, "code")
    try:
        report = checked(request, PROGRESS, _("skicka ett objekt med {date, percent, note}"))
        on = report_date(report.date)
    except BadInput as bad:
        return bad.answer()
    via = _("via API: %(name)s") % {"name": request.auth.name}
    entry = ProgressEntry.objects.create(
        action=action,
        date=on,
        percent=report.percent,
        note=f"{report.note}\n\n({via})" if report.note.strip() else via,
        created_by=None,
    )
    return Status(
        201,
        {
            "id": entry.pk,
            "action": action.code,
            "date": entry.date.isoformat(),
            "percent": entry.percent,
            "note": entry.note,
        },
    )


def report_date(text: str):
    """The report's date: ISO, not before 1900 and not after today; else ``BadInput``."""
    try:
        on = datetime.date.fromisoformat(text)
    except ValueError:
        on = None
    if on is None or len(text) != 10:
        message = field_help()["date"]
    elif on > today():
        message = _("datumet kan inte vara senare än i dag")
    elif on < EARLIEST:
        message = _("datumet är för tidigt")
    else:
        return on
    raise BadInput([{"row": None, "field": "date", "message": message}])
