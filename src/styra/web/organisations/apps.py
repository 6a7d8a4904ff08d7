from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    name = "styra.web.organisations"
    label = "organisations"
    verbose_name = _("Organisationer")

    def ready(self):
        from styra.web.common.files import connect_file_cleanup

        connect_file_cleanup()  # every app's models are loaded by now
