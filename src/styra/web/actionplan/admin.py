from django.contrib import admin

from .models import Action, ActionIndicator, ProgressEntry


class IndicatorInline(admin.TabularInline):
    model = ActionIndicator
    extra = 0


@admin.register(Action)
class ActionAdmin(admin.ModelAdmin):
    list_display = ["code", "title", "level", "organisation", "status", "start", "end"]
    list_filter = ["level", "status", "organisation"]
    search_fields = ["code", "title"]
    raw_id_fields = ["parent", "owner"]
    filter_horizontal = ["partners", "responsible"]
    inlines = [IndicatorInline]


@admin.register(ProgressEntry)
class ProgressEntryAdmin(admin.ModelAdmin):
    list_display = ["action", "date", "percent", "created_by"]
    raw_id_fields = ["action"]
