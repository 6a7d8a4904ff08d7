"""A small check of a Frictionless Data Package and its files, after the specification
(Data Package v1/v2, Table Schema): the properties it requires and the types it names.

The ``frictionless`` package would do this too, but it is heavy (dozens of
dependencies) for the few rules Styra's packages must keep; these are the rules.

``package_problems(descriptor)`` lists what the descriptor breaks;
``csv_problems(resource, text)`` and ``json_problems(resource, rows)`` what a file
breaks against its resource's schema: the columns in order, each cell of its type
(an empty cell or null is missing), the primary key present and unique.
"""

import csv
import io
import re
from datetime import date, datetime

NAME = re.compile(r"^[-a-z0-9._/]+$")  # v1's name pattern (v2 only recommends it)
TYPES = {"string", "number", "integer", "boolean", "date", "datetime", "year", "object", "array"}
LICENCES = {"CC-BY-4.0", "CC0-1.0", "CC-BY-SA-4.0"}
TRUE, FALSE = {"true", "True", "TRUE", "1"}, {"false", "False", "FALSE", "0"}


def package_problems(descriptor: dict) -> list[str]:
    problems = []
    resources = descriptor.get("resources")
    if not isinstance(resources, list) or not resources:
        return ["resources: required, a non-empty list"]
    if "name" in descriptor and not NAME.match(descriptor["name"]):
        problems.append(f"name: {descriptor['name']!r} is not lower case letters, digits, -._/")
    if "created" in descriptor:
        try:
            datetime.fromisoformat(descriptor["created"])
        except (TypeError, ValueError):
            problems.append(f"created: {descriptor['created']!r} is not ISO 8601")
    problems += licence_problems("licenses", descriptor.get("licenses", []))
    for key in ("sources", "contributors"):
        for i, item in enumerate(descriptor.get(key, [])):
            if not item.get("title"):
                problems.append(f"{key}[{i}]: title required")
    names = [resource.get("name") for resource in resources]
    if len(set(names)) != len(names):
        problems.append("resources: names must be unique")
    for resource in resources:
        problems += resource_problems(resource)
    return problems


def licence_problems(where: str, licences) -> list[str]:
    problems = []
    for i, licence in enumerate(licences):
        if not (licence.get("name") or licence.get("path")):
            problems.append(f"{where}[{i}]: name or path required")
        if licence.get("name") and licence["name"] not in LICENCES:
            problems.append(f"{where}[{i}]: unknown licence {licence['name']!r}")
        if licence.get("path") and not licence["path"].startswith("https://"):
            problems.append(f"{where}[{i}]: path must be a URL")
    return problems


def resource_problems(resource: dict) -> list[str]:
    name = resource.get("name", "?")
    problems = []
    if not NAME.match(str(resource.get("name", ""))):
        problems.append(f"{name}: name required, lower case letters, digits, -._/")
    path = resource.get("path")
    if not isinstance(path, str) or path.startswith("/") or ".." in path or "://" in path:
        problems.append(f"{name}: path required, relative to the package")
    if resource.get("format") not in {"csv", "json"}:
        problems.append(f"{name}: format {resource.get('format')!r}")
    problems += licence_problems(f"{name}.licenses", resource.get("licenses", []))
    fields = resource.get("schema", {}).get("fields")
    if not fields:
        return [*problems, f"{name}: schema.fields required"]
    field_names = [field.get("name") for field in fields]
    if None in field_names or len(set(field_names)) != len(field_names):
        problems.append(f"{name}: every field needs a unique name")
    for field in fields:
        if field.get("type") not in TYPES:
            problems.append(f"{name}.{field.get('name')}: type {field.get('type')!r}")
    for key in resource["schema"].get("primaryKey", []):
        if key not in field_names:
            problems.append(f"{name}: primary key {key!r} is not a field")
    return problems


def cell_problem(kind: str, cell) -> str | None:
    """Why ``cell`` (text from CSV, or a JSON value) is not of ``kind`` (None: it is)."""
    if cell is None or cell == "":
        return None
    text = cell if isinstance(cell, str) else None
    try:
        if kind in ("integer", "year"):
            if text is not None:
                int(text)
            elif isinstance(cell, bool) or not isinstance(cell, int):
                return "not an integer"
        elif kind == "number":
            if text is not None:
                float(text)
            elif not isinstance(cell, int | float) or isinstance(cell, bool):
                return "not a number"
        elif kind == "boolean":
            if (text is not None and text not in TRUE | FALSE) or (
                text is None and not isinstance(cell, bool)
            ):
                return "not a boolean"
        elif kind == "date":
            date.fromisoformat(str(cell))
        elif kind == "string" and text is None:
            return "not a string"
    except ValueError:
        return f"not a {kind}"
    return None


def rows_problems(resource: dict, rows: list[dict]) -> list[str]:
    fields = resource["schema"]["fields"]
    problems = []
    for number, row in enumerate(rows, start=1):
        for field in fields:
            why = cell_problem(field["type"], row.get(field["name"]))
            if why:
                problems.append(f"{resource['path']} row {number} {field['name']}: {why}")
    key = resource["schema"].get("primaryKey")
    if key:
        values = [tuple(row.get(name) for name in key) for row in rows]
        if any(part in (None, "") for value in values for part in value):
            problems.append(f"{resource['path']}: a primary key cell is missing")
        if len(set(values)) != len(values):
            problems.append(f"{resource['path']}: the primary key is not unique")
    return problems


def csv_problems(resource: dict, text: str) -> list[str]:
    names = [field["name"] for field in resource["schema"]["fields"]]
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    if header != names:
        return [f"{resource['path']}: columns {header} are not the schema's {names}"]
    return rows_problems(resource, [dict(zip(names, row, strict=True)) for row in reader])


def json_problems(resource: dict, rows) -> list[str]:
    names = [field["name"] for field in resource["schema"]["fields"]]
    if not isinstance(rows, list):
        return [f"{resource['path']}: not a JSON array"]
    for number, row in enumerate(rows, start=1):
        if list(row) != names:
            return [f"{resource['path']} row {number}: keys {list(row)} are not {names}"]
    return rows_problems(resource, rows)
