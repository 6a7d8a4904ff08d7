from django.apps import AppConfig


class CommonConfig(AppConfig):
    """Holds the shared templates (``common/…``) of the web shell."""

    name = "styra.web.common"
    label = "common"
