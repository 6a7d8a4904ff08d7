from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrioritiesConfig(AppConfig):
    name = "styra.web.priorities"
    verbose_name = _("Prioritering")

    def ready(self):
        # rules.apps.AutodiscoverRulesConfig imports only <app>.rules; these live one level down.
        from .decisions import rules as decision_rules  # noqa: F401
        from .interactions import rules  # noqa: F401  (registers the named permissions)
