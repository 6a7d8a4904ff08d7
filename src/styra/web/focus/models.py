"""1b Focus (DESIGN §1): the organisation's steering documents, their passages, its own goals,
and the SDG goals each passage or own goal is tagged with.

A ``Document`` is an uploaded file (kept in private storage: only members may
download it) split into ``Passage``s. An ``OwnGoal`` is one of the
organisation's own goals, e.g. a nämndmål. A ``Tag`` links a passage *or* an own
goal to one SDG goal (and maybe one target): suggested by Styra's lexicon and
then accepted or rejected by an editor, or set by hand (then accepted).
Only accepted tags count as focus (M6); see ``focus_units``.
"""

import uuid
from pathlib import PurePath

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from styra.web.common.models import Timestamps, target_id_field, user_field
from styra.web.organisations.models import Organisation, organisation_field, private_storage


class Kind(models.TextChoices):
    BUDGET = "budget", _("Mål och budget")
    MASTER_PLAN = "oversiktsplan", _("Översiktsplan")
    STRATEGY = "strategi", _("Strategi")
    PROGRAMME = "program", _("Program")
    OTHER = "annat", _("Annat styrdokument")


def document_path(instance: "Document", filename: str) -> str:
    """A random name under the organisation's folder; the original name is kept in the row."""
    suffix = PurePath(filename).suffix.lower()[:10]
    return f"focus/{instance.organisation_id}/{uuid.uuid4().hex}{suffix}"


class Document(models.Model):
    """An uploaded steering document: mål och budget, översiktsplan, a strategy, a programme."""

    organisation = organisation_field("focus_documents")
    title = models.CharField(_("titel"), max_length=200)
    kind = models.CharField(_("typ av dokument"), max_length=20, choices=Kind.choices)
    file = models.FileField(_("fil"), upload_to=document_path, storage=private_storage)
    filename = models.CharField(_("filnamn"), max_length=255)
    size = models.PositiveIntegerField(_("storlek (byte)"))
    uploaded_by = user_field(_("uppladdad av"))
    uploaded_at = models.DateTimeField(_("uppladdad"), auto_now_add=True)

    class Meta:
        ordering = ["organisation", "-uploaded_at", "-pk"]
        verbose_name = _("styrdokument")
        verbose_name_plural = _("styrdokument")

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.title}"


class Passage(models.Model):
    """A passage of a document, with its page (PDF) and section (the latest heading)."""

    document = models.ForeignKey(
        Document, verbose_name=_("dokument"), on_delete=models.CASCADE, related_name="passages"
    )
    index = models.PositiveIntegerField(_("nummer i dokumentet"))
    page = models.PositiveIntegerField(_("sida"), null=True, blank=True)
    section = models.CharField(_("avsnitt"), max_length=200, blank=True)
    text = models.TextField(_("text"))
    word_count = models.PositiveIntegerField(_("antal ord"))

    class Meta:
        ordering = ["document", "index"]
        verbose_name = _("textavsnitt")
        verbose_name_plural = _("textavsnitt")
        constraints = [
            models.UniqueConstraint(fields=["document", "index"], name="focus_passage_unique")
        ]

    def __str__(self) -> str:
        return f"{self.document_id}:{self.index}"

    @property
    def number(self) -> int:
        """The passage's number as the editor sees it (1, 2, …)."""
        return self.index + 1


class OwnGoal(Timestamps):
    """One of the organisation's own goals, e.g. a nämndmål, tagged with SDG goals."""

    organisation = organisation_field("focus_own_goals")
    body = models.CharField(
        _("vem har målet"),
        max_length=200,
        help_text=_("Nämnden, styrelsen eller förvaltningen, t.ex. Barn- och utbildningsnämnden."),
    )
    text = models.TextField(_("målet"), max_length=2000)
    year = models.PositiveSmallIntegerField(
        _("år"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_("Valfritt: året målet gäller, t.ex. 2025."),
    )
    created_at = models.DateTimeField(_("skapat"), auto_now_add=True)

    class Meta:
        ordering = ["organisation", "body", "pk"]
        verbose_name = _("eget mål")
        verbose_name_plural = _("egna mål")

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.body}: {self.text[:60]}"


