"""Authentication backends of the two sign-in methods; each signs in nobody while off.

Both are called by django.contrib.auth.authenticate with the request (django-axes,
first in AUTHENTICATION_BACKENDS, needs it) and logged in with auth.login, so
user_logged_in and user_login_failed fire as for a password login.
"""

import logging

import jwt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import BaseBackend
from django.core.exceptions import SuspiciousOperation
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from styra.signin import (
    email_from_oidc_claims,
    email_from_saml_attributes,
    id_token_problem,
    names_from_oidc_claims,
    names_from_saml_attributes,
    parse_attribute_map,
)

from .accounts import account_for

logger = logging.getLogger(__name__)


class OIDCBackend(OIDCAuthenticationBackend):
    """OpenID Connect (authorization code flow, PKCE) via mozilla-django-oidc."""

    def authenticate(self, request, **kwargs):
        if not settings.STYRA_OIDC_ENABLED:
            return None
        return super().authenticate(request, **kwargs)

    def _verify_jws(self, payload, key):
        """The signature, the algorithm configured and an unexpired token (exp, iat)."""
        header = jwt.get_unverified_header(payload)
        if header.get("alg") != self.OIDC_RP_SIGN_ALGO:
            raise SuspiciousOperation("the ID token is signed with another algorithm")
        try:
            return jwt.decode(
                payload,
                key,
                algorithms=[self.OIDC_RP_SIGN_ALGO],
                options={"verify_aud": False, "require": ["exp", "iat", "sub"]},
                leeway=60,
            )
        except jwt.InvalidTokenError as error:
            raise SuspiciousOperation(f"the ID token is not valid: {error}") from error

    def get_or_create_user(self, access_token, id_token, payload):
        userinfo = None
        if self.OIDC_OP_USER_ENDPOINT:
            userinfo = self.get_userinfo(access_token, id_token, payload)
        problem = id_token_problem(
            payload, self.OIDC_RP_CLIENT_ID, settings.STYRA_OIDC_ISSUER, userinfo
        )
        if problem:
            logger.warning("OIDC sign-in refused: %s", problem)
            return None
        claims = {**payload, **(userinfo or {})}
        email = email_from_oidc_claims(claims, settings.STYRA_OIDC_VERIFIED_CLAIM)
        if email is None:
            logger.info("OIDC sign-in refused: no verified e-mail address")
            return None
        return account_for(email, *names_from_oidc_claims(claims))


class SAMLBackend(BaseBackend):
    """SAML 2.0 via djangosaml2: pysaml2 has checked the assertion's signature, audience
    and lifetime before ``session_info`` reaches this backend."""

    def authenticate(self, request, session_info=None, **kwargs):
        if session_info is None or not settings.STYRA_SAML_ENABLED:
            return None
        attribute_map = parse_attribute_map(settings.STYRA_SAML_ATTRIBUTE_MAP)
        attributes = session_info.get("ava") or {}
        email = email_from_saml_attributes(attributes, attribute_map)
        if email is None:
            logger.info("SAML sign-in refused: no e-mail address in %s", attribute_map.email)
            return None
        return account_for(email, *names_from_saml_attributes(attributes, attribute_map))

    def get_user(self, user_id):
        user = get_user_model().objects.filter(pk=user_id).first()
        return user if user is not None and user.is_active else None
