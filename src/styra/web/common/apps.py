from django.apps import AppConfig
from django.urls import register_converter

from .converters import GoalConverter


class CommonConfig(AppConfig):
    """Holds the shared templates (``common/…``) and the ``goal`` URL converter."""

    name = "styra.web.common"
    label = "common"

    def ready(self):
        register_converter(GoalConverter, "goal")  # before any URLconf is read
