"""Which sign-in methods are switched on, and which one the session was signed in with."""

from dataclasses import dataclass

from django.conf import settings

# request.session[SIGN_IN_METHOD] is "oidc" or "saml" after a sign-in through the
# kommun's identity provider, and unset after a local (password) login; the two-factor
# step reads it to leave SSO sessions to the provider's own second factor.
SIGN_IN_METHOD = "styra_sign_in_method"
OIDC_BACKEND = "styra.web.signin.backends.OIDCBackend"
SAML_BACKEND = "styra.web.signin.backends.SAMLBackend"
METHOD_OF_BACKEND = {OIDC_BACKEND: "oidc", SAML_BACKEND: "saml"}


@dataclass(frozen=True)
class Method:
    name: str  # "oidc" or "saml"
    label: str  # "Microsoft Entra ID", shown as "Logga in med <label>"
    url_name: str  # where the sign-in starts


def switched_on() -> list[Method]:
    methods = []
    if settings.STYRA_OIDC_ENABLED:
        methods.append(Method("oidc", settings.STYRA_OIDC_LABEL, "oidc_authentication_init"))
    if settings.STYRA_SAML_ENABLED:
        methods.append(Method("saml", settings.STYRA_SAML_LABEL, "saml2_login"))
    return methods


def label_of(name: str) -> str:
    return {"oidc": settings.STYRA_OIDC_LABEL, "saml": settings.STYRA_SAML_LABEL}[name]


def remember_sign_in_method(sender, request, user, **kwargs):
    """user_logged_in: note "oidc"/"saml" in the session; a local login clears it."""
    session = getattr(request, "session", None)
    if session is None:
        return
    method = METHOD_OF_BACKEND.get(getattr(user, "backend", None))
    if method:
        session[SIGN_IN_METHOD] = method
    else:
        session.pop(SIGN_IN_METHOD, None)
