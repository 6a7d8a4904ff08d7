"""``{% altcha_strings %}``: the proof-of-work widget's texts in the page's language, for
``common/_antispam_head.html`` (styra.web.common.antispam)."""

from django import template
from django.utils.html import json_script
from django.utils.translation import get_language

from styra.web.common.antispam import widget_strings

register = template.Library()

STRINGS_ID = "altcha-strings"  # read by common/altcha-strings.js


@register.simple_tag
def altcha_strings():
    """A JSON ``<script>`` (data, not run: the CSP allows it) with the language and texts."""
    return json_script({"language": get_language(), "strings": widget_strings()}, STRINGS_ID)
