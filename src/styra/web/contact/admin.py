"""Contact messages in the admin: to read and delete, never to change or add (what a
visitor sent stays as sent; the members' page is ``/omraden/<id>/kontakt/``)."""

from django.contrib import admin

from .models import ContactMessage


@admin.register(ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    list_display = ["organisation", "network", "created_at", "subject", "name"]
    list_filter = ["organisation", "network"]
    search_fields = ["organisation__name", "network__name", "subject", "name", "email"]
    date_hierarchy = "created_at"
    fields = readonly_fields = [
        "organisation",
        "network",
        "created_at",
        "name",
        "email",
        "subject",
        "message",
        "sent_to",
    ]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
