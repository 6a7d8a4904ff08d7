from django.contrib import admin

from .models import (
    BodyMember,
    ContactPerson,
    LeadershipDecision,
    MunicipalityGroup,
    Network,
    Organisation,
)


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
    list_display = ["name", "created_at"]
    search_fields = ["name"]
    filter_horizontal = ["members", "coordinators"]


@admin.register(LeadershipDecision)
class LeadershipDecisionAdmin(admin.ModelAdmin):
    list_display = ["organisation", "decided_on", "body", "reference", "document_name"]
    search_fields = ["organisation__name", "reference"]
    raw_id_fields = ["organisation"]
    # The document is private: members download it from the organisation page.
    exclude = ["document"]


@admin.register(ContactPerson)
class ContactPersonAdmin(admin.ModelAdmin):
    list_display = ["organisation", "name", "email", "phone"]
    search_fields = ["organisation__name", "name", "email"]
    raw_id_fields = ["organisation"]


@admin.register(BodyMember)
class BodyMemberAdmin(admin.ModelAdmin):
    list_display = ["organisation", "body", "name", "title"]
    list_filter = ["body"]
    search_fields = ["organisation__name", "name"]
    raw_id_fields = ["organisation"]
