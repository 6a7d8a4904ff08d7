from django.contrib import admin

from .models import Meeting, MeetingTask


class TaskInline(admin.TabularInline):
    model = MeetingTask
    extra = 0


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["title", "network", "starts_at"]
    list_filter = ["network"]
    inlines = [TaskInline]
