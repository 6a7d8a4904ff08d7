"""Two login limits for django-axes: per user name and address, and per address.

Axes counts failures for every entry of ``AXES_LOCKOUT_PARAMETERS`` and locks
when the largest count reaches ``AXES_FAILURE_LIMIT``. The address count is
always the largest (it includes every user name's), so the limit given here
is the per-user one once that user name has used it up from this address,
else the higher per-address one. Thus guessing one password locks after
STYRA_LOGIN_FAILURE_LIMIT failures, and trying a few passwords over many
user names (password spraying) after STYRA_LOGIN_IP_FAILURE_LIMIT.
"""

from axes.attempts import get_cool_off_threshold
from axes.helpers import get_client_ip_address, get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum

PER_USER = ["username", "ip_address"]
PER_ADDRESS = "ip_address"


def lockout_parameters(request_or_attempt, credentials=None) -> list:
    """Both counts; a successful login clears only its own user name's failures
    (else a sprayer's own account would clear the address's count)."""
    user = getattr(request_or_attempt, "user", None)
    if user is not None and user.is_authenticated:
        return [PER_USER]
    return [PER_USER, PER_ADDRESS]


def user_failures(request, credentials) -> int:
    """Recent failures of this user name from this address."""
    address = getattr(request, "axes_ip_address", None) or get_client_ip_address(request)
    attempts = AccessAttempt.objects.filter(
        username=get_client_username(request, credentials),
        ip_address=address,
        attempt_time__gte=get_cool_off_threshold(request),
    )
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


def failure_limit(request, credentials=None) -> int:
    per_user = settings.STYRA_LOGIN_FAILURE_LIMIT
    if user_failures(request, credentials) >= per_user:
        return per_user
    return settings.STYRA_LOGIN_IP_FAILURE_LIMIT
