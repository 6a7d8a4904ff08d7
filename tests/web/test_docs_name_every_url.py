"""Document or fail: each app's doc names every page of the app (its URL names, in
backticks). What else a doc must name is tested beside the app, in
``test_docs_name_every_page.py``."""

import importlib

import pytest

from tests.web.docs_check import doc_text

DOC_OF_APP = {
    "api": "api.md",
    "audit": "audit.md",
    # app under styra.web (its urls module): its doc in docs/
    "actionplan": "actionplan.md",
    "changes": "changes.md",
    "consultation": "consultation.md",
    "contact": "contact.md",
    "dialogue": "dialogue.md",
    "focus": "focus.md",
    "health": "deployment.md",
    "meetings": "network-meetings.md",
    "network": "network.md",
    "network.shared": "network-sharing.md",
    "personal": "personal-data.md",
    "followup": "followup.md",
    "priorities.decisions": "prioritisation.md",
    "priorities.interactions": "interactions.md",
    "practices": "network-practices.md",
    "public": "public-site.md",
    "reports": "nulagesanalys-document.md",
    "samverkan": "samverkan.md",
    "signin": "sign-in.md",
    "twins": "network-twins.md",
    "twofactor": "accounts.md",
    "vlr": "vlr.md",
}


@pytest.mark.parametrize(("app", "doc"), DOC_OF_APP.items(), ids=DOC_OF_APP)
def test_every_url_name_is_in_the_docs(app, doc):
    urls = importlib.import_module(f"styra.web.{app}.urls")
    text = doc_text(doc)
    names = [p.name for p in urls.urlpatterns if getattr(p, "name", None)]  # not included URLconfs
    missing = [name for name in names if f"`{name}`" not in text]
    assert not missing, f"document these pages in docs/{doc}: {missing}"
