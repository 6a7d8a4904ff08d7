"""The participant's form: every question of a dialogue as plain HTML fields that work
by keyboard and without JavaScript, and the robot checks (styra.web.common.antispam).

Field names: ``q<id>`` for a question of one field; ``q<id>_<n>`` for a ranking (one
numbered select per goal: its place), points (one number per item) and a matrix (one
row of radios each). ``groups`` pairs each question with its fields' names, for the
template; ``answers`` (after validation) maps question id → the value in the shape
``Answer.value`` keeps. A question's error stands on its first field.
"""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from styra.sdg import UnknownSdgId, load_catalog
from styra.web.common.antispam import AntispamMixin
from styra.web.common.formfields import CleanInput

from .entry_forms import MAX_TEXT, POINTS_TOTAL, goals_of, item_label
from .forms import goal_choices, goal_label
from .models import AGE, DISTRICT, GENDER, AgeBand, Dialogue, Gender, Kind, Question

NO_ANSWER = [("", gettext_lazy("Vill inte svara"))]
NO_RANK = [("", "–")]


class AnswerForm(AntispamMixin, forms.Form):
    """One participant's answers to ``dialogue``."""

    def __init__(self, *args, dialogue: Dialogue, **kwargs):
        super().__init__(*args, **kwargs)
        self.dialogue = dialogue
        self.questions = list(dialogue.questions.all())
        self.background_fields = self._add_background()
        self.groups: list[tuple[Question, list[str]]] = [
            (question, self._add_question(question)) for question in self.questions
        ]

    # --- building ---------------------------------------------------------------------------

    def _add_background(self) -> list[str]:
        dialogue = self.dialogue
        asked = [
            (dialogue.ask_age, AGE, _("Ålder"), dialogue.age_purpose, AgeBand.choices),
            (
                dialogue.ask_district,
                DISTRICT,
                _("Område där du bor"),
                dialogue.district_purpose,
                [(district, district) for district in dialogue.districts],
            ),
            (dialogue.ask_gender, GENDER, _("Kön"), dialogue.gender_purpose, Gender.choices),
        ]
        names = []
        for ask, key, label, purpose, choices in asked:
            if ask:
                name = f"bakgrund_{key}"
                self.fields[name] = forms.ChoiceField(
                    label=label,
                    choices=NO_ANSWER + list(choices),
                    required=False,
                    help_text=_("Varför vi frågar: %(purpose)s") % {"purpose": purpose}
                    if purpose
                    else "",
                )
                names.append(name)
        return names

    def _add_question(self, question: Question) -> list[str]:
        name = f"q{question.pk}"
        kind = question.kind
        if kind == Kind.PROPOSALS:
            return []
        if kind == Kind.RANK_GOALS:
            goals = goals_of(question)
            places = NO_RANK + [(n, str(n)) for n in range(1, len(goals) + 1)]
            return self._add_parts(
                name,
                [(goal, goal_label(goal)) for goal in goals],
                lambda label: forms.TypedChoiceField(
                    label=label, choices=places, coerce=int, required=False, empty_value=None
                ),
            )
        if kind == Kind.POINTS:
            return self._add_parts(
                name,
                [(n, item_label(question, item)) for n, item in enumerate(question.options)],
                lambda label: forms.IntegerField(
                    label=label, min_value=0, max_value=POINTS_TOTAL, required=False
                ),
            )
        if kind == Kind.MATRIX:
            columns = [(column, column) for column in question.columns]
            return self._add_parts(
                name,
                list(enumerate(question.options)),
                lambda label: forms.ChoiceField(
                    label=label, choices=columns, required=False, widget=forms.RadioSelect
                ),
            )
        self.fields[name] = one_field(question)
        return [name]

    def _add_parts(self, name: str, parts, make) -> list[str]:
        names = []
        for key, label in parts:
            self.fields[f"{name}_{key}"] = make(label)
            names.append(f"{name}_{key}")
        return names

    def question_fields(self) -> list[tuple[Question, list]]:
        """(question, its bound fields), for the template."""
        return [(question, [self[name] for name in names]) for question, names in self.groups]

    def background_bound(self) -> list:
        return [self[name] for name in self.background_fields]

    # --- checking ---------------------------------------------------------------------------

    def clean(self):
        data = super().clean()
        self.answers: dict[int, object] = {}
        for question, names in self.groups:
            if not names or any(name in self.errors for name in names):
                continue
            value = self._value(question, names, data)
            if value in (None, "", [], {}):
                if question.required and names[0] not in self.errors:
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
            rows = zip(question.options, names, strict=True)
            picked = {row: data.get(name) for row, name in rows}
            return {row: column for row, column in picked.items() if column}
        value = data.get(names[0])
        return value.strip() if isinstance(value, str) else value

    def _ranking(self, question: Question, names: list[str], data) -> list[int]:
        goals = zip(goals_of(question), names, strict=True)
        places = {goal: data.get(name) for goal, name in goals}
        given = {goal: place for goal, place in places.items() if place is not None}
        taken = list(given.values())
        twice = sorted({place for place in taken if taken.count(place) > 1})
        if twice:
            self.add_error(
                names[0],
                _("Plats %(places)s har getts till flera mål. Ge varje mål en egen plats.")
                % {"places": ", ".join(str(place) for place in twice)},
            )
            return []
        return sorted(given, key=given.get)

    def _points(self, question: Question, names: list[str], data) -> dict[str, int]:
        given = {item: data.get(name) for item, name in zip(question.options, names, strict=True)}
        points = {item: value for item, value in given.items() if value}
        total = sum(points.values())
        if points and total != POINTS_TOTAL:
            self.add_error(
                names[0],
                _("Poängen ska bli %(total)s tillsammans, nu är de %(sum)s.")
                % {"total": POINTS_TOTAL, "sum": total},
            )
            return {}
        return points

    def background(self) -> dict[str, str]:
        return {
            key: value
            for key in (AGE, DISTRICT, GENDER)
            if (value := self.cleaned_data.get(f"bakgrund_{key}"))
        }


