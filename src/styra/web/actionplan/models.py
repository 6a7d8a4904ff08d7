"""The handlingsplan: actions in a hierarchy, the indicators that show their effect, and
the progress entries contributors report.

An ``Action`` is a strategy (top), an action under a strategy, or an activity
under an action (``styra.actionplan.PARENT_LEVEL``). Its targets are SDG
target ids as issued ("13.2"); the goals follow from them and from its
ancestors'. The owner is an internal actor of the organisation's samverkan
register; partners are any of its actors; the responsible users are the
members (contributors and up) who may report progress on it.
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from styra.actionplan import DEFAULT_WEIGHT, goal_of_target
from styra.web.common.models import Timestamps
from styra.web.organisations.models import organisation_field
from styra.web.samverkan.models import Actor

YEARS = (1990, 2100)


class Level(models.TextChoices):
    STRATEGY = "strategy", _("Strategi")
    ACTION = "action", _("Åtgärd")
    ACTIVITY = "activity", _("Aktivitet")


class Status(models.TextChoices):
    PLANNED = "planned", _("Planerad")
    ONGOING = "ongoing", _("Pågår")
    DONE = "done", _("Klar")
    DELAYED = "delayed", _("Försenad")
    CANCELLED = "cancelled", _("Avbruten")


class Action(Timestamps):
    organisation = organisation_field("actions")
    level = models.CharField(_("nivå"), max_length=10, choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("ligger under"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )
    code = models.CharField(
        _("kod"),
        max_length=20,
        help_text=_("Kort kod som används i Excel-filer, t.ex. S1.2. Tomt: Styra väljer en."),
    )
    title = models.CharField(_("titel"), max_length=300)
    description = models.TextField(_("beskrivning"), blank=True)
    targets = models.JSONField(_("delmål"), default=list, blank=True)
    owner = models.ForeignKey(
        Actor,
        verbose_name=_("ägare"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_actions",
    )
    partners = models.ManyToManyField(
        Actor, verbose_name=_("partner"), blank=True, related_name="partner_actions"
    )
    responsible = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ansvariga"),
        blank=True,
        related_name="responsible_actions",
    )
    start = models.DateField(_("start"), null=True, blank=True)
    end = models.DateField(_("slut"), null=True, blank=True)
    budget_sek = models.DecimalField(
        _("budget (kr)"),
        max_digits=15,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(0))],
    )
    weight = models.DecimalField(
        _("vikt"),
        max_digits=8,
        decimal_places=2,
        default=Decimal(str(DEFAULT_WEIGHT)),
        validators=[MinValueValidator(Decimal(0))],
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PLANNED
    )

    class Meta:
        ordering = ["organisation", "code"]
        verbose_name = _("åtgärd")
        verbose_name_plural = _("åtgärder")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "code"], name="action_unique_code"),
            models.CheckConstraint(
                condition=models.Q(budget_sek__isnull=True) | models.Q(budget_sek__gte=0),
                name="action_budget_not_negative",
            ),
            models.CheckConstraint(condition=models.Q(weight__gte=0), name="action_weight"),
            models.CheckConstraint(
                condition=models.Q(start__isnull=True)
                | models.Q(end__isnull=True)
                | models.Q(end__gte=models.F("start")),
                name="action_ends_after_start",
            ),
            models.CheckConstraint(
                condition=models.Q(level=Level.STRATEGY, parent__isnull=True)
                | (~models.Q(level=Level.STRATEGY) & models.Q(parent__isnull=False)),
                name="action_parent_by_level",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def own_goals(self) -> list[int]:
        return sorted({goal_of_target(t) for t in self.targets})


class ActionIndicator(models.Model):
    """A KPI that will show the action's effect: Kolada id (curated set) or ``egen-N``."""

    action = models.ForeignKey(
        Action, verbose_name=_("åtgärd"), on_delete=models.CASCADE, related_name="indicators"
    )
    kpi_id = models.CharField(_("nyckeltal"), max_length=20)
    baseline_value = models.FloatField(_("utgångsvärde"), null=True, blank=True)
    baseline_year = models.PositiveSmallIntegerField(
        _("år för utgångsvärdet"),
        null=True,
        blank=True,
        validators=[MinValueValidator(YEARS[0]), MaxValueValidator(YEARS[1])],
    )
    target_value = models.FloatField(_("målvärde"), null=True, blank=True)
    target_year = models.PositiveSmallIntegerField(
        _("målår"),
        null=True,
        blank=True,
        validators=[MinValueValidator(YEARS[0]), MaxValueValidator(YEARS[1])],
    )
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)

    class Meta:
        ordering = ["action", "kpi_id"]
        verbose_name = _("indikator för åtgärd")
        verbose_name_plural = _("indikatorer för åtgärder")
        constraints = [
            models.UniqueConstraint(fields=["action", "kpi_id"], name="action_indicator_unique")
        ]

    def __str__(self) -> str:
        return f"{self.action_id} {self.kpi_id}"


class ProgressEntry(models.Model):
    """A report on an action: how far it has come (percent) on a date, and a note."""

    action = models.ForeignKey(
        Action, verbose_name=_("åtgärd"), on_delete=models.CASCADE, related_name="progress"
    )
    date = models.DateField(_("datum"))
    percent = models.PositiveSmallIntegerField(
        _("procent klart"), validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    note = models.TextField(_("kommentar"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("rapporterad av"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("sparad"), auto_now_add=True)

    class Meta:
        ordering = ["action", "-date", "-created_at", "-pk"]
        verbose_name = _("rapport om framsteg")
        verbose_name_plural = _("rapporter om framsteg")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(percent__gte=0, percent__lte=100), name="progress_percent"
            )
        ]

    def __str__(self) -> str:
        return f"{self.action_id} {self.date}: {self.percent} %"
