from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VlrConfig(AppConfig):
    name = "styra.web.vlr"
    label = "vlr"
    verbose_name = _("Frivillig lokal granskning (VLR)")
