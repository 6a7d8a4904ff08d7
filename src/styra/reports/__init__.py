"""The nulägesanalys document's pure parts: ``compare`` tells what changed between two
versions (plain dicts in and out). Pure: no Django, no database; the web app
(``styra.web.reports``) builds, freezes and renders the document. See
docs/nulagesanalys-document.md.
"""
