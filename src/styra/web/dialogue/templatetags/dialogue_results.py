"""``{{ cell|result_cell }}``: a cell of a results table as the page shows it — a number
with at most one decimal and a decimal comma, "–" when missing, text as it is."""

from django import template

from styra.web.common.formats import number

register = template.Library()


@register.filter
def result_cell(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    return number(value, 1, trim=True)
