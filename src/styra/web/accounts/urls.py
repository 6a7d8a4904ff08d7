from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from styra.web.signin import views as signin_views

from . import views
from .passwordreset import PasswordResetView

password_reset = [
    path(
        "konto/glomt-losenord/",
        PasswordResetView.as_view(
            template_name="accounts/password_reset_form.html",
            email_template_name="accounts/password_reset_email.txt",
            subject_template_name="accounts/password_reset_subject.txt",
            success_url=reverse_lazy("accounts-password-reset-done"),
        ),
        name="accounts-password-reset",
    ),
    path(
        "konto/glomt-losenord/skickat/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_done.html"),
        name="accounts-password-reset-done",
    ),
    path(
        "konto/nytt-losenord/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="accounts/password_reset_confirm.html",
            success_url=reverse_lazy("accounts-password-reset-complete"),
        ),
        name="accounts-password-reset-confirm",
    ),
    path(
        "konto/nytt-losenord/klart/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="accounts/password_reset_complete.html"
        ),
        name="accounts-password-reset-complete",
    ),
    path(
        "konto/byt-losenord/",
        auth_views.PasswordChangeView.as_view(
            template_name="accounts/password_change_form.html",
            success_url=reverse_lazy("accounts-password-change-done"),
        ),
        name="accounts-password-change",
    ),
    path(
        "konto/byt-losenord/klart/",
        auth_views.PasswordChangeDoneView.as_view(
            template_name="accounts/password_change_done.html"
        ),
        name="accounts-password-change-done",
    ),
]

urlpatterns = [
    path("", views.start, name="accounts-start"),
    path("mina-organisationer/", views.home, name="accounts-home"),
    path(
        "konto/logga-in/",
        auth_views.LoginView.as_view(
            template_name="accounts/login.html", redirect_authenticated_user=True
        ),
        name="accounts-login",
    ),
    # Ends the session, and after a SAML sign-in also at the IdP (single logout).
    path("konto/logga-ut/", signin_views.logout, name="accounts-logout"),
    path("konto/byt-organisation/", views.switch_organisation, name="accounts-switch"),
    path("inbjudan/<str:token>/", views.invitation_accept, name="accounts-invitation-accept"),
    path("omraden/<str:kolada_id>/medlemmar/", views.members, name="accounts-members"),
    path(
        "omraden/<str:kolada_id>/medlemmar/bjud-in/",
        views.member_invite,
        name="accounts-member-invite",
    ),
    path(
        "omraden/<str:kolada_id>/medlemmar/<int:pk>/roll/",
        views.member_role,
        name="accounts-member-role",
    ),
    path(
        "omraden/<str:kolada_id>/medlemmar/<int:pk>/ta-bort/",
        views.member_remove,
        name="accounts-member-remove",
    ),
    path(
        "omraden/<str:kolada_id>/inbjudningar/<int:pk>/aterkalla/",
        views.invitation_revoke,
        name="accounts-invitation-revoke",
    ),
    *password_reset,
]
