"""The manifest: refuses another format, and names migrations the code does not have."""

import datetime
import decimal
import uuid

import pytest

from styra.backup.manifest import Manifest, ManifestError, unknown_migrations, utc_timestamp
from styra.backup.values import decode_binary, decode_duration, encode_value


def test_an_archive_from_a_newer_styra_has_unknown_migrations():
    archived = {"focus": ["0001_initial", "0002_updated_at", "0003_new"], "vlr": ["0001_initial"]}
    known = {"focus": {"0001_initial", "0002_updated_at"}, "vlr": {"0001_initial"}}
    assert unknown_migrations(archived, known) == ["focus.0003_new"]


def test_an_older_archive_has_none():
    archived = {"focus": ["0001_initial"]}
    known = {"focus": {"0001_initial", "0002_updated_at"}, "vlr": {"0001_initial"}}
    assert unknown_migrations(archived, known) == []


def test_another_format_is_refused():
    with pytest.raises(ManifestError, match="not a Styra backup"):
        Manifest.from_json({"format": "something-else"})


def test_another_format_version_is_refused():
    with pytest.raises(ManifestError, match="backup format 2"):
        Manifest.from_json({"format": "styra-backup", "format_version": 2})


def test_created_at_is_utc():
    stockholm = datetime.timezone(datetime.timedelta(hours=1))
    moment = datetime.datetime(2026, 12, 6, 13, 5, 7, 123, tzinfo=stockholm)
    assert utc_timestamp(moment) == "2026-12-06T12:05:07+00:00"


def test_values_encode_the_same_from_any_database():
    moment = datetime.datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=datetime.UTC)
    assert encode_value(moment) == "2026-01-02T03:04:05.000006+00:00"
    assert encode_value(datetime.date(2026, 1, 2)) == "2026-01-02"
    assert encode_value(decimal.Decimal("1.50")) == "1.50"
    key = uuid.UUID(int=1)
    assert encode_value(key) == "00000000-0000-0000-0000-000000000001"
    assert decode_binary(encode_value(memoryview(b"\x00\xff"))) == b"\x00\xff"
    week = datetime.timedelta(days=7, microseconds=1)
    assert decode_duration(encode_value(week)) == week
    assert encode_value({"goals": [4]}) == {"goals": [4]}
