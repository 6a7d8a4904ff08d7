"""The staff's forms of a medborgardialog: the dialogue, a question, a moderation decision
and the reply to a proposal.

Times are typed as a Swedish date and a time of day (Stockholm time). A background
question that is turned on needs its purpose. A question is checked for its kind
(e.g. a choice needs at least two options); its list fields take one item per line.
"""

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from styra.sdg import GOAL_NUMBERS
from styra.web.common.concurrency import EditedSince
from styra.web.common.formfields import CleanInput, PlausibleDateField
from styra.web.common.goals import goal_title

from .models import Dialogue, Kind, Question, Visibility

TIME_FORMATS = ("%H:%M", "%H.%M", "%H")
MAX_ITEMS = 30  # options, items, rows or columns of one question
MAX_ITEM_LENGTH = 200
MAX_DISTRICTS = 100
BACKGROUND = (  # (ask field, purpose field)
    ("ask_age", "age_purpose"),
    ("ask_district", "district_purpose"),
    ("ask_gender", "gender_purpose"),
)
ALL, CHOSEN, PRIORITISED = "all", "chosen", "prioritised"
GOALS, ITEMS = "goals", "items"


class TimeInput(forms.TimeInput):
    input_type = "time"

    def format_value(self, value):
        return value.strftime("%H:%M") if hasattr(value, "strftime") else value


def time_field(label) -> forms.TimeField:
    return forms.TimeField(
        label=label,
        input_formats=TIME_FORMATS,
        widget=TimeInput,
        error_messages={"invalid": gettext_lazy("Skriv klockslaget som 08:00 eller 17.30.")},
    )


