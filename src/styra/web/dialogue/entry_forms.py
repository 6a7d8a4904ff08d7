"""The staff's form for a paper or phone answer: the dialogue's questions as form fields.

Each question becomes one field (or, for a ranking, points and a matrix, one field per
goal, item or row, named ``q<id>_<n>``); ``values()`` gives each answered question's
value in the shape ``Answer.value`` keeps (models.py). Proposals are not entered here.
"""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from styra.sdg import GOAL_NUMBERS

from .forms import goal_label
from .models import AGE, DISTRICT, GENDER, AgeBand, Channel, Dialogue, Gender, Kind, Question

POINTS_TOTAL = 100
MAX_TEXT = 4000
EMPTY = [("", "–")]


def goals_of(question: Question) -> list[int]:
    return list(question.goals) or list(GOAL_NUMBERS)


def item_label(question: Question, item: str) -> str:
    """An item to give points to: the goal's name when the items are goals."""
    if question.goals or question.options == [str(goal) for goal in GOAL_NUMBERS]:
        return goal_label(int(item))
    return item


class EntryForm(forms.Form):
    """One person's answers, typed in by staff from paper or a phone call."""

    channel = forms.ChoiceField(
        label=gettext_lazy("Hur kom svaret in?"),
        choices=[(Channel.PAPER, Channel.PAPER.label), (Channel.PHONE, Channel.PHONE.label)],
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, dialogue: Dialogue, **kwargs):
        super().__init__(*args, **kwargs)
        self.dialogue = dialogue
        self.questions = [q for q in dialogue.questions.all() if q.kind != Kind.PROPOSALS]
        self.groups: list[tuple[Question, list[str]]] = []  # question → its fields' names
        self._background_fields()
        for question in self.questions:
            self.groups.append((question, self._fields_of(question)))

    def _background_fields(self) -> None:
        dialogue = self.dialogue
        asked = [
            (dialogue.ask_age, AGE, _("Ålder"), AgeBand.choices),
            (dialogue.ask_district, DISTRICT, _("Område"), [(d, d) for d in dialogue.districts]),
            (dialogue.ask_gender, GENDER, _("Kön"), Gender.choices),
        ]
        for ask, key, label, choices in asked:
            if ask:
                self.fields[f"bakgrund_{key}"] = forms.ChoiceField(
                    label=label, choices=EMPTY + list(choices), required=False
                )

    def _fields_of(self, question: Question) -> list[str]:
        name, label = f"q{question.pk}", question.text
        kind = question.kind
        if kind == Kind.RANK_GOALS:
            goals = goals_of(question)
            ranks = EMPTY + [(n, str(n)) for n in range(1, len(goals) + 1)]
            return self._add_many(
                name,
                [(goal, goal_label(goal)) for goal in goals],
                lambda text: forms.TypedChoiceField(
                    label=text, choices=ranks, coerce=int, required=False, empty_value=None
                ),
            )
        if kind == Kind.POINTS:
            return self._add_many(
                name,
                [(n, item_label(question, item)) for n, item in enumerate(question.options)],
                lambda text: forms.IntegerField(
                    label=text, min_value=0, max_value=POINTS_TOTAL, required=False
                ),
            )
        if kind == Kind.MATRIX:
            columns = EMPTY + [(c, c) for c in question.columns]
            return self._add_many(
                name,
                list(enumerate(question.options)),
                lambda text: forms.ChoiceField(label=text, choices=columns, required=False),
            )
        self.fields[name] = self._single_field(question, label)
        return [name]

    def _add_many(self, name: str, parts, make) -> list[str]:
        names = []
        for key, text in parts:
            self.fields[f"{name}_{key}"] = make(text)
            names.append(f"{name}_{key}")
        return names

    def _single_field(self, question: Question, label: str) -> forms.Field:
        options = [(option, option) for option in question.options]
        if question.kind == Kind.SINGLE:
            return forms.ChoiceField(
                label=label, choices=options, required=False, widget=forms.RadioSelect
            )
        if question.kind == Kind.MULTIPLE:
            return forms.MultipleChoiceField(
                label=label, choices=options, required=False, widget=forms.CheckboxSelectMultiple
            )
        if question.kind == Kind.SCALE:
            steps = [(n, str(n)) for n in range(question.scale_min, question.scale_max + 1)]
            return forms.TypedChoiceField(
                label=label,
                choices=steps,
                coerce=int,
                required=False,
                empty_value=None,
                widget=forms.RadioSelect,
            )
        return forms.CharField(
            label=label, required=False, max_length=MAX_TEXT, widget=forms.Textarea({"rows": 3})
        )

    def clean(self):
        data = super().clean()
        self.answers: dict[int, object] = {}
        for question, names in self.groups:
            value = self._value(question, names, data)
            if value in (None, "", [], {}):
                if question.required:
                    self.add_error(names[0], _("Frågan måste besvaras."))
                continue
            self.answers[question.pk] = value
        return data

    def _value(self, question: Question, names: list[str], data):
        kind = question.kind
        if kind == Kind.RANK_GOALS:
            return self._ranking(question, names, data)
        if kind == Kind.POINTS:
            return self._points(question, names, data)
        if kind == Kind.MATRIX:
            picked = {
                row: data.get(name) for row, name in zip(question.options, names, strict=True)
            }
            return {row: column for row, column in picked.items() if column}
        value = data.get(names[0])
        return value.strip() if isinstance(value, str) else value

    def _ranking(self, question: Question, names: list[str], data) -> list[int]:
        ranks = {goal: data.get(name) for goal, name in zip(goals_of(question), names, strict=True)}
        given = {goal: rank for goal, rank in ranks.items() if rank is not None}
        if len(set(given.values())) < len(given):
            self.add_error(names[0], _("Två mål har fått samma plats. Ge varje mål en egen."))
            return []
        return sorted(given, key=given.get)

    def _points(self, question: Question, names: list[str], data) -> dict[str, int]:
        given = {item: data.get(name) for item, name in zip(question.options, names, strict=True)}
        points = {item: value for item, value in given.items() if value}
        if points and sum(points.values()) != POINTS_TOTAL:
            self.add_error(
                names[0],
                _("Poängen ska bli %(total)s tillsammans, nu är de %(sum)s.")
                % {"total": POINTS_TOTAL, "sum": sum(points.values())},
            )
            return {}
        return points

    def background(self) -> dict[str, str]:
        return {
            key: value
            for key in (AGE, DISTRICT, GENDER)
            if (value := self.cleaned_data.get(f"bakgrund_{key}"))
        }
