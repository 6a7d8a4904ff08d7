from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NulageConfig(AppConfig):
    name = "styra.web.nulage"
    verbose_name = _("Nulägesanalys")
