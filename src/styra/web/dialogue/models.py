"""Medborgardialog (step 3b): dialogues, their questions, the answers and proposals.

A ``Dialogue`` of an organisation is open between ``opens_at`` and ``closes_at``.
Its ``Question``s are of the kinds in ``Kind``. Taking part needs no account:
a participant is an anonymous signed token, stored only as its SHA-256
(``participant``), so one participant answers a dialogue once (a second
submission is counted in ``Dialogue.duplicates``, never stored). Staff enter
paper and phone answers (``Response.channel``, ``entered_by``).

Free text and proposals are moderated (``Dialogue.moderation``: before they are
shown, or after); a ``Report`` is anyone's flag on one, a ``ModerationEntry``
every moderator's decision with its reason. No IP address or e-mail is stored;
background questions (age band, district, gender) are asked only when the
editor turns each on, with a stated purpose.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from styra.web.common.models import Timestamps, target_id_field, user_field
from styra.web.organisations.models import organisation_field

PARTICIPANT_LENGTH = 64  # SHA-256 hex of the participant's token


class Moderation(models.TextChoices):
    BEFORE = "before", _("Granskas innan det visas")
    AFTER = "after", _("Visas direkt och granskas efteråt")


class Dialogue(Timestamps):
    organisation = organisation_field("dialogues")
    title = models.CharField(_("rubrik"), max_length=200)
    introduction = models.TextField(_("inledning"), blank=True)
    opens_at = models.DateTimeField(_("öppnar"))
    closes_at = models.DateTimeField(_("stänger"))
    moderation = models.CharField(
        _("granskning av fritext och förslag"),
        max_length=10,
        choices=Moderation.choices,
        default=Moderation.BEFORE,
    )
    support_threshold = models.PositiveIntegerField(
        _("stöd som ger ett svar från organisationen"),
        default=50,
        validators=[MinValueValidator(1)],
    )
    # Background questions: off unless turned on, each with its purpose.
    ask_age = models.BooleanField(_("fråga om ålder"), default=False)
    age_purpose = models.CharField(_("varför vi frågar om ålder"), max_length=300, blank=True)
    ask_district = models.BooleanField(_("fråga om område"), default=False)
    district_purpose = models.CharField(_("varför vi frågar om område"), max_length=300, blank=True)
    districts = models.JSONField(_("områden att välja bland"), default=list, blank=True)
    ask_gender = models.BooleanField(_("fråga om kön"), default=False)
    gender_purpose = models.CharField(_("varför vi frågar om kön"), max_length=300, blank=True)
    results_public = models.BooleanField(_("resultatet visas för alla"), default=False)
    feeds_priorities = models.BooleanField(
        _("rangordningen av målen används i prioriteringen"), default=False
    )
    duplicates = models.PositiveIntegerField(_("dubbletter som inte sparades"), default=0)
    # Moves with every change that can alter the results (revision.py): with updated_at,
    # the state of the answers the results pages are kept by, read from this row alone.
    results_revision = models.PositiveBigIntegerField(editable=False, default=0)
    created_by = user_field(_("skapad av"))

    class Meta:
        ordering = ["organisation_id", "-opens_at", "-pk"]
        verbose_name = _("medborgardialog")
        verbose_name_plural = _("medborgardialoger")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_at__gt=models.F("opens_at")), name="dialogue_closes_after"
            ),
            models.UniqueConstraint(
                fields=["organisation"],
                condition=models.Q(feeds_priorities=True),
                name="dialogue_one_feeds_priorities",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.title}"

    def is_open(self, now=None) -> bool:
        now = now or timezone.now()
        return self.opens_at <= now < self.closes_at

    def is_closed(self, now=None) -> bool:
        return (now or timezone.now()) >= self.closes_at


class Kind(models.TextChoices):
    RANK_GOALS = "rank_goals", _("Rangordna mål")
    POINTS = "points", _("Fördela 100 poäng")
    SINGLE = "single", _("Ett val")
    MULTIPLE = "multiple", _("Flera val")
    SCALE = "scale", _("Skala")
    MATRIX = "matrix", _("Matris")
    TEXT = "text", _("Fritext")
    PROPOSALS = "proposals", _("Förslag")


class Question(models.Model):
    """One question. ``options``: the choices (single, multiple), the items to give
    points to (points; goal numbers as text when ``goals`` is used), the rows (matrix);
    ``columns``: the matrix's columns or the scale's end labels; ``goals``: the goals
    ranked or given points (empty: all 17)."""

    dialogue = models.ForeignKey(Dialogue, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField(_("ordning"), default=0)
    kind = models.CharField(_("slag"), max_length=12, choices=Kind.choices)
    text = models.CharField(_("fråga"), max_length=500)
    help_text = models.TextField(_("förklaring"), blank=True)
    required = models.BooleanField(_("måste besvaras"), default=False)
    options = models.JSONField(_("alternativ"), default=list, blank=True)
    columns = models.JSONField(_("kolumner"), default=list, blank=True)
    goals = models.JSONField(_("mål"), default=list, blank=True)
    scale_min = models.SmallIntegerField(_("skalans minsta värde"), default=1)
    scale_max = models.SmallIntegerField(
        _("skalans största värde"), default=5, validators=[MaxValueValidator(10)]
    )

    class Meta:
        ordering = ["dialogue", "position", "pk"]
        verbose_name = _("fråga")
        verbose_name_plural = _("frågor")

    def __str__(self) -> str:
        return self.text


class Channel(models.TextChoices):
    WEB = "web", _("Webben")
    PAPER = "paper", _("Papper")
    PHONE = "phone", _("Telefon")


class Response(models.Model):
    """One participant's answers to a dialogue (web), or one entered by staff."""

    dialogue = models.ForeignKey(Dialogue, on_delete=models.CASCADE, related_name="responses")
    participant = models.CharField(max_length=PARTICIPANT_LENGTH, editable=False)
    channel = models.CharField(_("kanal"), max_length=5, choices=Channel.choices)
    entered_by = user_field(_("inmatad av"))
    background = models.JSONField(_("bakgrund"), default=dict, blank=True)
    submitted_at = models.DateTimeField(_("inskickad"), default=timezone.now)

    class Meta:
        ordering = ["dialogue", "submitted_at", "pk"]
        verbose_name = _("svar")
        verbose_name_plural = _("svar")
        constraints = [
            models.UniqueConstraint(
                fields=["dialogue", "participant"], name="response_once_per_participant"
            )
        ]

    def __str__(self) -> str:
        return f"{self.dialogue_id} {self.channel} {self.submitted_at:%Y-%m-%d %H:%M}"


