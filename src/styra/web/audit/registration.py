"""Which models the audit log follows, how each reaches its organisation, and what it
leaves out (docs/audit.md).

``TRACKED`` maps every model that holds an organisation's data to the attribute path
that leads from one of its rows to the organisation's id (``None``: a network-level
object that belongs to no organisation). ``NETWORK_PATHS`` does the same for what also
belongs to a network (the network itself, its meetings and tasks, invitations and
shares), whose entries its coordinators read. ``EXCLUDED`` names every other model of
Styra's apps with the reason it is not followed.
tests/web/audit/test_every_model_is_tracked_or_excluded.py fails on a model in
neither, so a new model cannot be forgotten.
"""

from contextvars import ContextVar

from auditlog.registry import auditlog
from auditlog.signals import pre_log
from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from django.db.models.signals import pre_delete, pre_save

# model label: the path from a row to its organisation's id (None: no organisation;
# several: the first that leads somewhere)
TRACKED: dict[str, str | tuple[str, ...] | None] = {
    "accounts.Membership": "organisation_id",
    "accounts.Invitation": "organisation_id",
    "organisations.Organisation": "pk",
    "organisations.Network": None,
    "organisations.LeadershipDecision": "organisation_id",
    "organisations.ContactPerson": "organisation_id",
    "organisations.BodyMember": "organisation_id",
    "indicators.OwnIndicator": "organisation_id",
    "indicators.OwnValue": "indicator.organisation_id",
    "indicators.KpiTarget": "organisation_id",
    "focus.Document": "organisation_id",
    "focus.OwnGoal": "organisation_id",
    "focus.Tag": ("passage.document.organisation_id", "own_goal.organisation_id"),
    "samverkan.Actor": "organisation_id",
    "samverkan.Involvement": "actor.organisation_id",
    "maturity.Round": "organisation_id",
    "maturity.Response": "round.organisation_id",
    "maturity.Answer": "response.round.organisation_id",
    "radighet.MandateOverride": "organisation_id",
    "radighet.MandateChange": "organisation_id",
    "reports.ReportVersion": "organisation_id",
    "priorities.StrategicWeight": "organisation_id",
    "priorities.WeightSet": "organisation_id",
    "priorities.Workshop": "organisation_id",
    "priorities.WorkshopEntry": "workshop.organisation_id",
    "priorities.Decision": "organisation_id",
    "priorities.Matrix": "organisation_id",
    "priorities.MatrixTarget": "matrix.organisation_id",
    "priorities.MatrixCell": "matrix.organisation_id",
    "actionplan.Action": "organisation_id",
    "actionplan.ActionIndicator": "action.organisation_id",
    "actionplan.ProgressEntry": "action.organisation_id",
    "followup.Cycle": "organisation_id",
    "followup.Report": "cycle.organisation_id",
    "vlr.Narrative": "organisation_id",
    "vlr.VlrVersion": "organisation_id",
    "public.Publication": "organisation_id",
    "api.ApiToken": "organisation_id",
    "dialogue.Dialogue": "organisation_id",
    "dialogue.Question": "dialogue.organisation_id",
    "dialogue.Proposal": "question.dialogue.organisation_id",
    "dialogue.ModerationEntry": (
        "answer.response.dialogue.organisation_id",
        "proposal.question.dialogue.organisation_id",
    ),
    "consultation.Round": "organisation_id",
    "consultation.Invitee": "round.organisation_id",
    "consultation.Comment": "round.organisation_id",
    "network.NetworkInvitation": "organisation_id",
    "network.SectionShare": "organisation_id",
    "network.ExpectationMark": "organisation_id",
    "practices.Practice": "organisation_id",
    "practices.Link": "practice.organisation_id",
    "practices.Attachment": "practice.organisation_id",
    "meetings.Meeting": None,
    "meetings.MeetingTask": "organisation_id",
    "meetings.TaskDone": "organisation_id",
}

# model label: the path from a row to its network's id (its entries show in the
# network's log too)
NETWORK_PATHS: dict[str, str] = {
    "organisations.Network": "pk",
    "meetings.Meeting": "network_id",
    "meetings.MeetingTask": "meeting.network_id",
    "meetings.TaskDone": "task.meeting.network_id",
    "network.NetworkInvitation": "network_id",
    "network.SectionShare": "network_id",
}

# Secrets never enter a diff; a citizen's own words stay out of the log (only what the
# organisation did with them: visibility, its reply).
EXCLUDED_FIELDS = {
    "accounts.Invitation": ["token_hash"],
    "api.ApiToken": ["token_hash"],
    "consultation.Invitee": ["token_hash"],
    "priorities.Workshop": ["token"],
}
# Many-to-many fields whose additions and removals are logged too.
M2M_FIELDS = {
    "actionplan.Action": {"partners", "responsible"},
    "practices.Practice": {"networks"},
    "organisations.Network": {"coordinators", "members"},
}
INCLUDED_FIELDS = {
    "dialogue.Proposal": ["visibility", "reply", "replied_at", "replied_by"],
}

