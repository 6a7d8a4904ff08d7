"""The proof-of-work widget speaks the page's language: a Swedish page hands the widget
Swedish texts, an English page English ones (styra.web.common.antispam.widget_strings,
``{% altcha_strings %}`` in common/_antispam_head.html)."""

import json
import re
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.utils import translation
from django.utils.translation import gettext

from styra.web.common.antispam import widget_strings
from tests.web.dialogue import public_fixtures
from tests.web.dialogue.public_fixtures import answer_url

dialogue = public_fixtures.dialogue  # the fixture: an open dialogue with every kind
ROBOT_LABEL = "Jag är inte en robot"


def widget_data(html: str) -> dict:
    found = re.search(r'<script id="altcha-strings" type="application/json">(.*?)</script>', html)
    assert found, "no widget texts on the page"
    return json.loads(found.group(1))


def test_a_swedish_page_gives_the_widget_swedish_texts(client, dialogue):
    html = client.get(answer_url(dialogue)).content.decode()
    data = widget_data(html)
    assert data["language"] == "sv" and 'language="sv"' in html  # the widget's language
    with translation.override("sv"):
        assert data["strings"] == widget_strings()
    assert data["strings"]["label"] == ROBOT_LABEL
    assert data["strings"]["verified"] == "Klart" and "altcha.org" in data["strings"]["footer"]
    assert static("common/altcha-strings.js") in html  # hands them to the widget


def test_an_english_page_gives_the_widget_english_texts(client, dialogue):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    html = client.get(answer_url(dialogue)).content.decode()
    data = widget_data(html)
    assert data["language"] == "en" and 'language="en"' in html
    with translation.override("en"):
        assert data["strings"] == widget_strings()
        assert data["strings"]["verified"] == "Done"  # in the English catalogue already
        if gettext(ROBOT_LABEL) != ROBOT_LABEL:  # once the catalogue has the widget's texts
            assert data["strings"]["label"] == "I'm not a robot"


def test_every_text_the_widget_knows_is_given():
    """Every text the widget has in English (its script's own), so none shows empty."""
    script = Path(finders.find("altcha_django/altcha.min.js")).read_text(encoding="utf-8")
    english = re.search(r'\$altcha\.i18n\.set\("en",\{(.*?)\}\)', script).group(1)
    names = set(re.findall(r'(\w+):["\']', english))
    assert "label" in names and "verified" in names
    assert set(widget_strings()) == names and all(widget_strings().values())
