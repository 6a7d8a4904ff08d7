from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SigninConfig(AppConfig):
    name = "styra.web.signin"
    label = "signin"
    verbose_name = _("Inloggning med kommunens konto")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from .methods import remember_sign_in_method

        user_logged_in.connect(remember_sign_in_method, dispatch_uid="styra-sign-in-method")
