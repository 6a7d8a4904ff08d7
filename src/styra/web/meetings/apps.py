from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "styra.web.meetings"
    label = "meetings"
    verbose_name = _("Nätverksmöten")

    def ready(self) -> None:
        from . import rules  # noqa: F401  (registers the permissions)
