"""Remissrundor (step 3b): consultation on a section, inside the organisation and with partners.

A ``Round`` asks for comments on one section of the organisation's work (the
nulägesanalys, the priorities or the handlingsplan), optionally on one goal of
it, until a deadline. It is open until the deadline has passed or an editor
closes it.

An ``Invitee`` is a unit or a partner from the samverkan register (``actor``),
or a member of the organisation (``user``). An actor's invitee answers without
an account through a personal link: only the SHA-256 of its token is stored
(the e-mail is the one place the token exists); the link works for that round
only, until the deadline plus ``LINK_GRACE`` (read only after the deadline),
unless revoked. A member answers logged in.

A round of the kind ``PEER_REVIEW`` (kollegial granskning) asks named peers in one
of the organisation's networks (``network``): logged-in users of other member
organisations, invited as ``user`` invitees with their own organisation's name.
They read only the section under review, read-only, on the round's review page
(/natverk/<id>/granskning/<round>/), and comment in the same threads.

A ``Comment`` belongs to a thread: the whole section (``goal`` empty) or one goal.
It may reply to another comment and mention people by name (``@Erik Ek``); editors
set its status. Each comment and status change is an ``Activity``; ``Notified``
records who was told of it by e-mail (at once or in the daily digest), so that
nobody is told of one thing twice.
"""

import datetime as dt

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from styra.web.common.models import Timestamps, user_field
from styra.web.organisations.models import Network, organisation_field
from styra.web.samverkan.models import Actor

LINK_GRACE = dt.timedelta(days=14)  # an invitee may read the round this long after its deadline
TEXT_LENGTH = 5000


class Section(models.TextChoices):
    ANALYSIS = "nulage", _("Nulägesanalysen")
    PRIORITIES = "prioriteringar", _("Prioriteringarna")
    ACTION_PLAN = "handlingsplan", _("Handlingsplanen")


class Kind(models.TextChoices):
    CONSULTATION = "remiss", _("Remissrunda")
    PEER_REVIEW = "granskning", _("Kollegial granskning")


REVIEWABLE = [Section.ANALYSIS, Section.ACTION_PLAN]  # what peers may be asked to review


class Status(models.TextChoices):
    OPEN = "open", _("Öppen")
    ANSWERED = "answered", _("Besvarad")
    DONE = "done", _("Åtgärdad")


def goal_field(verbose_name, help_text="") -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(
        verbose_name,
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(17)],
        help_text=help_text,
    )


