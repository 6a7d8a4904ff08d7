"""The contact form's fixtures: organisation A published, with a kontaktperson; the
robot checks at a low difficulty (``antispam``); the public site's cache emptied."""

import pytest

from styra.web.organisations.models import ContactPerson
from tests.web.antispam_helpers import antispam  # noqa: F401  (a fixture)
from tests.web.contact.contact_helpers import KONTAKT
from tests.web.public.public_content import fresh_cache, publish  # noqa: F401  (autouse)


@pytest.fixture
def published_a(org_a, antispam):  # noqa: F811
    """Organisation A with a published version and a kontaktperson."""
    publish(org_a)
    ContactPerson.objects.create(organisation=org_a, name="Kim Kontakt", email=KONTAKT)
    return org_a
