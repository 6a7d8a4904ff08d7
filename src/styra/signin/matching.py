"""The rules that match a provider's answer to a Styra account.

A person is matched by a *verified* e-mail address, compared case-insensitively:
OIDC claims count only when the provider says the address is verified (the
``email_verified`` claim, or the one the kommun names, is true); SAML attributes
come from an assertion whose signature pysaml2 has checked. Anything else gives
``None``: no address, no sign-in.
"""

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

# Deliberately loose (the provider owns the address): one @, no spaces, a dot in the domain.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
USERNAME_MAX = 150  # Django's User.username


def _address(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value.lower() if _EMAIL.match(value) else None


def _is_true(value) -> bool:
    """Providers send a JSON true; some send the string "true"."""
    return value is True or (isinstance(value, str) and value.strip().lower() == "true")


def email_from_oidc_claims(claims: Mapping, verified_claim: str = "email_verified") -> str | None:
    """The lower-cased e-mail address of verified claims, else ``None``."""
    if not _is_true(claims.get(verified_claim)):
        return None
    return _address(claims.get("email"))


def names_from_oidc_claims(claims: Mapping) -> tuple[str, str]:
    return (str(claims.get("given_name") or "")[:150], str(claims.get("family_name") or "")[:150])


def id_token_problem(
    payload: Mapping, client_id: str, issuer: str, userinfo: Mapping | None = None
) -> str | None:
    """Why an (already signature-checked) ID token may not sign anyone in, or ``None``.

    The token must be meant for this client (``aud``), come from the configured
    issuer (when one is configured), and the userinfo answer must be about the
    same subject (``sub``), as OpenID Connect Core 5.3.2 asks.
    """
    audience = payload.get("aud")
    audiences = audience if isinstance(audience, list) else [audience]
    if client_id not in audiences:
        return "the ID token is meant for another client"
    if issuer and payload.get("iss") != issuer:
        return "the ID token comes from another issuer"
    if userinfo is not None and userinfo.get("sub") != payload.get("sub"):
        return "the userinfo answer is about another subject"
    return None


@dataclass(frozen=True)
class AttributeMap:
    """Which SAML attribute (pysaml2's friendly name or the full URI) holds what."""

    email: str = "mail"
    first_name: str = "givenName"
    last_name: str = "sn"


def parse_attribute_map(text: str) -> AttributeMap:
    """``"email=mail,first_name=givenName,last_name=sn"`` → AttributeMap; unnamed keys
    keep their default. Unknown keys or a missing ``=`` are configuration errors."""
    fields = {}
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        key, sep, value = item.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not value or key not in AttributeMap.__dataclass_fields__:
            raise ValueError(f"STYRA_SAML_ATTRIBUTE_MAP: cannot read {item!r}")
        fields[key] = value
    return AttributeMap(**fields)


def _first(attributes: Mapping, name: str):
    values = attributes.get(name)
    if isinstance(values, list | tuple):
        return values[0] if values else None
    return values


def email_from_saml_attributes(attributes: Mapping, attribute_map: AttributeMap) -> str | None:
    """The lower-cased e-mail address of a signed assertion's attributes, else ``None``."""
    return _address(_first(attributes, attribute_map.email))


def names_from_saml_attributes(attributes: Mapping, attribute_map: AttributeMap) -> tuple[str, str]:
    first = _first(attributes, attribute_map.first_name) or ""
    last = _first(attributes, attribute_map.last_name) or ""
    return (str(first)[:150], str(last)[:150])


def username_for(email: str, taken: Callable[[str], bool]) -> str:
    """A new account's user name: the e-mail address, or it with ``-2``, ``-3``… when taken."""
    base = email[:USERNAME_MAX]
    if not taken(base):
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = base[: USERNAME_MAX - len(suffix)] + suffix
        if not taken(candidate):
            return candidate
        number += 1
