"""Database values as JSON: the same text whether SQLite or PostgreSQL held them."""

import base64
import datetime
import decimal
import uuid
from typing import Any


def encode_value(value: Any) -> Any:
    """A JSON-ready form of one column value (decoded again by the field that owns it)."""
    if isinstance(value, datetime.timedelta):
        return {"microseconds": value // datetime.timedelta(microseconds=1)}
    if isinstance(value, datetime.date | datetime.time):  # datetime is a date too
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def decode_duration(value: Any) -> Any:
    """The timedelta ``encode_value`` wrote (None stays None)."""
    if isinstance(value, dict) and "microseconds" in value:
        return datetime.timedelta(microseconds=value["microseconds"])
    return value


def decode_binary(value: Any) -> Any:
    return None if value is None else base64.b64decode(value)
