"""Helpers for the tests of two people at once: the data a person's browser would post
back from a form page, as it was when the page was opened."""

from datetime import date


def posted(value):
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [posted(item) for item in value]
    return str(value)


def form_data(response, form_name: str = "form") -> dict:
    """The fields of the page's form as the browser sends them unchanged."""
    form, page = response.context[form_name], response.content.decode()
    data = {}
    for field in form:
        assert f'name="{field.html_name}"' in page, f"{field.html_name} is not on the page"
        value = field.value()
        if value is False or (value is True and field.widget_type == "checkbox"):
            if value:
                data[field.html_name] = "on"
            continue
        data[field.html_name] = posted(value)
    return data


def conflicts(response, form_name: str = "form") -> dict[str, tuple[str, str]]:
    """{label: (saved now, typed here)} shown after a refused save."""
    form = response.context[form_name]
    return {label: (theirs, yours) for label, theirs, yours in form.conflicts}


def clash_after_checks(monkeypatch, form_class, save_the_other) -> None:
    """Another person saves (``save_the_other()``, once) just after this form's checks
    passed and before its save: the race of two people saving at the same moment."""
    is_valid, done = form_class.is_valid, []

    def valid_then_clash(form):
        valid = is_valid(form)
        if not done:
            done.append(save_the_other())
        return valid

    monkeypatch.setattr(form_class, "is_valid", valid_then_clash)


def second_save(
    first, second, url: str, first_change: dict, second_change: dict, *, saved=302, **headers
):
    """Both open the form at ``url``; ``first`` saves ``first_change`` (and must succeed:
    ``saved``, the status of a save), then ``second`` posts ``second_change`` on the page
    as it opened it: the answer. ``headers`` go with both posts (e.g. HTMX's)."""
    opened_first, opened_second = form_data(first.get(url)), form_data(second.get(url))
    assert first.post(url, opened_first | first_change, **headers).status_code == saved
    return second.post(url, opened_second | second_change, **headers)
