"""The organisation's API tokens, for its admins: list, create (shown once), revoke."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from styra.web.common.access import organisation_or_404, owned_or_404

from .forms import TokenForm
from .models import ApiToken

MANAGE = "api.manage_tokens"


def _render_list(request, organisation, form: TokenForm, status: int = 200):
    context = {
        "organisation": organisation,
        "tokens": ApiToken.objects.filter(organisation=organisation).select_related(
            "created_by", "revoked_by"
        ),
        "form": form,
        "now": timezone.now(),
    }
    return render(request, "api/token_list.html", context, status=status)


@login_required
def token_list(request, kolada_id: str):
    organisation = organisation_or_404(request, kolada_id, MANAGE)
    return _render_list(request, organisation, TokenForm(today=timezone.localdate()))


@never_cache
@login_required
@require_POST
def token_create(request, kolada_id: str):
    """Create a token and show it, this once: only its hash is kept."""
    organisation = organisation_or_404(request, kolada_id, MANAGE)
    form = TokenForm(request.POST, today=timezone.localdate())
    if not form.is_valid():
        return _render_list(request, organisation, form, status=400)
    token, secret = ApiToken.issue(
        organisation,
        form.cleaned_data["name"],
        form.cleaned_data["scopes"],
        form.expires_at(),
        request.user,
    )
    context = {"organisation": organisation, "token": token, "secret": secret}
    return render(request, "api/token_created.html", context)


@login_required
@require_POST
def token_revoke(request, kolada_id: str, pk: int):
    organisation = organisation_or_404(request, kolada_id, MANAGE)
    token = owned_or_404(ApiToken, organisation, pk)
    token.revoke(request.user)
    messages.success(request, _("Nyckeln %(name)s är återkallad.") % {"name": token.name})
    return redirect("api-tokens", organisation.pk)
