from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TwoFactorConfig(AppConfig):
    name = "styra.web.twofactor"
    label = "twofactor"
    verbose_name = _("Tvåstegsverifiering")

    def ready(self) -> None:
        from . import services  # noqa: F401  (remembers at login whether a code is owed)
