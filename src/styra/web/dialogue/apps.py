from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DialogueConfig(AppConfig):
    name = "styra.web.dialogue"
    label = "dialogue"
    verbose_name = _("Medborgardialog")

    def ready(self) -> None:
        from . import revision

        revision.connect()
