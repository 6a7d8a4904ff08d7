"""``{{ organisation|phrase:"decision" }}``: the organisation's own words (see ``wording``)."""

from django import template

from styra.web.organisations import wording

register = template.Library()


@register.filter
def phrase(organisation, key: str) -> str:
    """The phrase ``key`` for a kommun or a region (an Organisation, a dict or "K"/"L")."""
    return wording.phrase(organisation, key)
