from django.contrib import admin

from .models import Invitation, Membership


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "organisation", "role", "created_at"]
    list_filter = ["role"]
    search_fields = ["user__username", "user__email", "organisation__name", "organisation__pk"]
    raw_id_fields = ["user", "organisation"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "organisation", "role", "created_at", "expires_at", "accepted_at"]
    list_filter = ["role"]
    search_fields = ["email", "organisation__name"]
    raw_id_fields = ["organisation", "invited_by", "accepted_by"]
    readonly_fields = ["accepted_at", "accepted_by"]
    exclude = ["token_hash"]

    def has_add_permission(self, request):
        # An invitation's link is only ever in its e-mail: invite from the members page.
        return False
