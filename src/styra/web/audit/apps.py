from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "styra.web.audit"
    label = "audit"
    verbose_name = _("Logg över ändringar")

    def ready(self) -> None:
        from . import registration, signins

        registration.register_all()
        signins.connect()
