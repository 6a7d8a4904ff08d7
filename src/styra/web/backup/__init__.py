"""``styra backup`` and ``styra restore``: the database and the stored files in one archive.

``dump`` reads every table and storage inside one read transaction; ``restore``
checks an archive, creates the schema on an empty target and loads it. The archive
layout and manifest are pure core (styra.backup); docs/backup.md says what is kept.
"""
