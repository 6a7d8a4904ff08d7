"""``shared_practices(network)`` and ``{% recent_practices network user as practices %}``."""

from django.template import Context, Template

from styra.web.practices.models import Visibility
from styra.web.practices.services import shared_practices

from .conftest import make_practice

TAG = Template(
    "{% load practices %}{% recent_practices network user as found %}"
    "{% for p in found %}{{ p.title }};{% endfor %}"
)


def test_a_network_sees_what_is_shared_with_it_and_its_members_public_ones(
    practices, network_n, network_m, org_c
):
    make_practice(org_c, "C publikt", Visibility.PUBLIC)
    assert {p.title for p in shared_practices(network_n)} == {"Delat med N", "Publikt exempel"}
    assert {p.title for p in shared_practices(network_m)} == {"C publikt"}


def test_the_tag_lists_the_newest_the_user_may_read(practices, network_n, editor_b, viewer_d):
    shown = TAG.render(Context({"network": network_n, "user": editor_b}))
    assert shown == "Publikt exempel;Delat med N;"  # newest first
    assert TAG.render(Context({"network": network_n, "user": viewer_d})) == "Publikt exempel;"
