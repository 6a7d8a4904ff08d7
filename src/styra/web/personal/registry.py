"""The register of personal data: every field of every model that holds or may hold
personal data, how a row is found to be about a person, and what erasure does to it.

docs/personal-data.md explains each entry (purpose, legal basis, retention);
tests/web/personal/test_register_covers_every_model.py fails when a model gains a field
that looks personal and is neither here nor in ``NOT_PERSONAL``, or is here and not in
the doc. Export (``export.py``) and erasure (``erase.py``) are driven by this table.
"""

import re
from dataclasses import dataclass
from enum import StrEnum

ERASED_NAME = "Borttagen person"  # what an erased person's name becomes, in stored data


class How(StrEnum):
    """What erasing a person does to the field."""

    DELETE = "delete"  # the rows found through this field are deleted
    REPLACE = "replace"  # on the person's rows the value becomes ERASED_NAME or blank
    REDACT = "redact"  # the person's name and e-mail are cut out of the text, in every row
    UNLINK = "unlink"  # the person is removed from the many-to-many relation
    ACCOUNT = "account"  # points to the user account, which itself is anonymised
    KEEP = "keep"  # kept as it is (a decided document, a hash): reason in the doc
    AUDIT = "audit"  # the audit log's own pseudonymisation (styra.web.audit.persons)


class Finds(StrEnum):
    """How a row is found to be about the person."""

    USER = "user"  # a foreign key (or many-to-many) to the user
    EMAIL = "email"  # the same e-mail address (case-insensitive)
    NAME = "name"  # the same full name (case-insensitive)
    LOGIN = "login"  # the login name: the username or the e-mail address
    INVITEE = "invitee"  # one of the person's consultation invitations
    SESSION = "session"  # a session signed in as the user


@dataclass(frozen=True)
class Field:
    how: How
    finds: Finds | None = None


def _account(finds_user: bool = True) -> Field:
    return Field(How.ACCOUNT, Finds.USER if finds_user else None)


ACCOUNT = _account()
REDACT = Field(How.REDACT)
KEEP = Field(How.KEEP)
AUDIT = Field(How.AUDIT)
DELETED_WITH_ROW = Field(How.DELETE)  # goes when the row found through another field goes

