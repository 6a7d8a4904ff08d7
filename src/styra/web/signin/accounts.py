"""The account of a verified e-mail address: the one there is, or a new one with no roles."""

import logging

from django.contrib.auth import get_user_model

from styra.signin import username_for

logger = logging.getLogger(__name__)


def account_for(email: str, first_name: str = "", last_name: str = ""):
    """The active user whose e-mail is ``email`` (case-insensitive), else a new user.

    A new user gets no password (they sign in through the provider) and no
    Membership: an admin or an invitation gives them a role. Two accounts with the
    same address, or an inactive account, sign nobody in.
    """
    users = get_user_model()
    matches = list(users.objects.filter(email__iexact=email)[:2])
    if len(matches) > 1:
        logger.warning("sign-in refused: several accounts have the e-mail address %s", email)
        return None
    if matches:
        user = matches[0]
        if not user.is_active:
            logger.info("sign-in refused: the account of %s is inactive", email)
            return None
        if not (user.first_name or user.last_name) and (first_name or last_name):
            user.first_name, user.last_name = first_name, last_name
            user.save(update_fields=["first_name", "last_name"])
        return user
    username = username_for(
        email, lambda name: users.objects.filter(username__iexact=name).exists()
    )
    user = users(username=username, email=email, first_name=first_name, last_name=last_name)
    user.set_unusable_password()
    user.save()
    return user
