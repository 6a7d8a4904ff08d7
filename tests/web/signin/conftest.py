import pytest

from .oidc_provider import CLIENT_ID, CLIENT_SECRET, Provider


@pytest.fixture
def oidc_provider(settings):
    """A running OIDC provider, and Styra's OIDC sign-in switched on against it."""
    with Provider() as provider:
        settings.STYRA_OIDC_ENABLED = True
        settings.STYRA_OIDC_LABEL = "Testkommunens konto"
        settings.STYRA_OIDC_ISSUER = provider.issuer
        settings.OIDC_OP_AUTHORIZATION_ENDPOINT = provider.url("/authorize")
        settings.OIDC_OP_TOKEN_ENDPOINT = provider.url("/token")
        settings.OIDC_OP_USER_ENDPOINT = provider.url("/userinfo")
        settings.OIDC_OP_JWKS_ENDPOINT = provider.url("/jwks")
        settings.OIDC_RP_CLIENT_ID = CLIENT_ID
        settings.OIDC_RP_CLIENT_SECRET = CLIENT_SECRET
        settings.OIDC_RP_SIGN_ALGO = "RS256"
        yield provider


@pytest.fixture
def saml_idp(settings, tmp_path):
    """A pysaml2 IdP, and Styra's SAML sign-in switched on against it."""
    from .saml_idp import TestIdP, key_and_certificate

    idp = TestIdP(tmp_path)
    settings.STYRA_SAML_ENABLED = True
    settings.STYRA_SAML_LABEL = "Testfederationen"
    settings.STYRA_SAML_IDP_METADATA_FILE = str(idp.metadata_file)
    settings.STYRA_SAML_KEY_FILE, settings.STYRA_SAML_CERT_FILE = key_and_certificate(
        tmp_path, "styra"
    )
    return idp
