"""Kolada's KPI catalog, its KPI groups, and the values: KPI × area × year × gender."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from styra.sdg import GOAL_NUMBERS
from styra.web.common.models import Timestamps
from styra.web.organisations.models import Organisation, organisation_field


class Kpi(models.Model):
    """A nyckeltal, keyed by its Kolada id (e.g. N00401)."""

    class MunicipalityType(models.TextChoices):
        KOMMUN = "K", _("Kommun")
        REGION = "L", _("Region")
        BOTH = "A", _("Kommun och region")

    kpi_id = models.CharField(_("id"), max_length=20, primary_key=True)
    title = models.CharField(_("titel"), max_length=500)
    description = models.TextField(_("beskrivning"), blank=True)
    unit = models.CharField(_("enhet"), max_length=50, blank=True)
    is_divided_by_gender = models.BooleanField(_("uppdelat på kön"), default=False)
    municipality_type = models.CharField(
        _("organisationstyp"), max_length=1, choices=MunicipalityType.choices
    )
    operating_area = models.CharField(_("verksamhetsområde"), max_length=300, blank=True)
    perspective = models.CharField(_("perspektiv"), max_length=100, blank=True)
    auspice = models.CharField(_("huvudmannaskap"), max_length=5, blank=True)
    publication_date = models.DateField(_("publiceringsdatum"), null=True, blank=True)
    has_ou_data = models.BooleanField(_("har data för organisatoriska enheter"), default=False)
    retired = models.BooleanField(
        _("utgått"),
        default=False,
        help_text=_("Finns inte längre i Koladas katalog men har historiska värden."),
    )

    class Meta:
        ordering = ["kpi_id"]
        verbose_name = _("nyckeltal")
        verbose_name_plural = _("nyckeltal")

    def __str__(self) -> str:
        return f"{self.kpi_id} {self.title}"


class KpiGroup(models.Model):
    """A Kolada KPI group (the menu tree), e.g. "Agenda 2030 - 17 mål"."""

    group_id = models.CharField(_("grupp-id"), max_length=30, primary_key=True)
    title = models.CharField(_("namn"), max_length=300)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )
    kpis = models.ManyToManyField(Kpi, related_name="groups", blank=True)

    class Meta:
        ordering = ["title"]
        verbose_name = _("nyckeltalsgrupp")
        verbose_name_plural = _("nyckeltalsgrupper")

    def __str__(self) -> str:
        return self.title


class Value(models.Model):
    """One value; ``value`` NULL means missing or suppressed — never 0.

    The foreign keys carry no database constraint: the bundle loader checks
    every KPI and area before it writes, and bulk COPY stays fast without
    per-row triggers. The unique key (kpi first) and ``value_area_kpi`` are
    the only indexes: they serve both "one KPI, all areas" and "one area".
    """

    class Gender(models.TextChoices):
        TOTAL = "T", _("Totalt")
        WOMEN = "K", _("Kvinnor")
        MEN = "M", _("Män")

    kpi = models.ForeignKey(Kpi, on_delete=models.CASCADE, db_constraint=False, db_index=False)
    area = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, db_constraint=False, db_index=False
    )
    year = models.SmallIntegerField(_("år"))
    gender = models.CharField(_("kön"), max_length=1, choices=Gender.choices, default="T")
    value = models.FloatField(_("värde"), null=True, blank=True)

    class Meta:
        verbose_name = _("värde")
        verbose_name_plural = _("värden")
        constraints = [
            models.UniqueConstraint(
                fields=["kpi", "area", "year", "gender"], name="value_unique_kpi_area_year_gender"
            )
        ]
        indexes = [models.Index(fields=["area", "kpi"], name="value_area_kpi")]

    def __str__(self) -> str:
        return f"{self.kpi_id} {self.area_id} {self.year} {self.gender}: {self.value}"


# The organisation's own data: local indicators with their values, and the
# target values per KPI that M4 (outlook) measures against.

POLARITY_CHOICES = [
    (1, _("Högre är bättre")),
    (-1, _("Lägre är bättre")),
    (0, _("Neutral (ingen bedömning)")),
]
GOAL_CHOICES = [(goal, _("Mål %(goal)s") % {"goal": goal}) for goal in GOAL_NUMBERS]
OWN_PREFIX = "egen-"


class OwnIndicator(Timestamps):
    """A local indicator an organisation defines and fills with values itself."""

    organisation = organisation_field("own_indicators")
    code = models.CharField(
        _("kod"),
        max_length=20,
        help_text=_("Kort kod som används i filer med värden, t.ex. E1."),
    )
    title = models.CharField(_("titel"), max_length=300)
    description = models.TextField(_("beskrivning"), blank=True)
    unit = models.CharField(_("enhet"), max_length=50, blank=True)
    polarity = models.SmallIntegerField(_("riktning"), choices=POLARITY_CHOICES, default=1)
    goal = models.PositiveSmallIntegerField(_("mål"), choices=GOAL_CHOICES)
    targets = models.CharField(
        _("delmål"),
        max_length=200,
        blank=True,
        help_text=_("Agenda 2030-delmål som indikatorn mäter, t.ex. 3.4, 3.5"),
    )

    class Meta:
        ordering = ["organisation", "code"]
        verbose_name = _("eget nyckeltal")
        verbose_name_plural = _("egna nyckeltal")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "code"], name="own_indicator_unique_code"
            )
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def kpi_id(self) -> str:
        """The id the analysis and the KPI page use, e.g. ``egen-12``."""
        return f"{OWN_PREFIX}{self.pk}"

    @property
    def target_ids(self) -> list[str]:
        return [t.strip() for t in self.targets.split(",") if t.strip()]


class OwnValue(models.Model):
    """One value of an own indicator; ``value`` NULL means missing, never 0."""

    indicator = models.ForeignKey(OwnIndicator, on_delete=models.CASCADE, related_name="values")
    area = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    year = models.SmallIntegerField(_("år"))
    gender = models.CharField(_("kön"), max_length=1, choices=Value.Gender.choices, default="T")
    value = models.FloatField(_("värde"), null=True, blank=True)

    class Meta:
        verbose_name = _("värde för eget nyckeltal")
        verbose_name_plural = _("värden för egna nyckeltal")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "area", "year", "gender"], name="own_value_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator_id} {self.area_id} {self.year} {self.gender}: {self.value}"


class KpiTarget(models.Model):
    """An organisation's target for a KPI (Kolada id or ``egen-N``): M4 measures the outlook."""

    organisation = organisation_field("kpi_targets")
    kpi_id = models.CharField(_("nyckeltal"), max_length=20)
    target_value = models.FloatField(_("målvärde"))
    target_year = models.PositiveSmallIntegerField(_("målår"))
    note = models.CharField(_("kommentar"), max_length=300, blank=True)
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)

    class Meta:
        ordering = ["organisation", "kpi_id"]
        verbose_name = _("målvärde")
        verbose_name_plural = _("målvärden")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "kpi_id"], name="kpi_target_unique")
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.kpi_id}: {self.target_value} ({self.target_year})"


class DataVersion(models.Model):
    """One row counting loads of Kolada values (``styra load``).

    Cached analyses are keyed by it, so every process sees a change at once.
    """

    version = models.PositiveBigIntegerField(default=0)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("dataversion")
        verbose_name_plural = _("dataversioner")

    def __str__(self) -> str:
        return f"version {self.version}"


class OwnDataVersion(models.Model):
    """One organisation's counter of changes to one part of its own data.

    ``part`` is ``data`` (own indicators, values, targets: the analysis reads
    them) or ``mandate-<goal>`` (its rådighet levels of one goal's targets: the
    goal and KPI pages show them). A page is kept under the versions of what it
    shows, so a change in one organisation leaves every other one's pages kept.
    """

    organisation = organisation_field("+")
    part = models.CharField(_("del"), max_length=20)
    version = models.PositiveBigIntegerField(default=0)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("egen dataversion")
        verbose_name_plural = _("egna dataversioner")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "part"], name="own_version_unique")
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.part}: version {self.version}"
