"""The organisation's commitments: what is in place, as a checklist."""

from dataclasses import dataclass
from functools import partial

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from .models import BodyMember, ContactPerson, LeadershipDecision, Organisation
from .wording import PHRASES, type_of


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    label: str
    done: bool


@dataclass(frozen=True)
class Checklist:
    items: list[ChecklistItem]

    @property
    def done(self) -> int:
        return sum(item.done for item in self.items)

    @property
    def total(self) -> int:
        return len(self.items)


def commitment_checklist(organisation: Organisation) -> Checklist:
    """The four commitments the network asks of each member, and which are in place."""
    bodies = set(
        BodyMember.objects.filter(organisation=organisation).values_list("body", flat=True)
    )
    return Checklist(
        [
            ChecklistItem(
                "decision",
                PHRASES["decision"][type_of(organisation)],
                LeadershipDecision.objects.filter(organisation=organisation).exists(),
            ),
            ChecklistItem("steering", _("Styrgrupp"), BodyMember.Body.STEERING_GROUP in bodies),
            ChecklistItem(
                "contact",
                _("Kontaktperson"),
                ContactPerson.objects.filter(organisation=organisation).exists(),
            ),
            ChecklistItem("working", _("Arbetsgrupp"), BodyMember.Body.WORKING_GROUP in bodies),
        ]
    )


def save_decision(decision: LeadershipDecision, upload=None, remove_document=False) -> None:
    """Save a decision; replace or remove its document and (once committed) delete the old file."""
    old = decision.document.name if decision.document else ""
    with transaction.atomic():
        if upload is not None:
            decision.document_name = upload.name[:255]
            decision.document.save(upload.name, upload, save=False)
        elif remove_document:
            decision.document = ""
            decision.document_name = ""
        decision.save()
        if old and old != (decision.document.name or ""):
            transaction.on_commit(partial(decision.document.storage.delete, old), robust=True)
