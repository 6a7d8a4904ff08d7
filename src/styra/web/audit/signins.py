"""Sign-ins, failed sign-ins and sign-outs, from Django's signals (docs/audit.md).

The method is "oidc" or "saml" when a single sign-on backend signed the person in
(or the session's ``styra_sign_in_method`` says so), else "lösenord". A failed attempt
keeps the username as typed only when it names an existing user (and links that
user); any other text may be a mistyped password, so only a keyed hash of it is kept,
enough to see that one name was tried many times. The client address is kept to
investigate attacks on accounts (django-axes uses the same address for its lockout),
for the retention period only.
"""

import hashlib
import hmac

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed

from .models import SignInEvent, SignInKind

METHOD_KEY = "styra_sign_in_method"
PASSWORD_METHOD = "lösenord"
SINGLE_SIGN_ON = ("oidc", "saml")


def hashed_username(username: str) -> str:
    """A keyed hash of a typed username: stable per site, unreadable without the key."""
    key = settings.SECRET_KEY.encode()
    digest = hmac.new(key, username.strip().lower().encode(), hashlib.sha256).hexdigest()
    return f"hash:{digest[:16]}"


def _client_address(request) -> str | None:
    if request is None:
        return None
    try:
        return get_client_ip_address(request)
    except Exception:  # noqa: BLE001 — a missing header must never break a sign-in
        return request.META.get("REMOTE_ADDR")


def _method(request, user=None) -> str:
    """ "oidc"/"saml" by the backend that just signed ``user`` in (the session's note
    may be written after this receiver runs), else the session's note, else password."""
    backend = (getattr(user, "backend", None) or "").lower()
    for single_sign_on in SINGLE_SIGN_ON:
        if single_sign_on in backend:
            return single_sign_on
    session = getattr(request, "session", None)
    method = session.get(METHOD_KEY) if session is not None else None
    return method or PASSWORD_METHOD


def _record(kind: str, request, user=None, username: str = "") -> SignInEvent:
    return SignInEvent.objects.create(
        kind=kind,
        user=user,
        username=username or (user.get_username() if user else ""),
        method=_method(request, user),
        remote_addr=_client_address(request),
    )


def on_logged_in(sender, request, user, **kwargs):
    _record(SignInKind.SIGNED_IN, request, user)


def on_logged_out(sender, request, user, **kwargs):
    if user is not None and user.is_authenticated:
        _record(SignInKind.SIGNED_OUT, request, user)


def on_login_failed(sender, credentials, request=None, **kwargs):
    User = get_user_model()
    typed = str(credentials.get(User.USERNAME_FIELD) or credentials.get("username") or "")
    user = User._default_manager.filter(**{f"{User.USERNAME_FIELD}__iexact": typed}).first()
    if user is not None:
        _record(SignInKind.FAILED, request, user)
    else:
        _record(SignInKind.FAILED, request, username=hashed_username(typed) if typed else "")


def connect() -> None:
    user_logged_in.connect(on_logged_in, dispatch_uid="styra-audit-logged-in")
    user_logged_out.connect(on_logged_out, dispatch_uid="styra-audit-logged-out")
    user_login_failed.connect(on_login_failed, dispatch_uid="styra-audit-login-failed")
