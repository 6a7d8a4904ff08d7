"""Who a sign-in through the kommun's identity provider (OIDC or SAML) is.

Pure rules, no Django: which e-mail address a provider's answer vouches for, and the
user name of a new account. styra.web.signin is the web shell around them.
"""

from .matching import (
    AttributeMap,
    email_from_oidc_claims,
    email_from_saml_attributes,
    id_token_problem,
    names_from_oidc_claims,
    names_from_saml_attributes,
    parse_attribute_map,
    username_for,
)

__all__ = [
    "AttributeMap",
    "email_from_oidc_claims",
    "email_from_saml_attributes",
    "id_token_problem",
    "names_from_oidc_claims",
    "names_from_saml_attributes",
    "parse_attribute_map",
    "username_for",
]
