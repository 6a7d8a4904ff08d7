"""A goal's short name in the language of the request (``Goal.short`` in the catalog)."""

from django.utils.translation import get_language

from styra.sdg import load_catalog


def goal_title(number: int) -> str:
    """``"Hållbara städer och samhällen"`` for 11, or its English name when English is chosen."""
    return load_catalog().goal(number).short(get_language())
