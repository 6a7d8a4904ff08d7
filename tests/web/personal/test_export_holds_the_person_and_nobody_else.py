"""Exporting a person (``styra person export`` and the pages) gives every row about them
and nothing of another person; secrets (password hash, tokens, sessions) stay out."""

import json

import pytest
from click.testing import CliRunner
from django.utils import timezone

from styra.cli.person import person as person_cli
from styra.web.personal import export
from styra.web.personal.people import Person
from tests.web.personal.material import make_person, traces_of


@pytest.fixture
def people(org_a, org_b, admin_a):
    petra = make_person("Petra", "Persson", "petra@example.se")
    olle = make_person("Olle", "Ohlsson", "olle@example.se")
    return {
        "petra": (petra, traces_of(petra, org_a, admin_a)),
        "olle": (olle, traces_of(olle, org_b, admin_a)),
    }


def test_export_has_every_row_about_the_person(people):
    petra, traces = people["petra"]
    data = export.collect(Person.by_email("PETRA@example.se"), timezone.now())
    rows = data["rows"]
    pks = {label: {row["pk"] for row in found} for label, found in rows.items()}
    assert pks["auth.User"] == {petra.pk}
    assert len(rows["accounts.Membership"]) == 1
    assert len(rows["accounts.Invitation"]) == 1
    assert rows["organisations.BodyMember"][0]["fields"]["name"] == "Petra Persson"
    assert rows["organisations.ContactPerson"][0]["fields"]["phone"] == "070-1"
    assert len(rows["consultation.Invitee"]) == 1
    assert {traces["comment"], traces["own_comment"]} <= pks["consultation.Comment"]
    assert len(rows["contact.ContactMessage"]) == 1
    assert len(rows["organisations.Network"]) == 1
    assert len(rows["actionplan.Action"]) == 1
    assert len(rows["actionplan.ProgressEntry"]) == 1  # authored, and it names her
    assert pks["practices.Practice"] == {traces["practice"]}
    assert rows["sessions.Session"][0]["pk"] is None  # the session key is a secret
    assert any("Arbetsgruppen" in entry["object"] for entry in data["audit"])  # her changes


def test_export_holds_nothing_of_another_person_nor_secrets(people):
    olle, _ = people["olle"]
    text = export.to_json(export.collect(Person.by_email("petra@example.se"), timezone.now()))
    for other in ("olle@example.se", "Olle", "Ohlsson", "Göteborg"):
        assert other not in text
    assert "password" not in text and "token_hash" not in text and "session_data" not in text
    assert "pbkdf2" not in text and "md5$" not in text


def test_cli_writes_the_export(people, tmp_path):
    out = tmp_path / "petra.json"
    result = CliRunner().invoke(person_cli, ["export", "petra@example.se", "--out", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["person"] == {"email": "petra@example.se", "name": "Petra Persson"}
    assert "Olle" not in out.read_text(encoding="utf-8")


def test_a_person_without_an_account_is_found_by_email_and_name(people):
    data = export.collect(Person.by_email("nobody@example.se", "Petra Persson"), timezone.now())
    assert "auth.User" not in data["rows"]
    assert len(data["rows"]["organisations.BodyMember"]) == 1
