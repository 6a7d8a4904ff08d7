"""Personal data (GDPR): the register of every personal field, a person's export, erasure
and the retention jobs (docs/personal-data.md)."""
