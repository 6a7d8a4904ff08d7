"""Goda exempel: the practice library and "lär av andra" (docs/network-practices.md)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "styra.web.practices"
    label = "practices"
    verbose_name = _("Goda exempel")

    def ready(self) -> None:
        from . import rules  # noqa: F401  (registers the permissions)
