"""The coordinator plans a meeting and its tasks; the list splits upcoming and past; the
.ics file is a proper iCalendar event; the network page's tag shows the next three."""

import datetime as dt

from django.template import Context, Template
from django.urls import reverse
from django.utils import timezone

from styra.web.meetings import ics
from styra.web.meetings.models import Meeting, MeetingTask


def test_the_coordinator_plans_a_meeting(client_for, coordinator, network):
    response = client_for(coordinator).post(
        reverse("network-meeting-create", args=[network.pk]),
        {
            "title": "Höstträffen",
            "day": "2099-10-02",
            "starts": "13:00",
            "ends": "16.30",
            "location": "https://meet.example.se/host",
            "agenda": "Lärande exempel",
        },
    )
    meeting = Meeting.objects.get(title="Höstträffen")
    assert response["Location"] == reverse("network-meeting", args=[network.pk, meeting.pk])
    local = timezone.localtime(meeting.starts_at)
    assert (local.date(), local.hour) == (dt.date(2099, 10, 2), 13)
    assert timezone.localtime(meeting.ends_at).minute == 30
    assert meeting.created_by == coordinator


def test_a_meeting_ends_after_it_starts(client_for, coordinator, network):
    response = client_for(coordinator).post(
        reverse("network-meeting-create", args=[network.pk]),
        {"title": "Fel", "day": "2099-10-02", "starts": "13:00", "ends": "12:00"},
    )
    assert response.status_code == 400
    assert not Meeting.objects.exists()


def test_notes_and_decisions_are_written_after_the_meeting(client_for, coordinator, meeting):
    url = reverse("network-meeting-edit", args=[meeting.network_id, meeting.pk])
    client = client_for(coordinator)
    form = client.get(url).content.decode()
    assert 'value="2099-03-12"' in form and 'value="09:00"' in form
    client.post(
        url,
        {
            "title": meeting.title,
            "day": "2099-03-12",
            "starts": "09:00",
            "ends": "12:00",
            "notes": "Bra samtal.",
            "decisions": "Alla fryser analysen före juni.",
        },
    )
    meeting.refresh_from_db()
    assert meeting.decisions == "Alla fryser analysen före juni."


def test_the_coordinator_adds_a_task_for_one_member(client_for, coordinator, meeting, org_b):
    url = reverse("network-meeting-task-create", args=[meeting.network_id, meeting.pk])
    client = client_for(coordinator)
    client.post(url, {"text": "Bjud in till nästa träff", "organisation": org_b.pk})
    client.post(url, {"text": "Läs rapporten", "organisation": "", "due_on": "2099-04-01"})
    tasks = {t.text: t for t in MeetingTask.objects.all()}
    assert tasks["Bjud in till nästa träff"].organisation == org_b
    assert tasks["Läs rapporten"].for_all and tasks["Läs rapporten"].due_on == dt.date(2099, 4, 1)


def test_a_task_goes_only_to_a_member(client_for, coordinator, meeting, org_c):
    url = reverse("network-meeting-task-create", args=[meeting.network_id, meeting.pk])
    response = client_for(coordinator).post(url, {"text": "X", "organisation": org_c.pk})
    assert response.status_code == 400 and not MeetingTask.objects.exists()


def test_the_list_splits_upcoming_and_past(client_for, editor_a, network, meeting):
    now = timezone.now()
    Meeting.objects.create(
        network=network,
        title="Förra träffen",
        starts_at=now - dt.timedelta(days=30),
        ends_at=now - dt.timedelta(days=30, hours=-2),
    )
    page = client_for(editor_a).get(reverse("network-meeting-list", args=[network.pk]))
    upcoming, past = page.content.decode().split('id="past-heading"')
    assert "Vårträffen" in upcoming and "Förra träffen" in past and "Förra träffen" not in upcoming


def test_the_ics_file_is_an_escaped_icalendar_event(client_for, editor_b, meeting):
    response = client_for(editor_b).get(
        reverse("network-meeting-ics", args=[meeting.network_id, meeting.pk])
    )
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"] == 'attachment; filename="vartraffen.ics"'
    text = response.content.decode()
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR" and lines[-1] == ""
    assert "SUMMARY:Vårträffen (Agenda 2030-nätverket)" in lines
    assert "LOCATION:SKR\\, Hornsgatan 20\\; rum 4" in lines
    assert "DESCRIPTION:1. Nulägesanalysen\\n2. Nästa steg" in lines
    start = meeting.starts_at.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    assert f"DTSTART:{start}" in lines
    assert f"UID:meeting-{meeting.pk}@" in text


def test_long_lines_are_folded_at_75_octets():
    moment = dt.datetime(2099, 1, 1, tzinfo=dt.UTC)
    event = ics.Event("u", "Å" * 100, moment, moment, moment)
    lines = ics.calendar_text(event).split("\r\n")
    summary = [line for line in lines if line.startswith("SUMMARY") or line.startswith(" ")]
    assert len(summary) > 1
    assert all(len(line.encode()) <= 75 for line in lines)
    assert "".join(line.removeprefix(" ") for line in summary) == "SUMMARY:" + "Å" * 100


def test_the_tag_lists_the_next_three_meetings(network, meeting):
    starts = meeting.starts_at
    for days in (1, 2, 3):
        Meeting.objects.create(
            network=network,
            title=f"Träff {days}",
            starts_at=starts + dt.timedelta(days=days),
            ends_at=starts + dt.timedelta(days=days, hours=1),
        )
    html = Template('{% include "meetings/_upcoming.html" %}').render(Context({"network": network}))
    assert "Vårträffen" in html and "Träff 2" in html and "Träff 3" not in html
