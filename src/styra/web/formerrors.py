"""The error summary at the top of a form page: each error, linked to its field.

``error_links`` is also a template filter, built in (settings ``TEMPLATES``), for
``templates/_form_errors.html``. A form whose fields are rendered by hand names
their anchors in ``error_anchors``, e.g. ``{"targets": "delmal-1-1"}``.
"""

from django import forms, template

register = template.Library()

GROUPS = (forms.RadioSelect, forms.CheckboxSelectMultiple)  # their boxes' ids end in _0


def anchor_of(form: forms.BaseForm, field: forms.BoundField) -> str:
    """The id the summary links to; "" for a hidden field (nothing to go to)."""
    custom = getattr(form, "error_anchors", {})
    if field.name in custom:
        return custom[field.name]
    if field.is_hidden:
        return ""
    return field.auto_id + ("_0" if isinstance(field.field.widget, GROUPS) else "")


@register.filter
def error_links(form: forms.BaseForm) -> list[tuple[str, str, str]]:
    """(anchor, label, message): the form's own errors first (no anchor), then each field's."""
    links = [("", "", error) for error in form.non_field_errors()]
    for field in form:
        links += [(anchor_of(form, field), field.label, error) for error in field.errors]
    return links
