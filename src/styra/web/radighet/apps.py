from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RadighetConfig(AppConfig):
    name = "styra.web.radighet"
    label = "radighet"
    verbose_name = _("Rådighet")
