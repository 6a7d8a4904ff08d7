""" "Glömt lösenordet" that neither floods nor tells.

Each address and each client address may ask a few times an hour (counted in
Django's cache, whether the account exists or not). The response is the same
redirect whether the address has an account or not, and the e-mail is looked
up and sent after the response, on a thread started once the request's
transaction has committed, so its time does not tell either.
"""

import hashlib
import logging
import threading
from collections.abc import Callable
from functools import partial

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.core.cache import cache
from django.db import connections, transaction
from django.http import HttpResponseRedirect
from django.utils import translation
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)
WINDOW_SECONDS = 3600


def count_request(kind: str, value: str) -> int:
    """Requests for ``value`` in the current hour, this one included."""
    key = f"password-reset:{kind}:" + hashlib.sha256(value.encode()).hexdigest()
    cache.add(key, 0, WINDOW_SECONDS)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, WINDOW_SECONDS)
        return 1


def over_limit(request, email: str) -> bool:
    per_address = count_request("email", email.strip().lower())
    per_client = count_request("ip", get_client_ip_address(request) or "unknown")
    return (
        per_address > settings.STYRA_PASSWORD_RESET_LIMIT
        or per_client > settings.STYRA_PASSWORD_RESET_IP_LIMIT
    )


def run_in_background(job: Callable[[], None]) -> threading.Thread:
    """Run ``job`` on its own thread, with its own database connection."""

    def run() -> None:
        try:
            job()
        except Exception:
            logger.exception("password reset e-mail failed")
        finally:
            connections.close_all()

    thread = threading.Thread(target=run, name="password-reset-mail")
    thread.start()
    return thread


def send_reset_mail(form, language: str, options: dict) -> None:
    with translation.override(language):
        form.save(**options)


class PasswordResetView(auth_views.PasswordResetView):
    def form_valid(self, form):
        if over_limit(self.request, form.cleaned_data["email"]):
            form.add_error(
                None, _("För många försök. Vänta en timme och försök igen, eller fråga en admin.")
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        options = {
            "domain_override": self.request.get_host(),
            "use_https": self.request.is_secure(),
            "token_generator": self.token_generator,
            "from_email": self.from_email,
            "email_template_name": self.email_template_name,
            "subject_template_name": self.subject_template_name,
            "html_email_template_name": self.html_email_template_name,
            "extra_email_context": self.extra_email_context,
        }
        job = partial(send_reset_mail, form, translation.get_language(), options)
        transaction.on_commit(partial(run_in_background, job))
        return HttpResponseRedirect(self.get_success_url())