def one_field(question: Question) -> forms.Field:
    """The field of a single choice, multiple choices, a scale or free text."""
    label = question.text
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
        label=label, required=False, max_length=MAX_TEXT, widget=forms.Textarea({"rows": 5})
    )


class ProposalForm(CleanInput, AntispamMixin, forms.Form):
    """A new proposal, tagged to a goal and optionally one of its targets."""

    title = forms.CharField(label=gettext_lazy("Ditt förslag i en mening"), max_length=200)
    body = forms.CharField(
        label=gettext_lazy("Beskriv förslaget (frivilligt)"),
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea({"rows": 5}),
    )
    goal = forms.TypedChoiceField(label=gettext_lazy("Vilket mål gäller förslaget?"), coerce=int)
    target_id = forms.CharField(
        label=gettext_lazy("Delmål (frivilligt)"),
        required=False,
        max_length=6,
        help_text=gettext_lazy("Till exempel 11.2. Delmålet ska höra till målet du valt."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["goal"].choices = [("", "–")] + goal_choices()

    def clean(self):
        data = super().clean()
        target_id, goal = (data.get("target_id") or "").strip(), data.get("goal")
        if target_id and goal:
            try:
                target = load_catalog().target(target_id)
            except UnknownSdgId:
                self.add_error("target_id", _("%(id)s är inget delmål.") % {"id": target_id})
                return data
            target_id = target.target_id
            if target.goal != goal:
                self.add_error(
                    "target_id",
                    _("Delmål %(id)s hör till mål %(its)s, inte till mål %(goal)s.")
                    % {"id": target_id, "its": target.goal, "goal": goal},
                )
        data["target_id"] = target_id
        return data


class SupportForm(AntispamMixin, forms.Form):
    """The support button: only the robot checks."""


class ReportForm(CleanInput, AntispamMixin, forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Varför ska förslaget granskas?"),
        max_length=300,
        help_text=gettext_lazy("Till exempel kränkande, reklam eller personuppgifter."),
    )
