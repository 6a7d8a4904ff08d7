"""Backup archives of a Styra installation, without Django (docs/backup.md).

- ``archive``: the tar layout, writing members with their checksums, verifying them;
- ``manifest``: what an archive holds and how it compares with the code's migrations;
- ``values``: database values as JSON and back, the same from SQLite and PostgreSQL.

The Django side (reading the tables and storages, restoring them) is styra.web.backup.
"""
