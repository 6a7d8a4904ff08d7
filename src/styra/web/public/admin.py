"""Publications in the admin: to look at, not to change. The content is what an admin
approved; the publishing pages (``/omraden/<id>/publicering/``) change the state."""

from django.contrib import admin

from .models import Publication


@admin.register(Publication)
class PublicationAdmin(admin.ModelAdmin):
    list_display = ["organisation", "state", "prepared_at", "decided_at", "data_version"]
    list_filter = ["state"]
    search_fields = ["organisation__name", "organisation__kolada_id"]
    fields = FIELDS = [
        "organisation",
        "state",
        "sections",
        "licence",
        "person_names",
        "note",
        "prepared_by",
        "prepared_at",
        "decided_by",
        "decided_at",
        "decision_note",
        "withdrawn_by",
        "withdrawn_at",
        "data_version",
        "data_loaded_at",
        "etag",
        "content",
    ]
    # words about the publication may be corrected, never what it shows
    readonly_fields = [name for name in FIELDS if name not in ("note", "decision_note")]

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
