"""django-auditlog's own ``auditlog_logentry`` table stays empty: Styra's entries live in
``audit.AuditEntry`` (AUDITLOG_LOGENTRY_MODEL). auditlog's first migration creates the
table anyway, and its foreign keys to the user and content-type tables keep PostgreSQL
from emptying those (Django's flush leaves a swapped-out model's table alone), so it
goes. On upgrading django-auditlog, check that its new migrations leave LogEntry alone."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0001_initial"),
        ("auditlog", "0017_add_actor_email"),
    ]

    operations = [
        migrations.RunSQL("DROP TABLE IF EXISTS auditlog_logentry", migrations.RunSQL.noop),
    ]
