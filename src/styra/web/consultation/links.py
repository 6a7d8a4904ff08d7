"""The invitee's side: answering a round through the personal link, without an account.

``/remiss/<token>/`` checks the link (it works for one round, until the deadline
plus the grace period, unless revoked), sets a signed cookie that only the round's
own page receives (its path) and that names the invitee and their current link, and
sends the browser on to ``/remiss/runda/<id>/``, so the token leaves the address bar.
That page shows the round and takes comments while it is open. Without a valid
cookie for that very round it answers 403: an invitee never sees another round.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from styra.web.common.formerrors import render_form

from . import services
from .forms import CommentForm
from .models import Invitee, Round
from .views import VIEW, reply_target, round_context

COOKIE = "styra_remiss"


def salt_of(round_id: int) -> str:
    return f"styra.consultation.round.{round_id}"


def cookie_value(invitee: Invitee) -> str:
    """The invitee and the start of their link's hash: a new link ends the old cookie."""
    return f"{invitee.pk}:{invitee.token_hash[:16]}"


@never_cache
def link(request, token: str):
    invitee = services.invitee_of_token(token)
    if invitee is None:
        return render(request, "consultation/link_invalid.html", status=404)
    round_ = invitee.round
    response = redirect("consultation-invitee-round", round_.pk)
    response.set_signed_cookie(
        COOKIE,
        cookie_value(invitee),
        salt=salt_of(round_.pk),
        max_age=int((round_.links_expire_at() - timezone.now()).total_seconds()),
        path=reverse("consultation-invitee-round", args=[round_.pk]),
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
    return response


def invitee_of(request, round_: Round) -> Invitee | None:
    """The invitee the request's cookie names, if it is for this round and still works."""
    value = request.get_signed_cookie(COOKIE, default="", salt=salt_of(round_.pk))
    pk, _sep, hash_start = value.partition(":")
    if not pk.isdigit() or not hash_start:
        return None
    invitee = Invitee.objects.select_related("round").filter(round=round_, pk=int(pk)).first()
    if invitee is None or not invitee.link_works() or cookie_value(invitee) != value:
        return None
    return invitee


@never_cache
def invitee_round(request, pk: int):
    round_ = get_object_or_404(Round.objects.select_related("organisation"), pk=pk)
    invitee = invitee_of(request, round_)
    if invitee is None:
        if request.user.has_perm(VIEW, round_.organisation):  # a member: their own page
            return redirect("consultation-round", round_.organisation_id, round_.pk)
        raise PermissionDenied(_("Öppna den personliga länken i e-posten med inbjudan."))
    form = None
    if round_.is_open():
        data = request.POST if request.method == "POST" else None
        reply_to = reply_target(request, round_)
        initial = {"name": invitee.name} | ({"reply_to": reply_to.pk} if reply_to else {})
        form = CommentForm(data, round_=round_, ask_name=True, initial=initial)
        if data is not None and form.is_valid():
            return save_comment(request, round_, invitee, form)
    elif request.method == "POST":
        raise PermissionDenied(_("Remissrundan är stängd: inga fler synpunkter tas emot."))
    context = round_context(round_) | {
        "organisation": round_.organisation,
        "invitee": invitee,
        "form": form,
        "reply_to": reply_target(request, round_),
    }
    return render_form(request, "consultation/invitee_round.html", context)


def save_comment(request, round_: Round, invitee: Invitee, form):
    data = form.cleaned_data
    if invitee.name != data["name"]:
        invitee.name = data["name"]
        invitee.save(update_fields=["name", "updated_at"])
    comment = services.add_comment(
        round_, services.Author(invitee=invitee), data["text"], data.get("goal"), data["reply_to"]
    )
    messages.success(request, _("Din kommentar har sparats."))
    url = reverse("consultation-invitee-round", args=[round_.pk])
    return redirect(f"{url}#kommentar-{comment.pk}")
