"""The people of a round: the organisation's members and editors, and how they are named."""

from styra.web.accounts.models import Membership, Role


def name_of(user) -> str:
    return user.get_full_name() or user.get_username()


def editors_of(organisation) -> list:
    """The organisation's editors and admins: they run its rounds."""
    memberships = Membership.objects.filter(
        organisation=organisation, role__in=[Role.EDITOR, Role.ADMIN]
    ).select_related("user")
    return [m.user for m in memberships if m.user.is_active]


def members_of(organisation) -> list:
    memberships = Membership.objects.filter(organisation=organisation).select_related("user")
    return sorted((m.user for m in memberships if m.user.is_active), key=name_of)
