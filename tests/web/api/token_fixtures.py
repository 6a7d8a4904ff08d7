"""API tokens for the tests of tokens, writes and rate limits (plain helpers, no fixtures:
they need the database, which the organisation fixtures bring).

- ``make_token(organisation, *scopes, **fields)`` → ``(row, token)``: a token with the
  given scopes (all three when none), valid 30 days unless ``expires_at`` is given;
  other ``fields`` (e.g. ``revoked_at``) are set on the row afterwards;
- ``bearer(token)``: the header a test client sends it with.
"""

from datetime import timedelta

from django.utils import timezone

from styra.web.api.models import ApiToken, Scope


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def make_token(organisation, *scopes: str, name: str = "BI", **fields):
    expires_at = fields.pop("expires_at", timezone.now() + timedelta(days=30))
    row, token = ApiToken.issue(organisation, name, list(scopes or Scope.values), expires_at, None)
    if fields:
        ApiToken.objects.filter(pk=row.pk).update(**fields)
        row.refresh_from_db()
    return row, token
