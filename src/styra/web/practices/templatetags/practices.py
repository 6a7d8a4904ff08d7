"""``{% recent_practices network user as practices %}``: for the network pages."""

from django import template

from styra.web.practices.services import readable_practices, shared_practices

register = template.Library()
RECENT = 5


@register.simple_tag
def recent_practices(network, user, count: int = RECENT) -> list:
    """The newest practices shared with ``network`` (or public by its members) that ``user``
    may read."""
    readable = readable_practices(user).values("pk")
    return list(shared_practices(network).filter(pk__in=readable)[:count])
