from django.contrib import admin

from .models import Kpi, KpiGroup, Value


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
