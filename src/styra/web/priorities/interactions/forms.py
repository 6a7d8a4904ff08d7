"""The matrix form (title, description, 10–40 targets), the cell form and the file forms."""

from pathlib import PurePath

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from styra.sdg import load_catalog
from styra.web.common.concurrency import EditedSince
from styra.web.common.formfields import CleanInput
from styra.web.common.goals import goal_title

from .imports import MAX_BYTES, find_by_title
from .models import MAX_TARGETS, MIN_TARGETS, Matrix, MatrixCell, Score
from .services import score_text, target_count_problem

MAX_RATIONALE = 2000


def score_choices() -> list[tuple[str | int, str]]:
    """ "Not scored" first, then +3 … −3 with SEI's words."""
    return [("", _("Inte bedömd ännu"))] + [
        (score.value, f"{score_text(score.value)} {score.label}") for score in Score
    ]


class MatrixFieldsMixin:
    """The title is unique within the owner, compared case-insensitively in Python
    (SQLite folds ASCII only)."""

    def check_title(self, title: str, scope, matrix: Matrix | None) -> str:
        title = " ".join(title.split())
        other = find_by_title(scope, title)
        if other is not None and (matrix is None or other.pk != matrix.pk):
            raise ValidationError(
                _("Det finns redan en matris som heter %(title)s. Välj ett annat namn.")
                % {"title": title}
            )
        return title


class MatrixForm(CleanInput, EditedSince, MatrixFieldsMixin, forms.Form):
    min_targets, max_targets = MIN_TARGETS, MAX_TARGETS
    error_anchors = {"targets": "delmal-1-1"}  # its boxes are rendered by hand
    title = forms.CharField(
        label=gettext_lazy("Namn på matrisen"),
        max_length=200,
        help_text=gettext_lazy("t.ex. Klimat och social hållbarhet 2025"),
    )
    description = forms.CharField(
        label=gettext_lazy("Beskrivning (frivillig)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Vem bedömer, i vilket sammanhang och med vilket underlag?"),
    )
    targets = forms.MultipleChoiceField(
        label=gettext_lazy("Delmål i matrisen"),
        error_messages={"invalid_choice": gettext_lazy("%(value)s är inget delmål i Agenda 2030.")},
    )

    def __init__(self, *args, scope, matrix: Matrix | None = None, **kwargs):
        self.instance = matrix or Matrix()  # the row whose changes ``EditedSince`` watches
        super().__init__(*args, **kwargs)
        self.scope, self.matrix = scope, matrix
        self.fields["targets"].choices = [(t.target_id, t.label_sv) for t in load_catalog().targets]
        self.fields["targets"].error_messages["required"] = _(
            "Välj mellan %(min)s och %(max)s delmål."
        ) % {"min": MIN_TARGETS, "max": MAX_TARGETS}

    @staticmethod
    def initial_of(matrix: Matrix) -> dict:
        return {
            "title": matrix.title,
            "description": matrix.description,
            "targets": list(matrix.targets.values_list("target_id", flat=True)),
        }

    def conflict_form(self, saved):
        return MatrixForm(initial=self.initial_of(saved), scope=self.scope, matrix=saved)

    def clean_title(self):
        return self.check_title(self.cleaned_data["title"], self.scope, self.matrix)

    def clean_targets(self):
        chosen = self.cleaned_data["targets"]
        problem = target_count_problem(len(chosen))
        if problem:
            raise ValidationError(problem)
        return chosen

    def goal_groups(self) -> list[dict]:
        """The 169 targets by goal, for the fieldsets of checkboxes."""
        chosen = set(self["targets"].value() or [])
        catalog = load_catalog()
        return [
            {
                "goal": goal,
                "title": goal_title(goal.number),
                "targets": [
                    {
                        "id": target.target_id,
                        "input_id": "delmal-" + target.target_id.replace(".", "-"),
                        "short": target.short_sv,
                        "checked": target.target_id in chosen,
                    }
                    for target in catalog.targets_of_goal(goal.number)
                ],
            }
            for goal in catalog.goals
        ]


class CellForm(EditedSince, forms.Form):
    """The score of one cell; ``cell`` is the saved one (``None`` while not scored)."""

    score = forms.TypedChoiceField(
        label=gettext_lazy("Värde"),
        coerce=int,
        empty_value=None,
        required=False,
        help_text=gettext_lazy(
            "Hur påverkar framsteg på det första delmålet det andra? "
            "Från +3 (oupplösligt kopplade) till −3 (omöjliggör)."
        ),
    )
    rationale = forms.CharField(
        label=gettext_lazy("Motivering"),
        required=False,
        max_length=MAX_RATIONALE,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy(
            "Varför? Skriv så att någon annan kan förstå och pröva bedömningen."
        ),
    )

    def __init__(self, *args, cell: MatrixCell | None = None, **kwargs):
        self.instance = cell or MatrixCell()  # the row whose changes ``EditedSince`` watches
        if cell is not None:
            kwargs.setdefault("initial", {"score": cell.score, "rationale": cell.rationale})
        super().__init__(*args, **kwargs)
        self.fields["score"].choices = score_choices()

    def conflict_form(self, saved):
        return CellForm(cell=saved)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("score") is None and (cleaned.get("rationale") or "").strip():
            self.add_error("score", _("Välj ett värde för att spara en motivering."))
        return cleaned


def check_csv_file(upload):
    if PurePath(upload.name).suffix.lower() not in (".csv", ".txt"):
        raise ValidationError(
            _("Filtypen stöds inte. Spara matrisen som CSV (.csv) i Excel och ladda upp den igen.")
        )
    if upload.size > MAX_BYTES:
        raise ValidationError(_("Filen är för stor (högst %(kb)s kB).") % {"kb": MAX_BYTES // 1000})
    return upload


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV-fil med matrisen"),
        help_text=gettext_lazy("Långt eller brett format, se nedan. Komma eller semikolon."),
        error_messages={"required": gettext_lazy("Välj en fil.")},
    )

    def clean_file(self):
        return check_csv_file(self.cleaned_data["file"])


class NewFromFileForm(CleanInput, MatrixFieldsMixin, ImportForm):
    title = forms.CharField(label=gettext_lazy("Namn på matrisen"), max_length=200)
    description = forms.CharField(
        label=gettext_lazy("Beskrivning (frivillig)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy(
            "Vem har gjort bedömningarna? T.ex. Weitz m.fl. 2018, Sustainability Science."
        ),
    )
    field_order = ["title", "description", "file"]

    def __init__(self, *args, scope, **kwargs):
        super().__init__(*args, **kwargs)
        self.scope = scope

    def clean_title(self):
        return self.check_title(self.cleaned_data["title"], self.scope, None)
