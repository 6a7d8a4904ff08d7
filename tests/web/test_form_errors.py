"""The error summary lists each error linked to its field: the form's own errors first,
without a link; a group of radios or boxes links to its first one; a form may name its own."""

from django import forms
from django.template.loader import render_to_string

from styra.web.common.formerrors import error_links

CHOICES = [("a", "A"), ("b", "B")]
MESSAGES = {"required": "Fyll i.", "invalid_choice": "Välj ur listan."}


class Sample(forms.Form):
    name = forms.CharField(label="Namn", error_messages=MESSAGES)
    level = forms.ChoiceField(
        label="Nivå", choices=CHOICES, widget=forms.RadioSelect, error_messages=MESSAGES
    )
    goals = forms.MultipleChoiceField(
        label="Mål", choices=CHOICES, widget=forms.CheckboxSelectMultiple, error_messages=MESSAGES
    )

    def clean(self):
        raise forms.ValidationError("Hela formuläret är fel.")


class HandRendered(Sample):
    error_anchors = {"goals": "mal-1"}


def test_own_errors_first_then_each_field_with_its_anchor():
    form = Sample({"level": "x"})
    assert error_links(form) == [
        ("", "", "Hela formuläret är fel."),
        ("id_name", "Namn", "Fyll i."),
        ("id_level_0", "Nivå", "Välj ur listan."),
        ("id_goals_0", "Mål", "Fyll i."),
    ]


def test_a_form_names_the_anchor_of_a_field_it_renders_by_hand():
    links = error_links(HandRendered({"name": "x", "level": "a"}))
    assert links[1:] == [("mal-1", "Mål", "Fyll i.")]


def test_the_summary_links_each_error_and_shows_the_own_error_without_a_link():
    html = render_to_string("_form_errors.html", {"form": Sample({}), "heading": "Rubrik"})
    assert 'id="error-summary" role="alert"' in html and "<h2>Rubrik</h2>" in html
    assert "<li>Hela formuläret är fel.</li>" in html
    assert '<li><a href="#id_level_0">Nivå</a>: Fyll i.</li>' in html


def test_the_summary_has_a_default_heading():
    html = render_to_string("_form_errors.html", {"form": Sample({})})
    assert "<h2>Inget sparades: rätta de här fälten</h2>" in html


def test_a_valid_or_unbound_form_renders_nothing():
    class Valid(forms.Form):
        name = forms.CharField()

    assert render_to_string("_form_errors.html", {"form": Valid({"name": "x"})}).strip() == ""
    assert render_to_string("_form_errors.html", {"form": Valid()}).strip() == ""
    assert render_to_string("_form_errors.html", {"form": None}).strip() == ""


def test_a_hidden_field_is_named_but_not_linked():
    class Hidden(forms.Form):
        weight = forms.IntegerField(label="Vikt", widget=forms.HiddenInput, error_messages=MESSAGES)

    form = Hidden({})
    assert error_links(form) == [("", "Vikt", "Fyll i.")]
    assert "<li>Vikt: Fyll i.</li>" in render_to_string("_form_errors.html", {"form": form})