REGISTER: dict[str, dict[str, Field]] = {
    "auth.User": {
        "username": Field(How.REPLACE, Finds.USER),
        "first_name": Field(How.REPLACE),
        "last_name": Field(How.REPLACE),
        "email": Field(How.REPLACE),
        "password": Field(How.REPLACE),
    },
    "admin.LogEntry": {"user": ACCOUNT, "object_repr": REDACT, "change_message": REDACT},
    "sessions.Session": {"session_data": Field(How.DELETE, Finds.SESSION)},
    "axes.AccessAttempt": {
        "username": Field(How.DELETE, Finds.LOGIN),
        "ip_address": KEEP,
        "user_agent": KEEP,
        "get_data": KEEP,
        "post_data": KEEP,
    },
    "axes.AccessFailureLog": {
        "username": Field(How.DELETE, Finds.LOGIN),
        "ip_address": KEEP,
        "user_agent": KEEP,
    },
    "axes.AccessLog": {
        "username": Field(How.DELETE, Finds.LOGIN),
        "ip_address": KEEP,
        "user_agent": KEEP,
        "session_hash": KEEP,
    },
    "django_tasks_database.DBTaskResult": {"args_kwargs": KEEP, "traceback": KEEP},
    "accounts.Membership": {"user": Field(How.DELETE, Finds.USER)},
    "accounts.Invitation": {
        "email": Field(How.DELETE, Finds.EMAIL),
        "invited_by": ACCOUNT,
        "accepted_by": Field(How.DELETE, Finds.USER),
    },
    "organisations.Network": {"coordinators": Field(How.UNLINK, Finds.USER), "description": REDACT},
    "organisations.ContactPerson": {
        "name": Field(How.REPLACE, Finds.NAME),
        "email": Field(How.REPLACE, Finds.EMAIL),
        "phone": Field(How.REPLACE),
    },
    "organisations.BodyMember": {"name": Field(How.DELETE, Finds.NAME), "title": KEEP},
    "indicators.OwnIndicator": {"description": REDACT},
    "indicators.KpiTarget": {"note": REDACT},
    "focus.Document": {"uploaded_by": ACCOUNT},
    "focus.Passage": {"text": KEEP},
    "focus.OwnGoal": {"text": REDACT},
    "focus.Tag": {"reviewed_by": ACCOUNT},
    "samverkan.Actor": {
        "name": Field(How.REPLACE, Finds.NAME),
        "contact": Field(How.REPLACE, Finds.EMAIL),
        "notes": REDACT,
    },
    "samverkan.Involvement": {"note": REDACT},
    "maturity.Round": {"created_by": ACCOUNT},
    "maturity.Response": {"respondent": ACCOUNT},
    "maturity.Answer": {"comment": REDACT},
    "radighet.MandateOverride": {"updated_by": ACCOUNT, "motivation": REDACT},
    "radighet.MandateChange": {"changed_by": ACCOUNT, "motivation": REDACT},
    "reports.ReportVersion": {"created_by": ACCOUNT, "content": KEEP},
    "priorities.StrategicWeight": {"updated_by": ACCOUNT},
    "priorities.WeightSet": {"saved_by": ACCOUNT},
    "priorities.Workshop": {"created_by": ACCOUNT},
    "priorities.WorkshopEntry": {"user": ACCOUNT},
    "priorities.Decision": {"created_by": ACCOUNT, "motivation": KEEP, "snapshot": KEEP},
    "priorities.Matrix": {"created_by": ACCOUNT, "description": REDACT},
    "priorities.MatrixCell": {"updated_by": ACCOUNT, "rationale": REDACT},
    "actionplan.Action": {"responsible": Field(How.UNLINK, Finds.USER), "description": REDACT},
    "actionplan.ProgressEntry": {"created_by": ACCOUNT, "note": REDACT},
    "followup.Cycle": {"opened_by": ACCOUNT, "closed_by": ACCOUNT},
    "followup.Report": {"updated_by": ACCOUNT, "comment": REDACT},
    "followup.ReminderSent": {"user": ACCOUNT},
    "vlr.Narrative": {"updated_by": ACCOUNT, "text": REDACT},
    "vlr.VlrVersion": {"created_by": ACCOUNT, "content": KEEP},
    "background.Job": {"created_by": ACCOUNT, "params": KEEP, "progress": KEEP, "error": KEEP},
    "public.Publication": {
        "prepared_by": ACCOUNT,
        "decided_by": ACCOUNT,
        "withdrawn_by": ACCOUNT,
        "note": REDACT,
        "decision_note": REDACT,
        "content": KEEP,
    },
    "api.ApiToken": {"created_by": ACCOUNT, "revoked_by": ACCOUNT, "name": REDACT},
    "dialogue.Dialogue": {"created_by": ACCOUNT, "introduction": KEEP},
    "dialogue.Response": {"entered_by": ACCOUNT, "participant": KEEP, "background": KEEP},
    "dialogue.Answer": {"value": KEEP},
    "dialogue.Proposal": {
        "participant": KEEP,
        "title": REDACT,
        "body": REDACT,
        "reply": REDACT,
        "replied_by": ACCOUNT,
    },
    "dialogue.Support": {"participant": KEEP},
    "dialogue.Report": {"reason": REDACT},
    "dialogue.ModerationEntry": {"moderator": ACCOUNT, "reason": REDACT},
    "consultation.Round": {"opened_by": ACCOUNT, "closed_by": ACCOUNT, "question": REDACT},
    "consultation.Invitee": {
        "user": Field(How.ACCOUNT, Finds.USER),
        "email": Field(How.REPLACE, Finds.EMAIL),
        "name": Field(How.REPLACE),
        "token_hash": Field(How.REPLACE),
        "organisation_name": KEEP,
        "invited_by": ACCOUNT,
    },
    "consultation.Comment": {
        "author_user": ACCOUNT,
        "author_invitee": Field(How.ACCOUNT, Finds.INVITEE),
        "author_name": Field(How.REPLACE),
        "author_organisation": KEEP,
        "text": REDACT,
        "status_by": ACCOUNT,
        "mentioned_users": Field(How.UNLINK, Finds.USER),
        "mentioned_invitees": Field(How.UNLINK, Finds.INVITEE),
    },
    "consultation.Notified": {"email": Field(How.DELETE, Finds.EMAIL)},
    "contact.ContactMessage": {
        "email": Field(How.DELETE, Finds.EMAIL),
        "name": Field(How.DELETE, Finds.NAME),
        "message": REDACT,
        "subject": REDACT,
        "sent_to": REDACT,
    },
    "network.NetworkInvitation": {"invited_by": ACCOUNT, "answered_by": ACCOUNT},
    "network.SectionShare": {"shared_by": ACCOUNT},
    "network.ExpectationMark": {"marked_by": ACCOUNT, "evidence": REDACT},
    "practices.Practice": {
        "created_by": ACCOUNT,
        "updated_by": ACCOUNT,
        "action": REDACT,
        "result": REDACT,
        "lessons": REDACT,
    },
    "practices.Attachment": {"uploaded_by": ACCOUNT},
    "meetings.Meeting": {
        "created_by": ACCOUNT,
        "agenda": REDACT,
        "notes": REDACT,
        "decisions": REDACT,
    },
    "meetings.MeetingTask": {"text": REDACT},
    "meetings.TaskDone": {"done_by": ACCOUNT},
    # the audit log (docs/audit.md): exported by entries_about_actor, erased by
    # pseudonymise_actor
    "audit.AuditEntry": {
        name: AUDIT
        for name in (
            "actor",
            "actor_email",
            "object_repr",
            "changes",
            "changes_text",
            "serialized_data",
            "additional_data",
            "remote_addr",
        )
    },
    "audit.SignInEvent": {"user": AUDIT, "username": AUDIT, "remote_addr": AUDIT},
    # two-step verification (django-otp): the person's devices and backup codes
    "otp_totp.TOTPDevice": {"user": Field(How.DELETE, Finds.USER), "name": DELETED_WITH_ROW},
    "otp_static.StaticDevice": {"user": Field(How.DELETE, Finds.USER), "name": DELETED_WITH_ROW},
    "otp_static.StaticToken": {"token": DELETED_WITH_ROW},
}

