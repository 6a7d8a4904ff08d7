"""Samverkan (collaboration, DESIGN §1 1d): where a goal needs partners outside the
organisation or work across its förvaltningar. Pure: no Django, no database; the web
app (``styra.web.samverkan``) loads the actors, roles and KPI metadata and calls
``suggestions``. See docs/samverkan.md.
"""
