from django.contrib import admin

from .models import MunicipalityGroup, Network, Organisation


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["kolada_id", "name", "type", "region", "skr_code"]
    list_filter = ["type", "skr_code"]
    search_fields = ["kolada_id", "name"]
    raw_id_fields = ["skr_group"]


@admin.register(MunicipalityGroup)
class MunicipalityGroupAdmin(admin.ModelAdmin):
    list_display = ["group_id", "title"]
    search_fields = ["group_id", "title"]
    filter_horizontal = ["members"]


@admin.register(Network)
class NetworkAdmin(admin.ModelAdmin):
    list_display = ["name", "coordinator"]
    search_fields = ["name"]
    filter_horizontal = ["members"]