# Fields whose names look personal but hold none: the test accepts them without an entry.
NOT_PERSONAL: dict[str, set[str]] = {
    "admin.LogEntry": {"object_id"},  # the changed object's primary key
    "auth.User": {"is_superuser", "user_permissions"},
    "sessions.Session": {"session_key"},
    "django_tasks_database.DBTaskResult": {
        "task_path",
        "queue_name",
        "backend_name",
        "exception_class_path",
    },
    "accounts.Invitation": {"token_hash"},  # a hash of a random token
    "organisations.Organisation": {"name", "skr_name"},
    "organisations.Network": {"name"},
    "organisations.LeadershipDecision": {"document_name"},
    "indicators.Kpi": {"description", "has_ou_data"},
    "focus.Document": {"filename"},
    "samverkan.Involvement": {"actor"},
    "priorities.Workshop": {"token"},
    "priorities.Decision": {"document_name"},
    "changes.DataRelease": {"file_name"},
    "followup.Cycle": {"name"},
    "public.Publication": {"person_names"},
    "api.ApiToken": {"token_hash"},
    "dialogue.Question": {"text", "help_text"},
    "consultation.Invitee": {"actor"},
    "consultation.Comment": {"reply_to"},
    "consultation.Activity": {"comment"},
    "practices.Attachment": {"filename"},
}
# Whole apps with no personal data (Django's own bookkeeping).
NOT_PERSONAL_APPS = {"contenttypes"}
NOT_PERSONAL_MODELS = {"auth.Permission", "auth.Group"}

# A field "looks personal" by its name, its type (e-mail, IP address, free text) or
# because it points to a user.
LOOKS_PERSONAL = re.compile(
    r"name|mail|phone|author|(^|_)users?($|_)|_by$|respondent|participant|contact|address"
    r"|token|session|text|comment|note|message|motivation|reply|reason|evidence|background"
    r"|sent_to|attendee|responsible|coordinator|moderator|person|actor|args|agent|data$"
)


def entries(label: str) -> dict[str, Field]:
    return REGISTER.get(label, {})
