"""One Styra installation, driven in a subprocess: its database, data and media dirs come
from the environment (DATABASE_URL, STYRA_DATA_DIR, STYRA_MEDIA_ROOT), never the test database.

``python -m tests.web.backup.site seed``: load the mini bundle and make an organisation with
members, own indicators, decisions with uploaded PDFs, a network, groups and an admin log.
``python -m tests.web.backup.site serve``: the organisation's overview page and its decision
document, as its editor sees them; prints what was served.
"""

import datetime
import json
import sys
import tempfile
from pathlib import Path

from styra.cli.data import setup_django

ORGANISATION = "0180"
EDITOR = "erik_redaktor"
PUBLIC_FILE = ("logotyper/stockholm.txt", "Stockholms logotyp, ä ö å\n".encode())


def seed() -> None:
    from styra.cli import main
    from tests.kolada.minibundle import write_mini_bundle

    with tempfile.TemporaryDirectory() as folder:
        main(["load", str(write_mini_bundle(Path(folder)))], standalone_mode=False)
    from django.contrib.admin.models import CHANGE, LogEntry
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.models import ContentType
    from django.core.files.base import ContentFile
    from django.core.files.storage import storages

    from styra.web.accounts.models import Role
    from styra.web.organisations.models import LeadershipDecision, Network, Organisation
    from tests.web.factories import (
        budget_document,
        make_member,
        make_user,
        own_indicator,
        priority_decision,
        with_document,
    )

    stockholm = Organisation.objects.get(kolada_id=ORGANISATION)
    vasby = Organisation.objects.get(kolada_id="0114")
    editor = make_member(EDITOR, stockholm, Role.EDITOR, first_name="Erik", last_name="Ek")
    make_member("vera_visare", stockholm, Role.VIEWER, first_name="Vera")
    make_member("bengt_vasby", vasby, Role.EDITOR)
    coordinator = make_user("sara_samordnare", "Sara", "Samordnare")
    own_indicator(stockholm, "Cykelresor", values={2021: 12.5, 2022: 14.25, 2023: 0.1})
    budget_document(stockholm, editor)
    with_document(
        LeadershipDecision(
            organisation=stockholm,
            decided_on=datetime.date(2024, 3, 12),
            body="Kommunstyrelsen",
            reference="KS 2024/123 § 45",
        )
    )
    priority_decision(stockholm)
    network = Network.objects.create(name="Agenda 2030-nätverket", description="Lär av varandra.")
    network.coordinators.add(coordinator)
    network.members.add(stockholm, vasby)
    group = Group.objects.create(name="Redaktörer")
    group.permissions.add(*Permission.objects.filter(codename__startswith="change_")[:3])
    editor.groups.add(group)
    editor.user_permissions.add(Permission.objects.get(codename="view_organisation"))
    LogEntry.objects.create(
        user=coordinator,
        content_type=ContentType.objects.get_for_model(Organisation),
        object_id=stockholm.pk,
        object_repr=str(stockholm),
        action_flag=CHANGE,
        change_message=json.dumps([{"changed": {"fields": ["namn"]}}]),
    )
    storages["default"].save(PUBLIC_FILE[0], ContentFile(PUBLIC_FILE[1]))


def serve() -> None:
    from django.contrib.auth import get_user_model
    from django.test import Client, override_settings
    from django.urls import reverse

    from tests.web.conftest import MODEL_BACKEND

    plain_static = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    with override_settings(STORAGES={**settings_storages(), "staticfiles": plain_static}):
        client = Client()
        client.force_login(
            get_user_model().objects.get(username=EDITOR),
            backend=MODEL_BACKEND,
        )
        page = client.get(reverse("nulage-overview", args=[ORGANISATION]))
        document = client.get(reverse("organisations-decision-document", args=[ORGANISATION]))
        served = {
            "page_status": page.status_code,
            "page_names_organisation": "Stockholm" in page.content.decode(),
            "document_status": document.status_code,
            "document_is_pdf": b"".join(document.streaming_content).startswith(b"%PDF")
            if document.streaming
            else document.content.startswith(b"%PDF"),
        }
    print(json.dumps(served))


def settings_storages() -> dict:
    from django.conf import settings

    return dict(settings.STORAGES)


if __name__ == "__main__":
    setup_django()
    {"seed": seed, "serve": serve}[sys.argv[1]]()
