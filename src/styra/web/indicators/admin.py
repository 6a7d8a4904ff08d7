from django.contrib import admin

from .models import (
    DataVersion,
    Kpi,
    KpiGroup,
    KpiTarget,
    OwnDataVersion,
    OwnIndicator,
    OwnValue,
    Value,
)
from .versions import bump_own


@admin.register(Kpi)
class KpiAdmin(admin.ModelAdmin):
    list_display = ["kpi_id", "title", "municipality_type", "unit", "retired"]
    list_filter = ["municipality_type", "retired", "is_divided_by_gender"]
    search_fields = ["kpi_id", "title"]


@admin.register(KpiGroup)
class KpiGroupAdmin(admin.ModelAdmin):
    list_display = ["group_id", "title", "parent"]
    search_fields = ["group_id", "title"]
    filter_horizontal = ["kpis"]


@admin.register(Value)
class ValueAdmin(admin.ModelAdmin):
    list_display = ["kpi", "area", "year", "gender", "value"]
    list_filter = ["gender"]
    search_fields = ["kpi__kpi_id", "area__kolada_id"]
    raw_id_fields = ["kpi", "area"]
    show_full_result_count = False


def organisation_of(obj) -> str:
    """The organisation whose own data ``obj`` is (an own value: its indicator's)."""
    if isinstance(obj, OwnValue):
        return obj.indicator.organisation_id
    return obj.organisation_id


class BumpsVersion:
    """Own data changed in the admin invalidates the organisation's cached analyses too
    (the admin's change and delete views already run in a transaction)."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        bump_own(organisation_of(obj))

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        bump_own(organisation_of(form.instance))

    def delete_model(self, request, obj):
        organisation = organisation_of(obj)
        super().delete_model(request, obj)
        bump_own(organisation)

    def delete_queryset(self, request, queryset):
        field = "indicator__organisation_id" if queryset.model is OwnValue else "organisation_id"
        organisations = set(queryset.values_list(field, flat=True))
        super().delete_queryset(request, queryset)
        for organisation in sorted(organisations):
            bump_own(organisation)


class OwnValueInline(admin.TabularInline):
    model = OwnValue
    raw_id_fields = ["area"]
    extra = 0


@admin.register(OwnIndicator)
class OwnIndicatorAdmin(BumpsVersion, admin.ModelAdmin):
    list_display = ["code", "title", "organisation", "goal", "polarity", "unit"]
    list_filter = ["goal", "polarity"]
    search_fields = ["code", "title", "organisation__name", "organisation__kolada_id"]
    raw_id_fields = ["organisation"]
    inlines = [OwnValueInline]


@admin.register(OwnValue)
class OwnValueAdmin(BumpsVersion, admin.ModelAdmin):
    list_display = ["indicator", "area", "year", "gender", "value"]
    list_filter = ["gender"]
    search_fields = ["indicator__code", "indicator__organisation__name", "area__kolada_id"]
    raw_id_fields = ["indicator", "area"]
    show_full_result_count = False


@admin.register(KpiTarget)
class KpiTargetAdmin(BumpsVersion, admin.ModelAdmin):
    list_display = ["organisation", "kpi_id", "target_value", "target_year", "updated_at"]
    search_fields = ["kpi_id", "organisation__name", "organisation__kolada_id"]
    raw_id_fields = ["organisation"]


@admin.register(DataVersion)
class DataVersionAdmin(admin.ModelAdmin):
    list_display = ["version", "changed_at"]
    readonly_fields = ["version", "changed_at"]


@admin.register(OwnDataVersion)
class OwnDataVersionAdmin(admin.ModelAdmin):
    list_display = ["organisation", "part", "version", "changed_at"]
    search_fields = ["organisation__name", "organisation__kolada_id", "part"]
    readonly_fields = ["organisation", "part", "version", "changed_at"]
