"""The API's errors, always JSON: ``{"detail": "...", "parameter": "year"}``.

``detail`` says what is wrong in plain words (Swedish, English with
``Accept-Language: en``); ``parameter`` names the query or path parameter at
fault (null when none is). Bad input answers 400, something that does not
exist (an unknown area, an unpublished section) 404 — never a 500.

``install(api)`` makes the API answer so, also for django-ninja's own
validation errors (which would otherwise be a 422 with pydantic's list).
"""

from django.http import Http404
from django.utils.translation import gettext as _
from ninja.errors import ValidationError

from .schemas import ErrorOut, TooManyRequests


class ApiError(Exception):
    """An answer other than 200: the status, what is wrong and which parameter."""

    def __init__(self, status: int, detail: str, parameter: str | None = None):
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.parameter = parameter


def bad_request(parameter: str, detail: str) -> ApiError:
    return ApiError(400, detail, parameter)


def not_found(detail: str, parameter: str | None = None) -> ApiError:
    return ApiError(404, detail, parameter)


# The error answers a read documents besides its 200 (every call may be rate limited) …
BAD_REQUEST = {400: ErrorOut, 429: TooManyRequests}
# … and those of a read of one thing, which may be missing.
ERRORS = {**BAD_REQUEST, 404: ErrorOut}


def install(api) -> None:
    """Answer ``ApiError``, ninja's validation errors and ``Http404`` as ``ErrorOut``."""

    def answer(request, status: int, detail: str, parameter: str | None):
        return api.create_response(
            request, {"detail": detail, "parameter": parameter}, status=status
        )

    def api_error(request, error: ApiError):
        return answer(request, error.status, error.detail, error.parameter)

    def validation_error(request, error: ValidationError):
        parameter, message = first_problem(error.errors)
        detail = _("Ogiltigt värde för %(parameter)s: %(message)s") % {
            "parameter": parameter or "?",
            "message": message,
        }
        return answer(request, 400, detail, parameter)

    def missing(request, error: Http404):
        return answer(request, 404, _("Finns inte."), None)

    api.add_exception_handler(ApiError, api_error)
    api.add_exception_handler(ValidationError, validation_error)
    api.add_exception_handler(Http404, missing)


def first_problem(errors: list[dict]) -> tuple[str | None, str]:
    """The parameter and message of pydantic's first error (``loc`` is e.g. ("query", "year"))."""
    if not errors:
        return None, ""
    first = errors[0]
    names = [str(part) for part in first.get("loc", ()) if isinstance(part, str)]
    names = [name for name in names if name not in {"query", "path", "header", "body"}]
    return (names[-1] if names else None), str(first.get("msg", ""))
