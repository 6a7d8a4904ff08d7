from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActionplanConfig(AppConfig):
    name = "styra.web.actionplan"
    label = "actionplan"
    verbose_name = _("Handlingsplan")

    def ready(self):
        from . import rules  # noqa: F401  (registers the named permissions)
