from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from styra.web.common.formfields import CleanInput, PlausibleDateField
from styra.web.common.goals import goal_title
from styra.web.organisations.models import Network

from .models import REVIEWABLE, TEXT_LENGTH, Comment, Round, Section, Status


def goal_choices(empty_label: str) -> list[tuple[str, str]]:
    return [("", empty_label)] + [(str(n), goal_title(n)) for n in range(1, 18)]


class RoundForm(CleanInput, forms.ModelForm):
    deadline = PlausibleDateField(label=gettext_lazy("Sista dag att svara"))
    goal = forms.TypedChoiceField(
        label=gettext_lazy("Mål"),
        required=False,
        coerce=int,
        empty_value=None,
        help_text=gettext_lazy("Valfritt: bara ett av målen. Tomt: hela delen."),
    )

    class Meta:
        model = Round
        fields = ["title", "section", "goal", "question", "deadline"]
        widgets = {"question": forms.Textarea(attrs={"rows": 5})}
        help_texts = {
            "question": gettext_lazy(
                "Vad vill ni ha synpunkter på? De inbjudna läser det här i inbjudan och på "
                "rundans sida."
            )
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["goal"].choices = goal_choices(_("Hela delen"))

    def clean_deadline(self):
        deadline = self.cleaned_data["deadline"]
        changed = self.instance.pk is None or deadline != self.instance.deadline
        if changed and deadline < timezone.localdate():
            raise ValidationError(_("Sista dagen har redan varit: välj i dag eller senare."))
        return deadline


class CommentForm(CleanInput, forms.Form):
    """A comment or a reply. ``round_`` says which threads there are and which comments
    one may reply to; ``ask_name``: an invitee through a link gives their name."""

    name = forms.CharField(
        label=gettext_lazy("Ditt namn"),
        max_length=200,
        help_text=gettext_lazy("Visas vid det du skriver, med din organisation."),
    )
    goal = forms.TypedChoiceField(
        label=gettext_lazy("Vad gäller kommentaren?"), required=False, coerce=int, empty_value=None
    )
    text = forms.CharField(
        label=gettext_lazy("Kommentar"),
        max_length=TEXT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=gettext_lazy(
            "Nämn någon med @ och namnet, t.ex. @Erik Ek: de får ett e-postmeddelande. "
            "Allt som skrivs i rundan kan läsas av alla som är med i den."
        ),
    )
    reply_to = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, round_: Round, ask_name: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.round = round_
        if not ask_name:
            del self.fields["name"]
        if round_.goal is None:
            section = round_.get_section_display()
            self.fields["goal"].choices = goal_choices(
                _("%(section)s i stort") % {"section": section}
            )
        else:
            del self.fields["goal"]

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if not text:
            raise ValidationError(_("Skriv en kommentar."))
        return text

    def clean_reply_to(self):
        pk = self.cleaned_data.get("reply_to")
        if pk is None:
            return None
        comment = Comment.objects.filter(round=self.round, pk=pk).first()
        if comment is None:
            raise ValidationError(_("Kommentaren du svarar på finns inte i den här rundan."))
        return comment


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=gettext_lazy("Status"), choices=Status.choices)


class ActorInviteForm(CleanInput, forms.Form):
    """Which of the register's actors to invite, each with the address to send to."""

    def __init__(self, *args, actors, **kwargs):
        super().__init__(*args, **kwargs)
        self.actors = list(actors)
        for actor in self.actors:
            self.fields[f"actor_{actor.pk}"] = forms.BooleanField(
                label=_("Bjud in %(name)s") % {"name": actor.name}, required=False
            )
            self.fields[f"email_{actor.pk}"] = forms.EmailField(
                label=_("E-postadress till %(name)s") % {"name": actor.name}, required=False
            )

    def rows(self):
        return [
            (actor, self[f"actor_{actor.pk}"], self[f"email_{actor.pk}"]) for actor in self.actors
        ]

    def clean(self):
        cleaned = super().clean()
        chosen = []
        for actor in self.actors:
            if not cleaned.get(f"actor_{actor.pk}"):
                continue
            email = cleaned.get(f"email_{actor.pk}")
            if not email:
                if f"email_{actor.pk}" not in self.errors:
                    self.add_error(
                        f"email_{actor.pk}",
                        _("Skriv en e-postadress till %(name)s.") % {"name": actor.name},
                    )
                continue
            chosen.append((actor, email))
        if not chosen and not self.errors:
            raise ValidationError(_("Välj minst en aktör att bjuda in."))
        cleaned["chosen"] = chosen
        return cleaned


class MemberInviteForm(forms.Form):
    members = forms.MultipleChoiceField(
        label=gettext_lazy("Medlemmar att bjuda in"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": gettext_lazy("Välj minst en medlem att bjuda in.")},
    )

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.users = {str(user.pk): user for user in members if user.email}
        self.fields["members"].choices = [
            (pk, f"{user.get_full_name() or user.get_username()} ({user.email})")
            for pk, user in self.users.items()
        ]

    def clean_members(self):
        return [self.users[pk] for pk in self.cleaned_data["members"]]


class PeerReviewForm(RoundForm):
    """A kollegial granskning: which network's peers review, and which section."""

    network = forms.ModelChoiceField(
        label=gettext_lazy("Nätverk"),
        queryset=Network.objects.none(),
        help_text=gettext_lazy("Granskarna väljs bland användarna hos nätverkets andra medlemmar."),
    )

    class Meta(RoundForm.Meta):
        fields = ["title", "network", "section", "goal", "question", "deadline"]
        help_texts = {
            "question": gettext_lazy(
                "Vad vill ni att kollegorna tittar särskilt på? De läser det här i inbjudan och "
                "på granskningens sida."
            )
        }

    def __init__(self, *args, networks, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["network"].queryset = networks
        self.fields["section"].choices = [
            (value, label) for value, label in Section.choices if value in REVIEWABLE
        ]


class PeerInviteForm(forms.Form):
    """Which peers to invite: users of the network's other members, found by name or e-mail."""

    peers = forms.MultipleChoiceField(
        label=gettext_lazy("Kollegor att bjuda in"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": gettext_lazy("Välj minst en kollega att bjuda in.")},
    )

    def __init__(self, *args, peers, search: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.pairs = {str(user.pk): (user, organisation) for user, organisation in peers}
        found = search.casefold().strip()
        self.fields["peers"].choices = [
            (pk, f"{user.get_full_name() or user.get_username()} ({user.email}), {org.name}")
            for pk, (user, org) in self.pairs.items()
            if not found
            or found in f"{user.get_full_name()} {user.get_username()} {user.email}".casefold()
        ]

    def clean_peers(self):
        return [self.pairs[pk] for pk in self.cleaned_data["peers"]]