class Round(Timestamps):
    organisation = organisation_field("consultation_rounds")
    kind = models.CharField(
        _("slag"), max_length=12, choices=Kind.choices, default=Kind.CONSULTATION
    )
    network = models.ForeignKey(
        Network,
        verbose_name=_("nätverk"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="peer_reviews",
        help_text=_("Kollegial granskning: nätverket vars medlemmar granskar."),
    )
    title = models.CharField(_("rubrik"), max_length=200)
    section = models.CharField(_("det rundan gäller"), max_length=16, choices=Section.choices)
    goal = goal_field(_("mål"), _("Valfritt: bara ett av målen. Tomt: hela delen."))
    question = models.TextField(_("vad vi frågar om"), max_length=TEXT_LENGTH)
    deadline = models.DateField(_("sista dag att svara"))
    opened_by = user_field(_("öppnad av"))
    closed_at = models.DateTimeField(_("stängd"), null=True, blank=True)
    closed_by = user_field(_("stängd av"))

    class Meta:
        ordering = ["organisation", "-deadline", "-pk"]
        verbose_name = _("remissrunda")
        verbose_name_plural = _("remissrundor")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(goal__isnull=True) | models.Q(goal__gte=1, goal__lte=17),
                name="consultation_round_goal",
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_peer_review(self) -> bool:
        return self.kind == Kind.PEER_REVIEW

    def is_open(self, today: dt.date | None = None) -> bool:
        """Comments are taken until the deadline's end, unless an editor closed it earlier."""
        return self.closed_at is None and (today or timezone.localdate()) <= self.deadline

    def links_expire_at(self) -> dt.datetime:
        """When the invitees' links stop working: the deadline's end plus the grace period."""
        end = dt.datetime.combine(self.deadline + dt.timedelta(days=1), dt.time())
        return timezone.make_aware(end) + LINK_GRACE

    def links_last_day(self) -> dt.date:
        """The last day the invitees' links work (to say "till och med")."""
        return self.deadline + LINK_GRACE


class Invitee(Timestamps):
    round = models.ForeignKey(
        Round, verbose_name=_("remissrunda"), on_delete=models.CASCADE, related_name="invitees"
    )
    actor = models.ForeignKey(
        Actor,
        verbose_name=_("aktör"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("medlem"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    name = models.CharField(_("namn"), max_length=200, blank=True)
    organisation_name = models.CharField(_("organisation eller enhet"), max_length=200)
    email = models.EmailField(_("e-postadress"))
    token_hash = models.CharField(max_length=64, blank=True, editable=False)  # "": a member
    invited_by = user_field(_("inbjuden av"))
    revoked_at = models.DateTimeField(_("återkallad"), null=True, blank=True)

    class Meta:
        ordering = ["round", "organisation_name", "name", "pk"]
        verbose_name = _("inbjuden")
        verbose_name_plural = _("inbjudna")
        constraints = [
            models.UniqueConstraint(
                fields=["round", "actor"],
                condition=models.Q(actor__isnull=False),
                name="consultation_invitee_unique_actor",
            ),
            models.UniqueConstraint(
                fields=["token_hash"],
                condition=~models.Q(token_hash=""),
                name="consultation_invitee_unique_token",
            ),
            models.UniqueConstraint(
                fields=["round", "user"],
                condition=models.Q(user__isnull=False),
                name="consultation_invitee_unique_user",
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        """How comments and mentions name the invitee: the person, else the unit or partner."""
        return self.name or self.organisation_name

    @property
    def answers_by_link(self) -> bool:
        return self.user_id is None

    def link_works(self, now: dt.datetime | None = None) -> bool:
        now = now or timezone.now()
        return (
            self.revoked_at is None and bool(self.token_hash) and now < self.round.links_expire_at()
        )


class Comment(Timestamps):
    round = models.ForeignKey(
        Round, verbose_name=_("remissrunda"), on_delete=models.CASCADE, related_name="comments"
    )
    goal = goal_field(_("mål"))
    reply_to = models.ForeignKey(
        "self",
        verbose_name=_("svar på"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
    )
    author_user = user_field(_("skriven av"))
    author_invitee = models.ForeignKey(
        Invitee,
        verbose_name=_("skriven av inbjuden"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
    )
    author_name = models.CharField(_("namn"), max_length=200)
    author_organisation = models.CharField(_("organisation eller enhet"), max_length=200)
    text = models.TextField(_("kommentar"), max_length=TEXT_LENGTH)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    status_by = user_field(_("status satt av"))
    status_at = models.DateTimeField(_("status satt"), null=True, blank=True)
    mentioned_users = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("nämnda medlemmar"), blank=True, related_name="+"
    )
    mentioned_invitees = models.ManyToManyField(
        Invitee, verbose_name=_("nämnda inbjudna"), blank=True, related_name="+"
    )

    class Meta:
        ordering = ["round", "created_at", "pk"]
        verbose_name = _("kommentar")
        verbose_name_plural = _("kommentarer")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(goal__isnull=True) | models.Q(goal__gte=1, goal__lte=17),
                name="consultation_comment_goal",
            )
        ]

    def __str__(self) -> str:
        return f"{self.author_name}: {self.text[:40]}"

    @property
    def author_email(self) -> str:
        if self.author_invitee is not None:
            return self.author_invitee.email
        return self.author_user.email if self.author_user is not None else ""


class Activity(models.Model):
    """Something that happened in a round that people are told of: a comment or a status."""

    class Kind(models.TextChoices):
        COMMENT = "comment", _("Ny kommentar")
        STATUS = "status", _("Ändrad status")

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="activities")
    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="activities")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    status = models.CharField(max_length=10, choices=Status.choices, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("händelse")
        verbose_name_plural = _("händelser")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.comment_id}"


class Notified(models.Model):
    """That ``email`` was told of ``activity``, at once or in a digest: never again."""

    class How(models.TextChoices):
        AT_ONCE = "at_once", _("Direkt")
        DIGEST = "digest", _("Dagligt sammandrag")

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="notified")
    email = models.CharField(max_length=254)  # lower case
    how = models.CharField(max_length=10, choices=How.choices)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("skickat besked")
        verbose_name_plural = _("skickade besked")
        constraints = [
            models.UniqueConstraint(fields=["activity", "email"], name="consultation_notified_once")
        ]

    def __str__(self) -> str:
        return f"{self.email}: {self.activity_id}"
