"""The public page of a network (/offentligt/natverk/<id>/): its name, description,
members' names and a contact form to its coordinators; nothing a member shared.
The coordinators read the messages on /natverk/<id>/meddelanden/.

The recipients are the network's coordinators, chosen by the server
(styra.web.contact.mail); the robot checks and retention are the contact form's.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from styra.web.common import antispam
from styra.web.common.formerrors import render_form
from styra.web.contact import mail
from styra.web.contact.forms import ContactForm
from styra.web.contact.models import ContactMessage
from styra.web.contact.views import PER_PAGE
from styra.web.organisations.models import Network
from styra.web.public.pages import chosen_language, page_language, switch_language

from .access import network_or_404
from .views import MANAGE


def public_context(network: Network) -> dict:
    return {
        "network": network,
        "members": network.members.order_by("type", "name"),
        "retention_days": mail.retention_days(),
    }


@never_cache
@antispam.proof_of_work_page
def public_page(request, network_id: int):
    asked = chosen_language(request)
    if asked:
        return switch_language(request, asked)
    network = get_object_or_404(Network, pk=network_id)
    form = ContactForm(request.POST or None)
    if request.method == "POST" and antispam.accepted(
        request, form, f"contact:network:{network.pk}"
    ):
        mail.receive(network, form.message_fields(), page_language(request))
        return redirect("network-public-sent", network.pk)
    context = {**public_context(network), "form": form}
    return render_form(request, "network/network_public.html", context)


@never_cache
def sent(request, network_id: int):
    asked = chosen_language(request)
    if asked:
        return switch_language(request, asked)
    network = get_object_or_404(Network, pk=network_id)
    return render(request, "network/network_public_sent.html", {"network": network})


@login_required
def messages_list(request, network_id: int):
    network = network_or_404(request, network_id, MANAGE)
    received = ContactMessage.objects.filter(network=network)
    context = {
        "network": network,
        "page": Paginator(received, PER_PAGE).get_page(request.GET.get("sida")),
        "retention_days": mail.retention_days(),
        "recipients": mail.recipients_of(network),
    }
    return render(request, "network/message_list.html", context)


@login_required
@require_POST
def message_delete(request, network_id: int, pk: int):
    network = network_or_404(request, network_id, MANAGE)
    get_object_or_404(ContactMessage, pk=pk, network=network).delete()
    messages.success(request, _("Meddelandet är borttaget."))
    return redirect("network-messages", network.pk)
