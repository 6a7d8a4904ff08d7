"""Small factories for the web tests' objects: each makes one thing with plain defaults,
so a test names only what it is about.

- ``make_user`` / ``make_member``: a user, and a user with a role in an organisation;
- ``own_indicator``: an own indicator of an organisation, with its values by year;
- ``budget_document``: a focus document uploaded (and split into passages) as a user does;
- ``with_document``: a leadership or priority decision saved with a one-page PDF;
- ``priority_decision``: a recorded prioritisation decision (goal 4) with its PDF.
"""

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile

from styra.web.accounts.models import Membership
from styra.web.focus import services as focus
from styra.web.focus.models import Document
from styra.web.indicators.models import OwnIndicator, OwnValue
from styra.web.organisations.models import Organisation
from styra.web.priorities.decisions.models import Decision
from tests.focus.documents import make_pdf

PASSWORD = "Rätt-hemligt-lösen-2030"
BUDGET = "Budget\n\nSkolan\nAlla elever ska nå kunskapskraven.\n"


def make_user(username: str, first_name: str = "", last_name: str = ""):
    return get_user_model().objects.create_user(
        username=username,
        email=f"{username}@example.se",
        password=PASSWORD,
        first_name=first_name,
        last_name=last_name,
    )


def make_member(username: str, organisation: Organisation, role: str, **names):
    user = make_user(username, **names)
    Membership.objects.create(user=user, organisation=organisation, role=role)
    return user


def own_indicator(
    organisation: Organisation,
    title: str = "Cykelresor",
    *,
    goal: int = 11,
    values: dict[int, float] | None = None,
    **fields,
) -> OwnIndicator:
    """Code E1 unless given; ``values`` by year, for the whole population (gender T)."""
    indicator = OwnIndicator.objects.create(
        organisation=organisation, title=title, goal=goal, **{"code": "E1"} | fields
    )
    OwnValue.objects.bulk_create(
        OwnValue(indicator=indicator, area=organisation, year=year, value=value)
        for year, value in (values or {}).items()
    )
    return indicator


def budget_document(
    organisation: Organisation, editor, text: str = BUDGET, title: str = "Budget"
) -> Document:
    return focus.upload_document(
        organisation,
        editor,
        title=title,
        kind="budget",
        filename="budget.txt",
        data=text.encode(),
        max_bytes=1_000_000,
    )


def with_document(decision, name: str = "beslut.pdf"):
    """The decision (not yet saved) saved with a one-page PDF as its document."""
    decision.document.save(name, ContentFile(make_pdf([["Beslut"]])), save=False)
    decision.document_name = name
    decision.save()
    return decision


def priority_decision(organisation: Organisation, **fields) -> Decision:
    """Goal 4 decided by "KS" on 2025-05-01 (§ 2), with an empty snapshot and a PDF."""
    defaults = {"goals": [4], "body": "KS", "decided_on": "2025-05-01", "reference": "§ 2"}
    return with_document(
        Decision(
            organisation=organisation,
            motivation="Skolan.",
            snapshot={},
            **defaults | fields,
        )
    )
