"""The error summary at the top of a form page: each error, linked to its field.

``error_links`` is also a template filter, built in (settings ``TEMPLATES``), for
``templates/_form_errors.html``. A form whose fields are rendered by hand names
their anchors in ``error_anchors``, e.g. ``{"targets": "delmal-1-1"}``.

``render_form`` answers a form page: 400 when the form was sent with errors.
"""

from django import forms, template
from django.shortcuts import render

register = template.Library()


def render_form(request, template_name: str, context: dict, form: forms.BaseForm | None = None):
    """The page or fragment of ``form`` (default ``context["form"]``): 400 when it was
    sent with errors, else 200. styra.js lets HTMX swap a 400 in, so the errors show."""
    form = context.get("form") if form is None else form
    invalid = form is not None and form.is_bound and bool(form.errors)
    return render(request, template_name, context, status=400 if invalid else 200)


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
