"""Erasing a person: afterwards the whole database (dumpdata) holds neither their name
nor their e-mail address, except in fields the register keeps on purpose
(``How.KEEP``, docs/personal-data.md); comments keep their text; another person is
untouched; the account cannot sign in."""

import json
from io import StringIO

import pytest
from click.testing import CliRunner
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.management import call_command

from styra.cli.person import person as person_cli
from styra.web.accounts.models import Membership
from styra.web.consultation.models import Comment
from styra.web.organisations.models import BodyMember, ContactPerson
from styra.web.personal.erase import erase
from styra.web.personal.people import Person
from styra.web.personal.registry import ERASED_NAME, REGISTER, How
from tests.web.personal.material import make_person, traces_of

SECRETS = ("petra@example.se", "Petra Persson", "petra")


@pytest.fixture
def people(org_a, org_b, admin_a):
    petra = make_person("Petra", "Persson", "petra@example.se")
    olle = make_person("Olle", "Ohlsson", "olle@example.se")
    return {
        "petra": (petra, traces_of(petra, org_a, admin_a)),
        "olle": (olle, traces_of(olle, org_b, admin_a)),
    }


def dump() -> list[dict]:
    out = StringIO()
    call_command("dumpdata", "--natural-foreign", stdout=out)
    return json.loads(out.getvalue())


def kept_on_purpose(label: str, field: str) -> bool:
    model = apps.get_model(label)
    return REGISTER.get(model._meta.label, {}).get(field) is not None and (
        REGISTER[model._meta.label][field].how is How.KEEP
    )


def places_naming(rows: list[dict], strings) -> list[str]:
    found = []
    for row in rows:
        for field, value in row["fields"].items():
            text = json.dumps(value, ensure_ascii=False).lower()
            if any(s.lower() in text for s in strings):
                found.append(f"{row['model']}.{field}")
    return found


def test_nothing_names_the_person_after_erasure(people):
    petra, _ = people["petra"]
    before = places_naming(dump(), SECRETS)
    assert len(before) > 15  # the material really is everywhere

    report = erase(Person.by_email("petra@example.se"))

    left = [p for p in places_naming(dump(), SECRETS) if not kept_on_purpose(*p.rsplit(".", 1))]
    assert left == []
    assert report["auth.User"] == 1 and report["accounts.Membership"] == 1
    assert "consultation.Comment" in report
    assert report["audit"] >= 2  # her changes, pseudonymised


def test_comments_keep_their_text_but_not_the_name(people):
    petra, traces = people["petra"]
    olle_comment = Comment.objects.get(pk=people["olle"][1]["own_comment"])
    olle_comment.mentioned_users.add(petra)
    erase(Person.by_email("petra@example.se"))
    olle_comment.refresh_from_db()
    assert olle_comment.author_name == "Olle Ohlsson"  # only mentioned her: keeps its author
    assert not olle_comment.mentioned_users.exists()
    comment = Comment.objects.get(pk=traces["comment"])
    assert comment.author_name == ERASED_NAME
    assert comment.text == f"Bra underlag, hälsar {ERASED_NAME}."
    assert Comment.objects.get(pk=traces["own_comment"]).text == "Ja."


def test_the_account_is_closed_and_the_other_person_untouched(people):
    petra, traces = people["petra"]
    olle, _ = people["olle"]
    olle_before = places_naming(dump(), ("olle@example.se", "Olle Ohlsson"))
    erase(Person.by_email("petra@example.se"))
    petra.refresh_from_db()
    assert not petra.is_active and not petra.has_usable_password()
    assert petra.get_full_name() == ERASED_NAME and petra.email == ""
    assert not Membership.objects.filter(user=petra).exists()
    assert not Session.objects.filter(pk=traces["session"]).exists()
    assert not BodyMember.objects.filter(name="Petra Persson").exists()
    assert ContactPerson.objects.filter(name=ERASED_NAME).count() == 1
    assert places_naming(dump(), ("olle@example.se", "Olle Ohlsson")) == olle_before
    assert get_user_model().objects.get(pk=olle.pk).is_active


def test_cli_asks_before_erasing(people):
    refused = CliRunner().invoke(person_cli, ["erase", "petra@example.se"], input="n\n")
    assert refused.exit_code != 0
    assert get_user_model().objects.filter(email="petra@example.se").exists()
    done = CliRunner().invoke(person_cli, ["erase", "petra@example.se", "--yes"])
    assert done.exit_code == 0, done.output
    assert "auth.User: 1" in done.output
    assert not get_user_model().objects.filter(email="petra@example.se").exists()
