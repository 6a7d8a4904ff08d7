from django.contrib import admin

from .models import Comment, Invitee, Round


class InviteeInline(admin.TabularInline):
    model = Invitee
    extra = 0
    fields = ["organisation_name", "name", "email", "actor", "user", "revoked_at"]
    raw_id_fields = ["actor", "user"]


@admin.register(Round)
class RoundAdmin(admin.ModelAdmin):
    list_display = ["title", "organisation", "section", "goal", "deadline", "closed_at"]
    list_filter = ["section"]
    search_fields = ["title", "organisation__name", "organisation__kolada_id"]
    raw_id_fields = ["organisation", "opened_by", "closed_by"]
    inlines = [InviteeInline]


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ["author_name", "author_organisation", "round", "goal", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["author_name", "text", "round__title"]
    raw_id_fields = ["round", "reply_to", "author_user", "author_invitee", "status_by"]
    filter_horizontal = []
    exclude = ["mentioned_users", "mentioned_invitees"]