class AgeBand(models.TextChoices):
    """The age bands of the background question (``Response.background["age"]``)."""

    UNDER_20 = "0-19", _("Under 20 år")
    FROM_20 = "20-39", _("20–39 år")
    FROM_40 = "40-64", _("40–64 år")
    FROM_65 = "65-", _("65 år eller äldre")


class Gender(models.TextChoices):
    """The answers of the background question on gender (``Response.background["gender"]``)."""

    WOMAN = "woman", _("Kvinna")
    MAN = "man", _("Man")
    OTHER = "other", _("Annat eller vill inte svara")


# The keys of ``Response.background`` (each only when the dialogue asks it).
AGE, DISTRICT, GENDER = "age", "district", "gender"


class Visibility(models.TextChoices):
    PENDING = "pending", _("Väntar på granskning")
    SHOWN = "shown", _("Visas")
    HIDDEN = "hidden", _("Dold")


class Answer(models.Model):
    """The answer to one question: ``value`` by kind — rank_goals: goal numbers best
    first; points: {item: points}; single: the option; multiple: [options]; scale: a
    number; matrix: {row: column}; text: the text (moderated: ``visibility``)."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    value = models.JSONField(_("svar"))
    visibility = models.CharField(
        _("synlighet"), max_length=8, choices=Visibility.choices, default=Visibility.SHOWN
    )

    class Meta:
        verbose_name = _("svar på en fråga")
        verbose_name_plural = _("svar på frågor")
        constraints = [models.UniqueConstraint(fields=["response", "question"], name="answer_once")]

    def __str__(self) -> str:
        return f"{self.question_id}: {str(self.value)[:60]}"


class Proposal(models.Model):
    """A citizen's proposal for an action, tagged to a goal or a target."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="proposals")
    participant = models.CharField(max_length=PARTICIPANT_LENGTH, editable=False)
    title = models.CharField(_("förslag"), max_length=200)
    body = models.TextField(_("beskrivning"), blank=True)
    goal = models.PositiveSmallIntegerField(
        _("mål"), validators=[MinValueValidator(1), MaxValueValidator(17)]
    )
    target_id = target_id_field(blank=True)
    visibility = models.CharField(
        _("synlighet"), max_length=8, choices=Visibility.choices, default=Visibility.PENDING
    )
    created_at = models.DateTimeField(_("skapat"), auto_now_add=True)
    reply = models.TextField(_("organisationens svar"), blank=True)
    replied_at = models.DateTimeField(_("besvarat"), null=True, blank=True)
    replied_by = user_field(_("besvarat av"))

    class Meta:
        ordering = ["question", "-created_at", "-pk"]
        verbose_name = _("förslag")
        verbose_name_plural = _("förslag")

    def __str__(self) -> str:
        return self.title


