"""Sign-in through the kommun's identity provider (docs/sign-in.md).

The paths are the libraries' usual ones, which the provider is told about:
/oidc/callback/ (redirect URI) and /saml2/acs/, /saml2/ls/, /saml2/metadata/.
"""

from django.urls import path

from . import views

urlpatterns = [
    path("oidc/authenticate/", views.oidc_init, name="oidc_authentication_init"),
    path("oidc/callback/", views.oidc_callback, name="oidc_authentication_callback"),
    path("saml2/login/", views.saml_login, name="saml2_login"),
    path("saml2/acs/", views.saml_acs, name="saml2_acs"),
    path("saml2/ls/", views.saml_logout_service, name="saml2_ls"),
    path("saml2/ls/post/", views.saml_logout_service, name="saml2_ls_post"),
    path("saml2/metadata/", views.saml_metadata, name="saml2_metadata"),
    path("konto/ingen-roll-an/", views.no_role, name="signin-no-role"),
]
