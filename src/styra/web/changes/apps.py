from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChangesConfig(AppConfig):
    name = "styra.web.changes"
    label = "changes"
    verbose_name = _("Vad har hänt sedan sist?")
