"""What the web tests read of a page: its text, and the check every bad-input test of a
form makes (a 400 whose page shows the message at the field, its error linked to the
field with aria-describedby)."""

import html
import re


def text_of(response) -> str:
    """The page as text, with its entities unescaped."""
    return html.unescape(response.content.decode())


def field_error_shown(response, field: str, message: str) -> str:
    """Assert that ``response`` is a 400 whose page shows ``message`` and the error of the
    field named ``field`` (``id_<field>_error``) described by the field; returns the page
    as text (entities unescaped)."""
    assert response.status_code == 400
    text = text_of(response)
    assert message in text
    assert f'id="id_{field}_error"' in text
    assert re.search(f'aria-describedby="[^"]*id_{field}_error"', text)  # linked to the field
    return text
