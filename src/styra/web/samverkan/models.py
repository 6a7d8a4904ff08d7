"""Samverkan (DESIGN §1 1d): the organisation's actors and their role per goal or target.

An ``Actor`` is a unit inside the organisation (nämnd, förvaltning, bolag) or a
party outside it (region, länsstyrelse, grannkommun, näringsliv, civilsamhälle,
akademi, statlig myndighet). It is kept simple on purpose: action plans will
use internal actors as owners. An ``Involvement`` says that an actor leads,
contributes to or is kept informed about one goal, or one target of it.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from styra.sdg import UnknownSdgId, load_catalog
from styra.web.common.models import Timestamps, target_id_field
from styra.web.organisations.models import organisation_field


class Kind(models.TextChoices):
    INTERNAL = "internal", _("Intern")
    EXTERNAL = "external", _("Extern")


class Category(models.TextChoices):
    # internal
    BOARD = "namnd", _("Nämnd")
    DEPARTMENT = "forvaltning", _("Förvaltning")
    COMPANY = "bolag", _("Bolag")
    OTHER_INTERNAL = "annan_intern", _("Annan intern enhet")
    # external
    REGION = "region", _("Region")
    COUNTY_BOARD = "lansstyrelse", _("Länsstyrelse")
    NEIGHBOUR = "grannkommun", _("Grannkommun")
    BUSINESS = "naringsliv", _("Näringsliv")
    CIVIL_SOCIETY = "civilsamhalle", _("Civilsamhälle")
    ACADEMIA = "akademi", _("Akademi")
    STATE_AGENCY = "statlig_myndighet", _("Statlig myndighet")
    OTHER_EXTERNAL = "annan_extern", _("Annan extern aktör")


INTERNAL_CATEGORIES = (
    Category.BOARD,
    Category.DEPARTMENT,
    Category.COMPANY,
    Category.OTHER_INTERNAL,
)
EXTERNAL_CATEGORIES = tuple(c for c in Category if c not in INTERNAL_CATEGORIES)


def kind_of(category: str) -> str:
    """The kind a category belongs to (``internal`` or ``external``)."""
    return Kind.INTERNAL if category in INTERNAL_CATEGORIES else Kind.EXTERNAL


class Role(models.TextChoices):
    """The role of an actor for a goal or target, strongest first."""

    LEAD = "lead", _("Leder")
    CONTRIBUTE = "contribute", _("Bidrar")
    INFORM = "inform", _("Informeras")


ROLE_ORDER = {Role.LEAD: 0, Role.CONTRIBUTE: 1, Role.INFORM: 2}


class Actor(Timestamps):
    """An internal unit or an external party the organisation collaborates with."""

    organisation = organisation_field("actors")
    name = models.CharField(_("namn"), max_length=200)
    kind = models.CharField(_("intern eller extern"), max_length=8, choices=Kind.choices)
    category = models.CharField(_("typ av aktör"), max_length=20, choices=Category.choices)
    contact = models.CharField(
        _("kontakt"),
        max_length=300,
        blank=True,
        help_text=_("Valfritt: kontaktperson, e-postadress eller telefon."),
    )
    notes = models.TextField(_("anteckningar"), blank=True)

    class Meta:
        ordering = ["organisation", "name"]
        verbose_name = _("aktör")
        verbose_name_plural = _("aktörer")
        constraints = [
            models.UniqueConstraint(
                "organisation", Lower("name"), name="samverkan_actor_unique_name"
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(kind=Kind.INTERNAL, category__in=INTERNAL_CATEGORIES)
                    | models.Q(kind=Kind.EXTERNAL, category__in=EXTERNAL_CATEGORIES)
                ),
                name="samverkan_actor_kind_matches_category",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.kind = kind_of(self.category)
        super().save(*args, **kwargs)

    @property
    def is_internal(self) -> bool:
        return self.kind == Kind.INTERNAL


class Involvement(Timestamps):
    """An actor's role for one goal, or for one target of the goal (``target_id`` "11.1")."""

    actor = models.ForeignKey(
        Actor, verbose_name=_("aktör"), on_delete=models.CASCADE, related_name="involvements"
    )
    goal = models.PositiveSmallIntegerField(
        _("mål"), validators=[MinValueValidator(1), MaxValueValidator(17)]
    )
    target_id = target_id_field(blank=True, help_text=_("Tomt: hela målet."))
    role = models.CharField(_("roll"), max_length=10, choices=Role.choices)
    note = models.CharField(_("kommentar"), max_length=300, blank=True)

    class Meta:
        ordering = ["goal", "target_id", "actor__name"]
        verbose_name = _("roll i samverkan")
        verbose_name_plural = _("roller i samverkan")
        constraints = [
            models.UniqueConstraint(
                fields=["actor", "goal", "target_id"], name="samverkan_involvement_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(goal__gte=1, goal__lte=17), name="samverkan_involvement_goal"
            ),
        ]

    def __str__(self) -> str:
        where = self.target_id or str(self.goal)
        return f"{self.actor} – {where}: {self.get_role_display()}"

    def clean(self):
        super().clean()
        try:
            self.target_id = check_target(self.target_id, self.goal)
        except ValidationError as error:
            raise ValidationError({"target_id": error.messages}) from None


def check_target(target_id: str, goal: int | None) -> str:
    """The target id as issued ("11.1"), "" for the whole goal; ``ValidationError`` if it is
    not an SDG target or not a target of ``goal``."""
    text = (target_id or "").strip()
    if not text:
        return ""
    try:
        target = load_catalog().target(text)
    except UnknownSdgId:
        message = gettext("%(id)s är inget delmål i Agenda 2030.") % {"id": text}
        raise ValidationError(message, code="unknown") from None
    if goal is not None and target.goal != goal:
        message = gettext("Delmål %(id)s hör till mål %(its)s, inte till mål %(goal)s.") % {
            "id": target.target_id,
            "its": target.goal,
            "goal": goal,
        }
        raise ValidationError(message, code="other_goal")
    return target.target_id
