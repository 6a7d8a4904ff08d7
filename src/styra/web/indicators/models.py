"""Kolada's KPI catalog, its KPI groups, and the values: KPI × area × year × gender."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from styra.web.organisations.models import Organisation


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
