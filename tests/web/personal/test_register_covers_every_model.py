"""Document or fail: every field of every installed model that looks personal (its name,
an e-mail, an IP address, free text, a link to a user) is in the register of personal
data (``styra.web.personal.registry``) or named there as not personal; every registered
field exists; and docs/personal-data.md names every registered model and field."""

import re

import pytest
from django.apps import apps
from django.conf import settings
from django.db import models

from styra.web.personal.registry import (
    LOOKS_PERSONAL,
    NOT_PERSONAL,
    NOT_PERSONAL_APPS,
    NOT_PERSONAL_MODELS,
    REGISTER,
    Finds,
    How,
)
from tests.web.docs_check import doc_text

FREE_TEXT = (models.EmailField, models.GenericIPAddressField, models.TextField)


def own_fields(model):
    return [f for f in model._meta.get_fields() if f.concrete or not f.auto_created]


def looks_personal(field) -> bool:
    related = field.related_model
    to_user = related is not None and related._meta.label == settings.AUTH_USER_MODEL
    return to_user or isinstance(field, FREE_TEXT) or bool(LOOKS_PERSONAL.search(field.name))


def personal_models():
    for model in apps.get_models():
        label = model._meta.label
        if model._meta.app_label not in NOT_PERSONAL_APPS and label not in NOT_PERSONAL_MODELS:
            yield label, model


def test_every_field_that_looks_personal_is_registered():
    missing = [
        f"{label}.{field.name}"
        for label, model in personal_models()
        for field in own_fields(model)
        if looks_personal(field)
        and field.name not in REGISTER.get(label, {})
        and field.name not in NOT_PERSONAL.get(label, set())
    ]
    assert missing == [], "add to styra.web.personal.registry and docs/personal-data.md"


def test_every_registered_field_exists():
    installed = {model._meta.label: model for model in apps.get_models()}
    stale = [
        f"{label}.{name}"
        for label, fields in {**REGISTER, **NOT_PERSONAL}.items()
        for name in fields
        if label in installed and name not in {f.name for f in own_fields(installed[label])}
    ]
    assert stale == []


def test_finders_fit_their_fields():
    """A field found through the user points to the user; ``How.REPLACE``, ``How.REDACT``
    fields hold text."""
    for label, fields in REGISTER.items():
        model = apps.get_model(label)
        for name, entry in fields.items():
            field = model._meta.get_field(name)
            if entry.finds is Finds.USER and name != "username":
                assert field.related_model._meta.label == settings.AUTH_USER_MODEL, name
            if entry.how is How.REDACT:
                assert isinstance(field, models.CharField | models.TextField), f"{label}.{name}"


def doc_section(text: str, label: str) -> str:
    found = re.search(rf"^### `{re.escape(label)}`\n(.*?)(?=^#)", text + "\n#", re.M | re.S)
    return found.group(1) if found else ""


@pytest.mark.parametrize("label", REGISTER)
def test_the_doc_names_every_registered_field(label):
    section = doc_section(doc_text("personal-data.md"), label)
    assert section, f"docs/personal-data.md has no section ### `{label}`"
    missing = [name for name in REGISTER[label] if f"`{name}`" not in section]
    assert missing == []
