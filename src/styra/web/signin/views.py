"""The sign-in views: OIDC (mozilla-django-oidc) and SAML (djangosaml2) with Styra's
pages for a refused sign-in and for an account without roles, and the logout.

Each method's URLs answer 404 while it is switched off.
"""

import logging
from functools import wraps

import requests
from django.conf import settings
from django.contrib import auth
from django.contrib.auth.decorators import login_required
from django.core.exceptions import SuspiciousOperation
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse
from django.views.decorators.http import require_POST
from djangosaml2 import views as saml_views
from mozilla_django_oidc import views as oidc_views

from .methods import SIGN_IN_METHOD, label_of
from .saml import idp_has_single_logout

logger = logging.getLogger(__name__)


def switched_on(setting: str):
    """Answer 404 unless ``settings.<setting>`` is on (keeps csrf_exempt and the like)."""

    def decorate(view):
        @wraps(view)
        def guarded(request, *args, **kwargs):
            if not getattr(settings, setting):
                raise Http404
            return view(request, *args, **kwargs)

        return guarded

    return decorate


def refused(request, method: str):
    """The plain page of a sign-in that did not work: nobody is signed in."""
    return render(request, "signin/refused.html", {"label": label_of(method)}, status=403)


def _next_page(user, default: str) -> str:
    """An account without roles first sees the page that says so."""
    if not user.memberships.exists():
        return reverse("signin-no-role")
    return default


class OIDCCallbackView(oidc_views.OIDCAuthenticationCallbackView):
    def get(self, request):
        try:
            return super().get(request)
        except (SuspiciousOperation, requests.RequestException) as error:
            # A wrong or replayed state, a token that does not verify, a provider away.
            logger.warning("OIDC sign-in refused: %s", error)
            return self.login_failure()

    def login_failure(self):
        return refused(self.request, "oidc")

    @property
    def success_url(self):
        return _next_page(self.user, super().success_url)


class SAMLAssertionConsumerView(saml_views.AssertionConsumerServiceView):
    def handle_acs_failure(self, request, exception=None, status=403, **kwargs):
        logger.warning("SAML sign-in refused: %r", exception)
        return refused(request, "saml")

    def custom_redirect(self, user, relay_state, session_info):
        if not user.memberships.exists():
            return reverse("signin-no-role")
        return None


class SAMLLogoutInitView(saml_views.LogoutInitView):
    """djangosaml2's single logout, started by the logout button's POST."""

    def post(self, request, *args, **kwargs):
        return self.get(request, *args, **kwargs)

    def handle_unsupported_slo_exception(self, request, exception, *args, **kwargs):
        return HttpResponseRedirect(resolve_url(settings.LOGOUT_REDIRECT_URL))


oidc_init = switched_on("STYRA_OIDC_ENABLED")(oidc_views.OIDCAuthenticationRequestView.as_view())
oidc_callback = switched_on("STYRA_OIDC_ENABLED")(OIDCCallbackView.as_view())
saml_login = switched_on("STYRA_SAML_ENABLED")(saml_views.LoginView.as_view())
saml_acs = switched_on("STYRA_SAML_ENABLED")(SAMLAssertionConsumerView.as_view())
saml_logout_service = switched_on("STYRA_SAML_ENABLED")(saml_views.LogoutView.as_view())
saml_metadata = switched_on("STYRA_SAML_ENABLED")(saml_views.MetadataView.as_view())


@login_required
def no_role(request):
    if request.user.memberships.exists():
        return redirect("accounts-home")
    return render(request, "signin/no_role.html")


@require_POST
def logout(request):
    """End the Styra session; after a SAML sign-in also at the IdP when it has single logout."""
    if (
        request.user.is_authenticated
        and request.session.get(SIGN_IN_METHOD) == "saml"
        and settings.STYRA_SAML_ENABLED
        and saml_views._get_subject_id(request.saml_session) is not None
        and idp_has_single_logout(request)
    ):
        return SAMLLogoutInitView.as_view()(request)
    auth.logout(request)
    return redirect(settings.LOGOUT_REDIRECT_URL)
