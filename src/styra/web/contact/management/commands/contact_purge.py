"""``manage.py contact_purge``: the same as ``styra contact purge``."""

from styra.web.common.purgecommand import purge_command
from styra.web.contact import retention

Command = purge_command(
    retention.purge,
    "Delete the contact messages received longer ago than the retention period.",
    "contact messages",
)
