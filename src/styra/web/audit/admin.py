"""Sign-in events in Django's admin, read only, for platform admins (the change entries
have django-auditlog's own admin: Audit log → Log entries)."""

from django.contrib import admin

from .models import SignInEvent


@admin.register(SignInEvent)
class SignInEventAdmin(admin.ModelAdmin):
    list_display = ["timestamp", "kind", "user", "username", "method", "remote_addr"]
    list_filter = ["kind", "method"]
    search_fields = ["username", "user__username", "remote_addr"]
    date_hierarchy = "timestamp"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
