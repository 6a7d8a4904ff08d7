"""The manifest of a backup archive: what it holds, and whether this code can restore it."""

import datetime
from dataclasses import asdict, dataclass, field
from typing import Any

FORMAT = "styra-backup"
FORMAT_VERSION = 1


class ManifestError(ValueError):
    """The archive cannot be restored; the message says why."""


@dataclass
class TableEntry:
    """One table's member: its model, rows and the digest of its uncompressed lines."""

    db_table: str
    member: str
    columns: list[str]
    rows: int
    rows_sha256: str


@dataclass
class Manifest:
    styra_version: str
    django_version: str
    database_vendor: str
    created_at: str
    migrations: dict[str, list[str]]
    tables: dict[str, TableEntry] = field(default_factory=dict)
    files: dict[str, int] = field(default_factory=dict)
    members: dict[str, dict[str, Any]] = field(default_factory=dict)
    format: str = FORMAT
    format_version: int = FORMAT_VERSION

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Manifest":
        if data.get("format") != FORMAT:
            raise ManifestError("not a Styra backup (manifest.json names another format)")
        if data.get("format_version") != FORMAT_VERSION:
            raise ManifestError(
                f"backup format {data.get('format_version')} is not the {FORMAT_VERSION} "
                "this Styra reads"
            )
        try:
            tables = {label: TableEntry(**entry) for label, entry in data["tables"].items()}
            return cls(**{**data, "tables": tables})
        except (KeyError, TypeError) as error:
            raise ManifestError(f"manifest.json is incomplete: {error}") from error


def utc_timestamp(now: datetime.datetime) -> str:
    return now.astimezone(datetime.UTC).isoformat(timespec="seconds")


def unknown_migrations(archived: dict[str, list[str]], known: dict[str, set[str]]) -> list[str]:
    """``app.migration`` names applied in the archive that the code does not have.

    An archive from a newer Styra has them; restoring it would lose columns or rows.
    """
    return sorted(
        f"{app}.{name}"
        for app, names in archived.items()
        for name in names
        if name not in known.get(app, set())
    )
