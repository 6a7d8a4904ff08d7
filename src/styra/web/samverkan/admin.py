from django.contrib import admin

from .models import Actor, Involvement


class InvolvementInline(admin.TabularInline):
    model = Involvement
    extra = 0


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ["name", "organisation", "kind", "category"]
    list_filter = ["kind", "category"]
    search_fields = ["name", "organisation__name", "organisation__kolada_id"]
    raw_id_fields = ["organisation"]
    readonly_fields = ["kind"]
    inlines = [InvolvementInline]
