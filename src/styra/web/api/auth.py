"""Who calls the API: an organisation's token, sent as ``Authorization: Bearer <token>``.

Only a token opens what is not public: a logged-in browser session does not
(the API reads no cookies, so it needs no CSRF protection either). A revoked,
expired or unknown token is refused with 401; a token of another organisation,
or without the scope an endpoint needs, with 403 naming what is missing.
"""

from django.utils.translation import gettext as _
from ninja.security import HttpBearer

from styra.web.organisations.models import Organisation

from .errors import ApiError
from .models import TOKEN_START, ApiToken, Scope, hash_token

BEARER = "bearer"
HEADER = "Authorization"


class TokenRefused(ApiError):
    """401: the token is missing, unknown, revoked or expired."""

    def __init__(self, detail: str):
        super().__init__(401, detail, HEADER)


def token_from_header(request) -> str | None:
    """The bearer token of the request's ``Authorization`` header, if it has one."""
    scheme, _space, token = request.headers.get(HEADER, "").partition(" ")
    if scheme.lower() != BEARER:
        return None
    return token.strip() or None


def find_token(token: str) -> ApiToken | None:
    """The stored token with this value (active or not); ``None`` if there is none."""
    if not token.startswith(TOKEN_START):
        return None
    return (
        ApiToken.objects.select_related("organisation").filter(token_hash=hash_token(token)).first()
    )


def active_token(token: str) -> ApiToken:
    """The active stored token with this value, marked as used; else ``TokenRefused``."""
    found = find_token(token)
    if found is None:
        raise TokenRefused(_("Okänd API-nyckel."))
    if found.revoked_at is not None:
        raise TokenRefused(_("API-nyckeln har återkallats."))
    if not found.is_active:
        raise TokenRefused(_("API-nyckeln har gått ut."))
    found.mark_used()
    return found


class TokenAuth(HttpBearer):
    """django-ninja security: ``request.auth`` becomes the caller's ``ApiToken``."""

    def __call__(self, request) -> ApiToken:
        token = token_from_header(request)
        if token is None:
            raise TokenRefused(
                _("Skicka organisationens API-nyckel i rubriken Authorization: Bearer <nyckel>.")
            )
        return self.authenticate(request, token)

    def authenticate(self, request, token: str) -> ApiToken:
        return active_token(token)


token_auth = TokenAuth()


def organisation_for(request, kolada_id: str, scope: str) -> Organisation:
    """The organisation of the URL, if the request's token is its own and has ``scope``.

    404 for an unknown organisation; 403 for a token of another organisation or
    without the scope.
    """
    organisation = Organisation.objects.filter(pk=kolada_id).first()
    if organisation is None:
        message = _("Det finns ingen organisation med id %(id)s.") % {"id": kolada_id}
        raise ApiError(404, message, "id")
    token: ApiToken = request.auth
    if token.organisation_id != organisation.pk:
        message = _("API-nyckeln gäller inte för %(id)s.") % {"id": organisation.pk}
        raise ApiError(403, message, "id")
    if scope not in token.scopes:
        message = _("API-nyckeln saknar behörigheten %(scope)s (%(label)s).") % {
            "scope": scope,
            "label": Scope(scope).label,
        }
        raise ApiError(403, message, HEADER)
    return organisation
