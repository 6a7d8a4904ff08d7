"""One meeting as an iCalendar file (RFC 5545): plain text, no Django.

Text values are escaped (backslash, semicolon, comma, newline), times are written
in UTC, and lines longer than 75 octets are folded, as the standard asks.
"""

import datetime as dt
from dataclasses import dataclass

PRODUCT = "-//Styra//Natverksmoten//SV"


@dataclass(frozen=True)
class Event:
    uid: str
    title: str
    starts_at: dt.datetime  # aware
    ends_at: dt.datetime  # aware
    stamp: dt.datetime  # aware: when the file was made
    location: str = ""
    description: str = ""
    url: str = ""


def escape(text: str) -> str:
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def fold(line: str) -> str:
    """Lines of at most 75 octets; each further piece starts with a space."""
    pieces, current = [], ""
    for char in line:
        limit = 75 if not pieces else 74
        if len((current + char).encode()) > limit:
            pieces.append(current)
            current = char
        else:
            current += char
    pieces.append(current)
    return "\r\n ".join(pieces)


def calendar_text(event: Event) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{event.uid}",
        f"DTSTAMP:{utc(event.stamp)}",
        f"DTSTART:{utc(event.starts_at)}",
        f"DTEND:{utc(event.ends_at)}",
        f"SUMMARY:{escape(event.title)}",
    ]
    if event.location:
        lines.append(f"LOCATION:{escape(event.location)}")
    if event.description:
        lines.append(f"DESCRIPTION:{escape(event.description)}")
    if event.url:
        lines.append(f"URL:{event.url}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) + "\r\n" for line in lines)
