"""``manage.py audit_purge``: the same as ``styra audit purge``."""

from styra.web.audit import retention
from styra.web.common.purgecommand import purge_command

Command = purge_command(
    retention.purge,
    "Delete the audit log's entries older than the retention period.",
    "audit entries",
)
