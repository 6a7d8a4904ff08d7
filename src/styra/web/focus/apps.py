from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FocusConfig(AppConfig):
    name = "styra.web.focus"
    label = "focus"
    verbose_name = _("Fokus i styrdokument")