EXCLUDED: dict[str, str] = {
    "organisations.MunicipalityGroup": "Kolada's municipality groups, loaded, not edited",
    "indicators.Kpi": "Kolada's catalogue of KPIs, loaded",
    "indicators.KpiGroup": "Kolada's KPI groups, loaded",
    "indicators.Value": "Kolada's values, loaded in bulk",
    "indicators.DataVersion": "a counter of loaded data (cache invalidation)",
    "indicators.OwnDataVersion": "a counter of an organisation's own data (cache invalidation)",
    "focus.Passage": "cut from an uploaded document; the document's entry records the upload",
    "changes.DataRelease": "a loaded Kolada data version",
    "changes.DigestSent": "bookkeeping of sent e-mail digests",
    "followup.ReminderSent": "bookkeeping of sent reminders",
    "background.Job": "a queue of document builds (technical state)",
    "dialogue.Response": "an anonymous citizen's answers",
    "dialogue.Answer": "an anonymous citizen's answer (moderation: ModerationEntry)",
    "dialogue.Support": "an anonymous citizen's support of a proposal",
    "dialogue.Report": "an anonymous report of a text (its moderation: ModerationEntry)",
    "consultation.Activity": "a feed derived from comments",
    "consultation.Notified": "bookkeeping of sent notices",
    "contact.ContactMessage": "a visitor's message, kept only STYRA_CONTACT_RETENTION_DAYS",
    "health.WorkerHeartbeat": "technical: when a background worker last ran",
    "audit.AuditEntry": "the log itself",
    "audit.SignInEvent": "the log itself",
}

DELETED_FROM = "_styra_audit_organisation"
DELETED_FROM_NETWORK = "_styra_audit_network"
_being_logged: ContextVar = ContextVar("styra_audit_instance", default=None)


def _follow(instance, path: str):
    value = instance
    for name in path.split("."):
        try:
            value = getattr(value, name, None)
        except ObjectDoesNotExist:  # a parent deleted in the same cascade
            return None
        if value is None:
            return None
    return value


def organisation_of(instance) -> str | None:
    """The id of the organisation ``instance`` belongs to; None for network-level objects."""
    if hasattr(instance, DELETED_FROM):
        return getattr(instance, DELETED_FROM)
    paths = TRACKED.get(instance._meta.label) or ()
    for path in (paths,) if isinstance(paths, str) else paths:
        if (found := _follow(instance, path)) is not None:
            return found
    return None


def network_of(instance) -> int | None:
    """The id of the network ``instance`` belongs to (``NETWORK_PATHS``), if any."""
    if hasattr(instance, DELETED_FROM_NETWORK):
        return getattr(instance, DELETED_FROM_NETWORK)
    path = NETWORK_PATHS.get(instance._meta.label)
    return _follow(instance, path) if path else None


def _note_organisation_before_delete(sender, instance, **kwargs):
    """pre_delete: note the organisation and network while every parent still exists (a
    cascade deletes parents before the children's post_delete, when auditlog logs them)."""
    setattr(instance, DELETED_FROM, organisation_of(instance))
    setattr(instance, DELETED_FROM_NETWORK, network_of(instance))


def _remember_instance(sender, instance, **kwargs):
    _being_logged.set(instance)


def _stamp_organisation(sender, instance, **kwargs):
    """Before an entry is saved: the organisation and network of the object it is about."""
    if instance.organisation_id is not None or instance.network_id is not None:
        return
    model = instance.content_type.model_class()
    logged = _being_logged.get()
    if logged is None or str(logged.pk) != str(instance.object_pk) or type(logged) is not model:
        # a many-to-many change (no pre_log signal): the object is still there
        logged = model._base_manager.filter(pk=instance.object_pk).first()
    if logged is not None:
        instance.organisation_id = organisation_of(logged)
        instance.network_id = network_of(logged)


def reverse_relations(model) -> list[str]:
    """Other models' keys to this one: django-auditlog would list each, empty, on every
    creation ("Actions – → actionplan.Action.None")."""
    return [
        field.name
        for field in model._meta.get_fields()
        if field.auto_created and not field.concrete
    ]


def register_all() -> None:
    """Register every model of ``TRACKED`` with django-auditlog (at app start)."""
    from .models import AuditEntry

    for label in TRACKED:
        model = apps.get_model(label)
        auditlog.register(
            model,
            exclude_fields=[*EXCLUDED_FIELDS.get(label, []), *reverse_relations(model)],
            include_fields=INCLUDED_FIELDS.get(label),
            m2m_fields=M2M_FIELDS.get(label),
        )
        # per model: a receiver for every model would stop Django's fast bulk deletes
        pre_delete.connect(
            _note_organisation_before_delete, sender=model, dispatch_uid=f"styra-audit-{label}"
        )
    pre_log.connect(_remember_instance, dispatch_uid="styra-audit-instance")
    pre_save.connect(_stamp_organisation, sender=AuditEntry, dispatch_uid="styra-audit-org")
