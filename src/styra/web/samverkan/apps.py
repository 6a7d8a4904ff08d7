from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SamverkanConfig(AppConfig):
    name = "styra.web.samverkan"
    label = "samverkan"
    verbose_name = _("Samverkan")
