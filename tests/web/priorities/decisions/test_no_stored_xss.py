"""No stored XSS: every text a user typed is escaped on every page that shows it —
workshop titles, participants' names, a decision's fields and document name, and a
matrix title quoted in the criteria notes (also inside the chart's JSON)."""

import datetime

from styra.priorities import CRITERIA
from styra.web.priorities.decisions.criteria import assemble
from styra.web.priorities.decisions.models import Workshop
from styra.web.priorities.decisions.services import record_decision, save_entry
from styra.web.priorities.interactions.models import Matrix, MatrixTarget

from .conftest import BASE

EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_everything_typed_is_escaped(client_for, editor_a, viewer_a, org_a):
    viewer_a.first_name = EVIL
    viewer_a.save()
    workshop = Workshop.objects.create(organisation=org_a, title=EVIL, created_by=editor_a)
    save_entry(workshop, viewer_a, votes={13: 5})
    matrix = Matrix.objects.create(organisation=org_a, title=EVIL)
    for target in ("11.1", "13.2"):
        MatrixTarget.objects.create(matrix=matrix, target_id=target)
    cleaned = {
        "goals": [13],
        "targets": [],
        "body": EVIL,
        "decided_on": datetime.date(2026, 5, 12),
        "reference": EVIL,
        "motivation": EVIL,
        "upload": None,
        "weights": dict.fromkeys(CRITERIA, 0.2),
        "top_n": 5,
    }
    decision = record_decision(org_a, assemble(org_a), cleaned, editor_a)
    client = client_for(editor_a)
    workshop_url = f"{BASE}workshop/{workshop.token}/"
    pages = [
        client.get(BASE),
        client.get(f"{BASE}?havstang=50", headers={"HX-Request": "true"}),
        client.get(f"{BASE}workshop/"),
        client.get(workshop_url),
        client.get(f"{workshop_url}sammanstallning/", headers={"HX-Request": "true"}),
        client.get(f"{BASE}beslut/"),
        client.get(f"{BASE}beslut/{decision.pk}/"),
        client.get(f"{BASE}beslut/nytt/"),
    ]
    for response in pages:
        text = response.content.decode()
        assert response.status_code == 200
        assert "<script>alert" not in text and "<img src=x" not in text, response.request
    assert "&lt;script&gt;alert" in pages[3].content.decode()
