from django.contrib import admin

from .models import Cycle, ReminderSent, Report


@admin.register(Cycle)
class CycleAdmin(admin.ModelAdmin):
    list_display = ["name", "organisation", "deadline", "opened_at", "closed_at"]
    list_filter = ["organisation"]


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = ["cycle", "action", "status", "updated_at"]
    list_filter = ["status"]


@admin.register(ReminderSent)
class ReminderSentAdmin(admin.ModelAdmin):
    list_display = ["cycle", "user", "kind", "sent_at"]