class Source(models.TextChoices):
    SUGGESTED = "suggested", _("Förslag från Styra")
    MANUAL = "manual", _("Satt för hand")


class Status(models.TextChoices):
    SUGGESTED = "suggested", _("Inte granskat")
    ACCEPTED = "accepted", _("Godkänt")
    REJECTED = "rejected", _("Avvisat")


class Tag(models.Model):
    """A passage or an own goal addresses SDG ``goal`` (and maybe ``target_id``, e.g. "4.2")."""

    passage = models.ForeignKey(
        Passage,
        verbose_name=_("textavsnitt"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="tags",
    )
    own_goal = models.ForeignKey(
        OwnGoal,
        verbose_name=_("eget mål"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="tags",
    )
    goal = models.PositiveSmallIntegerField(
        _("mål"), validators=[MinValueValidator(1), MaxValueValidator(17)]
    )
    target_id = target_id_field(blank=True)
    source = models.CharField(_("källa"), max_length=10, choices=Source.choices)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    score = models.FloatField(_("poäng"), null=True, blank=True)
    phrases = models.JSONField(_("ord som hittades"), default=list, blank=True)
    reviewed_by = user_field(_("granskat av"))
    reviewed_at = models.DateTimeField(_("granskat"), null=True, blank=True)

    class Meta:
        ordering = ["goal", "pk"]
        verbose_name = _("markering")
        verbose_name_plural = _("markeringar")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(passage__isnull=False, own_goal__isnull=True)
                    | models.Q(passage__isnull=True, own_goal__isnull=False)
                ),
                name="focus_tag_passage_or_own_goal",
            ),
            models.CheckConstraint(
                condition=models.Q(goal__gte=1, goal__lte=17), name="focus_tag_goal"
            ),
            models.CheckConstraint(
                condition=~models.Q(source="manual", status="suggested"),
                name="focus_tag_manual_is_reviewed",
            ),
            models.UniqueConstraint(
                fields=["passage", "goal"],
                condition=models.Q(passage__isnull=False),
                name="focus_tag_unique_passage_goal",
            ),
            models.UniqueConstraint(
                fields=["own_goal", "goal"],
                condition=models.Q(own_goal__isnull=False),
                name="focus_tag_unique_own_goal_goal",
            ),
        ]

    def __str__(self) -> str:
        unit = f"passage {self.passage_id}" if self.passage_id else f"own goal {self.own_goal_id}"
        return f"{unit} → {self.target_id or self.goal} ({self.status})"

    @property
    def counts(self) -> bool:
        """Whether the tag counts as focus: accepted suggestions and manual tags."""
        return self.status == Status.ACCEPTED


def focus_units(organisation: Organisation) -> tuple[list[str], int, list[set[int]]]:
    """The organisation's steering content as M6 reads it.

    ``(document titles, number of own goals, goals per unit)``: one unit per
    passage of every document and per own goal, each with the goals of its
    accepted tags (a unit may have none). Read by the result page here, by the
    prioritisation (focus gap) and by the nulägesanalys document (styra.web.reports).
    """
    passages = Passage.objects.filter(document__organisation=organisation)
    own_goals = OwnGoal.objects.filter(organisation=organisation)
    counting = Tag.objects.filter(status=Status.ACCEPTED)
    by_passage: dict[int, set[int]] = {pk: set() for pk in passages.values_list("pk", flat=True)}
    by_own_goal: dict[int, set[int]] = {pk: set() for pk in own_goals.values_list("pk", flat=True)}
    for passage_id, own_goal_id, goal in counting.filter(
        models.Q(passage__document__organisation=organisation)
        | models.Q(own_goal__organisation=organisation)
    ).values_list("passage_id", "own_goal_id", "goal"):
        (by_passage[passage_id] if passage_id else by_own_goal[own_goal_id]).add(goal)
    titles = list(
        Document.objects.filter(organisation=organisation)
        .order_by("uploaded_at", "pk")
        .values_list("title", flat=True)
    )
    return titles, len(by_own_goal), [*by_passage.values(), *by_own_goal.values()]
