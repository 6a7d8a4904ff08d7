from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from styra.sdg import load_catalog
from styra.web.common.concurrency import EditedSince
from styra.web.common.formfields import CleanInput

from .models import (
    EXTERNAL_CATEGORIES,
    INTERNAL_CATEGORIES,
    Actor,
    Involvement,
    Role,
    check_target,
)


def category_choices() -> list:
    """The categories in two groups, so that the select says which are internal."""
    return [
        ("", _("Välj typ av aktör")),
        (_("Inom organisationen"), [(c.value, c.label) for c in INTERNAL_CATEGORIES]),
        (_("Utanför organisationen"), [(c.value, c.label) for c in EXTERNAL_CATEGORIES]),
    ]


class ActorForm(CleanInput, EditedSince, forms.ModelForm):
    category = forms.ChoiceField(
        label=gettext_lazy("Typ av aktör"),
        help_text=gettext_lazy(
            "Interna aktörer är nämnder, förvaltningar och bolag i den egna organisationen. "
            "Externa är till exempel regionen, länsstyrelsen, grannkommuner, näringsliv, "
            "civilsamhälle och akademi."
        ),
    )

    class Meta:
        model = Actor
        fields = ["name", "category", "contact", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation
        self.fields["category"].choices = category_choices()

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        # Compared in Python: SQLite's case folding knows only ASCII (Ö ≠ ö there).
        others = Actor.objects.filter(organisation=self.organisation).exclude(pk=self.instance.pk)
        if any(
            other.casefold() == name.casefold() for other in others.values_list("name", flat=True)
        ):
            raise ValidationError(
                _("Det finns redan en aktör som heter %(name)s. Välj ett annat namn.")
                % {"name": name}
            )
        return name


class ActorChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, actor):
        return f"{actor.name} ({actor.get_category_display()})"


class RoleFields(CleanInput, EditedSince, forms.ModelForm):
    role = forms.ChoiceField(
        label=gettext_lazy("Roll"),
        choices=Role.choices,
        widget=forms.RadioSelect,
        help_text=gettext_lazy(
            "Leder: driver arbetet och ansvarar för det. Bidrar: gör en del av arbetet. "
            "Informeras: behöver veta vad som händer."
        ),
    )


class InvolvementForm(RoleFields):
    """Give an actor a role in the goal of ``instance`` (set before validation)."""

    actor = ActorChoiceField(
        label=gettext_lazy("Aktör"),
        queryset=Actor.objects.none(),
        empty_label=gettext_lazy("Välj aktör"),
    )
    target_id = forms.CharField(label=gettext_lazy("Delmål"), required=False, widget=forms.Select)

    class Meta:
        model = Involvement
        fields = ["actor", "target_id", "role", "note"]

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        goal = self.instance.goal
        self.fields["actor"].queryset = Actor.objects.filter(organisation=organisation)
        self.fields["target_id"].widget.choices = [("", _("Hela målet"))] + [
            (target.target_id, target.label_sv) for target in load_catalog().targets_of_goal(goal)
        ]
        self.fields["target_id"].help_text = _(
            "Välj ett delmål om aktörens roll bara gäller en del av mål %(goal)s."
        ) % {"goal": goal}

    def clean_target_id(self):
        return check_target(self.cleaned_data.get("target_id", ""), self.instance.goal)

    def clean(self):
        cleaned = super().clean()
        actor, target_id = cleaned.get("actor"), cleaned.get("target_id")
        if actor is None or target_id is None:
            return cleaned
        taken = Involvement.objects.filter(
            actor=actor, goal=self.instance.goal, target_id=target_id
        ).exclude(pk=self.instance.pk)
        if taken.exists():
            where = (
                _("delmål %(id)s") % {"id": target_id}
                if target_id
                else _("mål %(goal)s") % {"goal": self.instance.goal}
            )
            self.add_error(
                "actor",
                _("%(actor)s har redan en roll för %(where)s. Ändra den i stället.")
                % {"actor": actor.name, "where": where},
            )
        return cleaned


class InvolvementEditForm(RoleFields):
    class Meta:
        model = Involvement
        fields = ["role", "note"]
