from django import template

from ..methods import switched_on

register = template.Library()


@register.simple_tag
def sign_in_methods():
    """The sign-in methods switched on, for the login page's "Logga in med …" buttons."""
    return switched_on()
