"""Two-factor authentication: what a signed-in session still owes (no Django here).

The web shell (styra.web.twofactor) asks :func:`next_step` on every request and
sends the person to the code step or the set-up page when it answers one.
"""

from enum import Enum

# Sign-ins through the municipality's identity provider: it does the MFA itself.
SSO_METHODS = frozenset({"oidc", "saml"})


class Step(Enum):
    VERIFY = "verify"  # enter a code from the app (or a backup code)
    SET_UP = "set-up"  # the role requires two-step verification: set it up first


def next_step(
    *,
    sign_in_method: str | None,
    has_device: bool,
    verified: bool,
    required: bool,
    is_admin: bool,
) -> Step | None:
    """What a signed-in person must do before anything else, or None.

    ``required`` is STYRA_REQUIRE_2FA; ``is_admin`` an organisation or platform admin.
    """
    if sign_in_method in SSO_METHODS:
        return None
    if has_device:
        return None if verified else Step.VERIFY
    if required and is_admin:
        return Step.SET_UP
    return None


def grouped(secret: str, size: int = 4) -> str:
    """A base32 secret in groups of ``size`` for typing it off the screen."""
    return " ".join(secret[i : i + size] for i in range(0, len(secret), size))


def normalised_code(text: str) -> str:
    """A typed code without spaces or dashes, lower case (backup codes are)."""
    return "".join(text.split()).replace("-", "").lower()
