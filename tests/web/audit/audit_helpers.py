"""Shared helpers of the audit log's tests."""

from django.urls import reverse

from styra.web.audit.models import AuditEntry


def log_url(kolada_id: str = "0180", **query) -> str:
    url = reverse("audit-log", args=[kolada_id])
    if query:
        url += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return url


def entries_of(model, **filters):
    from django.contrib.contenttypes.models import ContentType

    kind = ContentType.objects.get_for_model(model)
    return AuditEntry.objects.filter(content_type=kind, **filters).order_by("timestamp", "pk")