class Support(models.Model):
    """One participant's support of a proposal (once each)."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="supports")
    participant = models.CharField(max_length=PARTICIPANT_LENGTH, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("stöd")
        verbose_name_plural = _("stöd")
        constraints = [
            models.UniqueConstraint(fields=["proposal", "participant"], name="support_once")
        ]

    def __str__(self) -> str:
        return f"{self.proposal_id} {self.created_at:%Y-%m-%d}"


class Report(models.Model):
    """Someone flagged a text answer or a proposal (the report button)."""

    answer = models.ForeignKey(Answer, null=True, blank=True, on_delete=models.CASCADE)
    proposal = models.ForeignKey(Proposal, null=True, blank=True, on_delete=models.CASCADE)
    reason = models.CharField(_("anledning"), max_length=300)
    created_at = models.DateTimeField(_("anmält"), auto_now_add=True)
    handled_at = models.DateTimeField(_("hanterat"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("anmälan")
        verbose_name_plural = _("anmälningar")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(answer__isnull=False, proposal__isnull=True)
                | models.Q(answer__isnull=True, proposal__isnull=False),
                name="report_one_thing",
            )
        ]

    def __str__(self) -> str:
        return self.reason


class ModerationEntry(models.Model):
    """A moderator showed or hid a text answer or a proposal, with the reason (kept)."""

    answer = models.ForeignKey(Answer, null=True, blank=True, on_delete=models.CASCADE)
    proposal = models.ForeignKey(Proposal, null=True, blank=True, on_delete=models.CASCADE)
    visibility = models.CharField(_("beslut"), max_length=8, choices=Visibility.choices)
    reason = models.CharField(_("skäl"), max_length=300)
    moderator = user_field(_("granskare"))
    decided_at = models.DateTimeField(_("beslutat"), auto_now_add=True)

    class Meta:
        ordering = ["-decided_at", "-pk"]
        verbose_name = _("granskningsbeslut")
        verbose_name_plural = _("granskningsbeslut")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(answer__isnull=False, proposal__isnull=True)
                | models.Q(answer__isnull=True, proposal__isnull=False),
                name="moderation_one_thing",
            )
        ]

    def __str__(self) -> str:
        return f"{self.visibility}: {self.reason}"
