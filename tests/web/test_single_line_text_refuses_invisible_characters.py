"""Every single-line name, title and code field in every form strips its value and refuses
control characters, direction overrides, zero-width characters and line breaks."""

import importlib
import pkgutil

import pytest
from django import forms

import styra.web
from styra.web.common.formfields import CleanInput, is_single_line
from styra.web.organisations.forms import BodyMemberForm

REFUSED = ["\u202e", "\u202a", "\u2066", "\u2069", "\u200b", "\u200d", "\ufeff", "\x07", "\t"]


def every_form_class() -> list[type[forms.BaseForm]]:
    for module in pkgutil.walk_packages(styra.web.__path__, "styra.web."):
        if module.name.rsplit(".", 1)[-1] == "forms":
            importlib.import_module(module.name)
    found, todo = [], list(forms.BaseForm.__subclasses__())
    while todo:
        cls = todo.pop()
        todo += cls.__subclasses__()
        if cls.__module__.startswith("styra.web.") and cls not in found:
            found.append(cls)
    return found


def test_every_form_with_a_single_line_text_field_cleans_it():
    unclean = [
        f"{cls.__module__}.{cls.__name__}"
        for cls in every_form_class()
        if any(is_single_line(field) for field in cls.base_fields.values())
        and not issubclass(cls, CleanInput)
    ]
    assert len(every_form_class()) > 20 and unclean == []


@pytest.mark.parametrize("character", REFUSED, ids=[f"U+{ord(c):04X}" for c in REFUSED])
def test_an_invisible_character_is_refused(character, org_a):
    form = BodyMemberForm({"name": f"Anna{character}Andersson"}, organisation=org_a)
    assert not form.is_valid()
    assert "osynligt tecken" in form.errors["name"][0]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\u2028"])
def test_a_line_break_is_refused(newline, org_a):
    form = BodyMemberForm({"name": f"Anna{newline}Andersson"}, organisation=org_a)
    assert form.errors["name"] == ["Skriv allt på en rad."]


def test_a_name_is_stripped_and_letters_of_any_language_pass(org_a):
    form = BodyMemberForm({"name": "  Åsa Öberg-Ñúñez 李 "}, organisation=org_a)
    assert form.is_valid() and form.cleaned_data["name"] == "Åsa Öberg-Ñúñez 李"
