"""The dialogue app in Django's admin: dialogues and their questions, proposals and
moderation decisions to look at. Answers are read-only there: they are the participants'."""

from django.contrib import admin

from .models import Dialogue, ModerationEntry, Proposal, Question, Report


class QuestionInline(admin.TabularInline):
    model = Question
    extra = 0
    fields = ["position", "kind", "text", "required"]


@admin.register(Dialogue)
class DialogueAdmin(admin.ModelAdmin):
    list_display = ["title", "organisation", "opens_at", "closes_at", "feeds_priorities"]
    list_filter = ["organisation", "moderation"]
    inlines = [QuestionInline]


@admin.register(Proposal)
class ProposalAdmin(admin.ModelAdmin):
    list_display = ["title", "question", "goal", "visibility", "created_at", "replied_at"]
    list_filter = ["visibility"]
    readonly_fields = ["participant"]


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = ["reason", "answer", "proposal", "created_at", "handled_at"]


@admin.register(ModerationEntry)
class ModerationEntryAdmin(admin.ModelAdmin):
    list_display = ["visibility", "reason", "moderator", "decided_at"]
    readonly_fields = ["answer", "proposal", "visibility", "reason", "moderator", "decided_at"]
