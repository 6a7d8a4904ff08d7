"""What every app of the web shell shares: access, forms, formats, files, charts.

An app imports from here; nothing here imports an app (see docs/architecture.md).
"""
