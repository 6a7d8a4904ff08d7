from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MaturityConfig(AppConfig):
    name = "styra.web.maturity"
    label = "maturity"
    verbose_name = _("Organisation och kultur")
