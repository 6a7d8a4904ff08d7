"""``{% upcoming_meetings network as meetings %}``: the network's next meetings (three)
from now; ``meetings/_upcoming.html`` renders them."""

from django import template
from django.utils import timezone

from styra.web.meetings import services

register = template.Library()


@register.simple_tag
def upcoming_meetings(network) -> list:
    return services.upcoming(network, timezone.now())
