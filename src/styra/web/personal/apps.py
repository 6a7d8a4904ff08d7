from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PersonalConfig(AppConfig):
    name = "styra.web.personal"
    label = "personal"
    verbose_name = _("Personuppgifter")