def lines_of(text: str) -> list[str]:
    """The non-empty lines of ``text``, stripped, in order."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def check_items(items: list[str], minimum: int, too_few: str) -> list[str]:
    """``items`` if there are ``minimum``..MAX_ITEMS of them, each unique and short enough."""
    if len(items) < minimum:
        raise forms.ValidationError(too_few)
    if len(items) > MAX_ITEMS:
        raise forms.ValidationError(_("Högst %(max)s rader.") % {"max": MAX_ITEMS})
    long = [item for item in items if len(item) > MAX_ITEM_LENGTH]
    if long:
        raise forms.ValidationError(
            _("Raden ”%(item)s…” är för lång: högst %(max)s tecken.")
            % {"item": long[0][:30], "max": MAX_ITEM_LENGTH}
        )
    seen = set()
    for item in items:
        if item.casefold() in seen:
            raise forms.ValidationError(_("”%(item)s” står två gånger.") % {"item": item})
        seen.add(item.casefold())
    return items


class DialogueForm(CleanInput, EditedSince, forms.ModelForm):
    """A dialogue; its background questions are fixed once it has answers (``locked``)."""

    opens_on = PlausibleDateField(label=gettext_lazy("Öppnar, datum"))
    opens_time = time_field(gettext_lazy("Öppnar, klockslag"))
    closes_on = PlausibleDateField(label=gettext_lazy("Stänger, datum"))
    closes_time = time_field(gettext_lazy("Stänger, klockslag"))
    districts_text = forms.CharField(
        label=gettext_lazy("Områden att välja bland"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("Ett område per rad, t.ex. stadsdelar. Minst två."),
    )

    class Meta:
        model = Dialogue
        fields = [
            "title",
            "introduction",
            "moderation",
            "support_threshold",
            "results_public",
            "ask_age",
            "age_purpose",
            "ask_district",
            "district_purpose",
            "ask_gender",
            "gender_purpose",
        ]
        widgets = {
            "introduction": forms.Textarea(attrs={"rows": 4}),
            "moderation": forms.RadioSelect,
        }
        labels = {"title": gettext_lazy("Rubrik"), "introduction": gettext_lazy("Inledning")}
        help_texts = {
            "introduction": gettext_lazy(
                "Vad dialogen handlar om och vad svaren ska användas till."
            ),
            "support_threshold": gettext_lazy(
                "När ett förslag får så många stöd lovar organisationen att svara på det."
            ),
            "results_public": gettext_lazy(
                "Resultatet visas då för alla på dialogens sida, också innan den stänger."
            ),
            "age_purpose": gettext_lazy("Krävs om frågan ställs. Visas för dem som svarar."),
            "district_purpose": gettext_lazy("Krävs om frågan ställs. Visas för dem som svarar."),
            "gender_purpose": gettext_lazy("Krävs om frågan ställs. Visas för dem som svarar."),
        }

    field_order = [
        "title",
        "introduction",
        "opens_on",
        "opens_time",
        "closes_on",
        "closes_time",
        "moderation",
        "support_threshold",
        "results_public",
        "ask_age",
        "age_purpose",
        "ask_district",
        "district_purpose",
        "districts_text",
        "ask_gender",
        "gender_purpose",
    ]

    def __init__(self, *args, locked: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.locked = locked
        instance = self.instance
        for name, when in (("opens", instance.opens_at), ("closes", instance.closes_at)):
            if when is not None:
                local = timezone.localtime(when)
                self.fields[f"{name}_on"].initial = local.date()
                self.fields[f"{name}_time"].initial = local.time()
        self.fields["districts_text"].initial = "\n".join(instance.districts or [])
        if locked:
            for name in ("ask_age", "ask_district", "ask_gender", "districts_text"):
                self.fields[name].disabled = True
                self.fields[name].help_text = _(
                    "Kan inte ändras: dialogen har redan svar med de här frågorna."
                )

    def clean_districts_text(self):
        districts = lines_of(self.cleaned_data["districts_text"])
        if len(districts) > MAX_DISTRICTS:
            raise forms.ValidationError(_("Högst %(max)s områden.") % {"max": MAX_DISTRICTS})
        return districts

    def moment(self, name: str) -> dt.datetime | None:
        day, time = self.cleaned_data.get(f"{name}_on"), self.cleaned_data.get(f"{name}_time")
        if day is None or time is None:
            return None
        return timezone.make_aware(dt.datetime.combine(day, time))

    def clean(self):
        data = super().clean()
        opens, closes = self.moment("opens"), self.moment("closes")
        if opens and closes and closes <= opens:
            self.add_error("closes_on", _("Dialogen måste stänga efter att den öppnar."))
        for ask, purpose in BACKGROUND:
            if data.get(ask) and not data.get(purpose):
                self.add_error(purpose, _("Skriv varför ni ställer frågan, eller stäng av den."))
        districts = data.get("districts_text") or []
        if data.get("ask_district") and len(districts) < 2:
            self.add_error("districts_text", _("Skriv minst två områden, ett per rad."))
        return data

    def save(self, commit=True):
        dialogue = super().save(commit=False)
        dialogue.opens_at, dialogue.closes_at = self.moment("opens"), self.moment("closes")
        dialogue.districts = self.cleaned_data["districts_text"]
        if commit:
            dialogue.save()
        return dialogue


def goal_label(goal: int) -> str:
    return _("Mål %(goal)s: %(title)s") % {"goal": goal, "title": goal_title(goal)}


def goal_choices() -> list[tuple[int, str]]:
    return [(goal, goal_label(goal)) for goal in GOAL_NUMBERS]


class QuestionForm(CleanInput, forms.ModelForm):
    """One question. The fields of other kinds are ignored and cleared on saving.

    ``prioritised``: the goals of the organisation's newest priority decision,
    chosen with "the organisation's prioritised goals" and stored as the list.
    """

    goals_from = forms.ChoiceField(
        label=gettext_lazy("Vilka mål"),
        required=False,
        choices=[
            (ALL, gettext_lazy("Alla 17 mål")),
            (CHOSEN, gettext_lazy("De mål som är valda nedan")),
            (PRIORITISED, gettext_lazy("Organisationens prioriterade mål")),
        ],
        initial=ALL,
        widget=forms.RadioSelect,
        help_text=gettext_lazy("För rangordning och för poäng till mål."),
    )
    chosen_goals = forms.TypedMultipleChoiceField(
        label=gettext_lazy("Valda mål"),
        required=False,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
    )
    points_over = forms.ChoiceField(
        label=gettext_lazy("Poäng till"),
        required=False,
        choices=[(GOALS, gettext_lazy("Mål")), (ITEMS, gettext_lazy("Egna alternativ"))],
        initial=GOALS,
        widget=forms.RadioSelect,
    )
    options_text = forms.CharField(
        label=gettext_lazy("Alternativ eller rader"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=gettext_lazy(
            "Ett per rad: svarsalternativen (ett val, flera val), det som får poäng "
            "(poäng till egna alternativ) eller matrisens rader."
        ),
    )
    columns_text = forms.CharField(
        label=gettext_lazy("Matrisens kolumner"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("En per rad, t.ex. Inte alls, Lite, Mycket."),
    )
    low_label = forms.CharField(
        label=gettext_lazy("Skalans lägsta värde betyder"), required=False, max_length=100
    )
    high_label = forms.CharField(
        label=gettext_lazy("Skalans högsta värde betyder"), required=False, max_length=100
    )

    class Meta:
        model = Question
        fields = ["kind", "text", "help_text", "required", "scale_min", "scale_max"]
        widgets = {"help_text": forms.Textarea(attrs={"rows": 2})}
        labels = {
            "kind": gettext_lazy("Slag av fråga"),
            "text": gettext_lazy("Fråga"),
            "help_text": gettext_lazy("Förklaring"),
        }

    field_order = [
        "kind", "text", "help_text", "required", "goals_from", "chosen_goals", "points_over",
        "options_text", "columns_text", "scale_min", "scale_max", "low_label", "high_label",
    ]  # fmt: skip

    def __init__(self, *args, prioritised: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.prioritised = prioritised
        self.fields["chosen_goals"].choices = goal_choices()
        self.fields["scale_min"].help_text = _("0 eller 1.")
        self.fields["scale_max"].help_text = _("Högst 10.")
        for name in ("scale_min", "scale_max"):
            self.fields[name].required = False
        question = self.instance
        if question.pk:
            self.fields["goals_from"].initial = CHOSEN if question.goals else ALL
            self.fields["chosen_goals"].initial = question.goals
            over_items = (
                question.kind == Kind.POINTS
                and not question.goals
                and (question.options != [str(goal) for goal in GOAL_NUMBERS])
            )
            self.fields["points_over"].initial = ITEMS if over_items else GOALS
            if question.kind != Kind.SCALE:
                self.fields["options_text"].initial = "\n".join(
                    question.options if question.kind != Kind.POINTS or over_items else []
                )
                self.fields["columns_text"].initial = "\n".join(question.columns)
            else:
                labels = [*question.columns, "", ""]
                self.fields["low_label"].initial, self.fields["high_label"].initial = labels[:2]

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        check = {
            Kind.RANK_GOALS: self._clean_ranking,
            Kind.POINTS: self._clean_points,
            Kind.SINGLE: self._clean_choices,
            Kind.MULTIPLE: self._clean_choices,
            Kind.SCALE: self._clean_scale,
            Kind.MATRIX: self._clean_matrix,
        }.get(kind)
        self.lists = {"options": [], "columns": [], "goals": []}
        if check is not None:
            check(data)
        return data

    def _goals(self, data) -> list[int] | None:
        """The goals chosen (empty: all 17), or None after an error."""
        source = data.get("goals_from") or ALL
        if source == PRIORITISED:
            if len(self.prioritised) < 2:
                self.add_error(
                    "goals_from",
                    _("Organisationen har inte beslutat om minst två prioriterade mål ännu."),
                )
                return None
            return list(self.prioritised)
        if source == CHOSEN:
            chosen = sorted(set(data.get("chosen_goals") or []))
            if len(chosen) < 2:
                self.add_error("chosen_goals", _("Välj minst två mål."))
                return None
            return chosen
        return []

    def _clean_ranking(self, data) -> None:
        goals = self._goals(data)
        if goals is not None:
            self.lists["goals"] = goals

    def _clean_points(self, data) -> None:
        if (data.get("points_over") or GOALS) == GOALS:
            goals = self._goals(data)
            if goals is not None:
                self.lists["goals"] = goals
                self.lists["options"] = [str(goal) for goal in goals or GOAL_NUMBERS]
            return
        self._items("options", data, 2, _("Skriv minst två alternativ att fördela poäng på."))

    def _clean_choices(self, data) -> None:
        self._items("options", data, 2, _("Skriv minst två svarsalternativ, ett per rad."))

    def _clean_matrix(self, data) -> None:
        self._items("options", data, 1, _("Skriv minst en rad, en per rad."))
        self._items("columns", data, 2, _("Skriv minst två kolumner, en per rad."))

    def _items(self, name: str, data, minimum: int, too_few: str) -> None:
        try:
            self.lists[name] = check_items(lines_of(data.get(f"{name}_text")), minimum, too_few)
        except forms.ValidationError as error:
            self.add_error(f"{name}_text", error)

    def _clean_scale(self, data) -> None:
        low, high = data.get("scale_min"), data.get("scale_max")
        if low is None and "scale_min" not in self.errors:
            self.add_error("scale_min", _("Ange skalans lägsta värde."))
        if high is None and "scale_max" not in self.errors:
            self.add_error("scale_max", _("Ange skalans högsta värde."))
        if low is not None and low not in (0, 1):
            self.add_error("scale_min", _("Skalan börjar på 0 eller 1."))
        elif low is not None and high is not None and high - low < 2:
            self.add_error("scale_max", _("Skalan behöver minst tre steg, t.ex. 1–5."))
        labels = [data.get("low_label") or "", data.get("high_label") or ""]
        self.lists["columns"] = labels if any(labels) else []

    def save(self, commit=True):
        question = super().save(commit=False)
        question.options = self.lists["options"]
        question.columns = self.lists["columns"]
        question.goals = self.lists["goals"]
        if question.kind != Kind.SCALE or question.scale_min is None:
            question.scale_min, question.scale_max = 1, 5
        if commit:
            question.save()
        return question


class ModerationForm(CleanInput, forms.Form):
    """Show or hide a text answer or a proposal, with the reason kept in the history."""

    visibility = forms.ChoiceField(
        label=gettext_lazy("Beslut"),
        choices=[
            (Visibility.SHOWN, gettext_lazy("Visa")),
            (Visibility.HIDDEN, gettext_lazy("Dölj")),
        ],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=gettext_lazy("Skäl"),
        max_length=300,
        help_text=gettext_lazy(
            "Sparas i historiken, t.ex. ”Följer reglerna” eller ”Personangrepp”."
        ),
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Skriv skälet till beslutet."))
        return reason


class ReplyForm(forms.Form):
    """The organisation's reply to a proposal (shown beside it)."""

    reply = forms.CharField(
        label=gettext_lazy("Organisationens svar"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
