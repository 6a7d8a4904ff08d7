"""Styra's shipped rådighet defaults: one level and rationale per target, for kommun and region.

The defaults live in ``defaults.csv`` beside this module (see docs/radighet.md).
They are Styra's own judgement, written for Styra, not an official source. The
file is validated when it is read: a bad value raises ``DefaultsFileError``
naming the row and the column. Rows are counted from 1 for the first data row
(the header is not a row), as in ``styra.agenda2030``.
"""

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from styra.files import FileProblem
from styra.radighet.levels import check_area_type, check_level
from styra.sdg import UnknownSdgId, load_catalog, parse_target_id

COLUMNS = ("target_id", "kommun_level", "kommun_rationale", "region_level", "region_rationale")
MAX_RATIONALE = 160
SHIPPED_FILE = "defaults.csv"


class DefaultsFileError(FileProblem):
    """The rådighet defaults file holds a value Styra cannot accept."""

    def __init__(
        self,
        message: str,
        row: int | None = None,
        column: str | None = None,
        file: str = SHIPPED_FILE,
    ):
        super().__init__(message, file=file, row=row, column=column)


@dataclass(frozen=True)
class DefaultMandate:
    """The shipped rådighet of one target for a kommun and for a region."""

    target_id: str
    kommun_level: int
    kommun_rationale: str
    region_level: int
    region_rationale: str

    def level(self, area_type: str) -> int:
        return self.kommun_level if check_area_type(area_type) == "K" else self.region_level

    def rationale(self, area_type: str) -> str:
        return self.kommun_rationale if check_area_type(area_type) == "K" else self.region_rationale


class _Row:
    def __init__(self, index: int, values: dict[str, str], file: str):
        self.index, self.values, self.file = index, values, file

    def fail(self, column: str, message: str) -> DefaultsFileError:
        return DefaultsFileError(message, row=self.index, column=column, file=self.file)

    def target_id(self) -> str:
        text = (self.values.get("target_id") or "").strip()
        if not text:
            raise self.fail("target_id", "is empty")
        try:
            normalised = parse_target_id(text)
            load_catalog().target(normalised)
        except (ValueError, UnknownSdgId) as error:
            raise self.fail("target_id", str(error)) from None
        if normalised != text:
            raise self.fail("target_id", f"write {text!r} as issued: {normalised!r}")
        return text

    def level(self, column: str) -> int:
        text = (self.values.get(column) or "").strip()
        if not text:
            raise self.fail(column, "is empty")
        try:
            return check_level(int(text))
        except ValueError:
            raise self.fail(column, f"{text!r} is not a rådighet level (0, 1, 2 or 3)") from None

    def rationale(self, column: str) -> str:
        text = (self.values.get(column) or "").strip()
        if not text:
            raise self.fail(column, "is empty: every level needs a one-line rationale")
        if "\n" in text or "\r" in text:
            raise self.fail(column, "must be one line")
        if len(text) > MAX_RATIONALE:
            raise self.fail(column, f"is {len(text)} characters; at most {MAX_RATIONALE}")
        return text

    def mandate(self) -> DefaultMandate:
        return DefaultMandate(
            target_id=self.target_id(),
            kommun_level=self.level("kommun_level"),
            kommun_rationale=self.rationale("kommun_rationale"),
            region_level=self.level("region_level"),
            region_rationale=self.rationale("region_rationale"),
        )


def _check_header(reader: csv.DictReader, file: str) -> None:
    header = tuple(reader.fieldnames or ())
    for column in COLUMNS:
        if column not in header:
            raise DefaultsFileError("is missing from the header", column=column, file=file)
    extra = [column for column in header if column not in COLUMNS]
    if extra:
        raise DefaultsFileError(f"unknown columns in the header: {extra}", file=file)


def parse_defaults(source: str | Path) -> Mapping[str, DefaultMandate]:
    """Read and validate a defaults CSV: a ``Path``, a path string, or the CSV text itself.

    A string containing a line break is taken as CSV text, otherwise as a path.
    Every target of the SDG catalog must appear exactly once. The result maps
    target id to ``DefaultMandate`` in the catalog's order.
    """
    file = SHIPPED_FILE
    if isinstance(source, Path) or "\n" not in source:
        path = Path(source)
        file, source = path.name, path.read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(source.lstrip("\ufeff")))
    _check_header(reader, file)
    found: dict[str, DefaultMandate] = {}
    first_row: dict[str, int] = {}
    for number, values in enumerate(reader, start=1):
        if None in values:
            raise DefaultsFileError("has more fields than the header", row=number, file=file)
        mandate = _Row(number, values, file).mandate()
        if mandate.target_id in first_row:
            message = f"{mandate.target_id} is already on row {first_row[mandate.target_id]}"
            raise DefaultsFileError(message, row=number, column="target_id", file=file)
        first_row[mandate.target_id] = number
        found[mandate.target_id] = mandate
    catalog_ids = [target.target_id for target in load_catalog().targets]
    missing = [target_id for target_id in catalog_ids if target_id not in found]
    if missing:
        shown = ", ".join(missing[:10]) + (" …" if len(missing) > 10 else "")
        message = f"misses {len(missing)} of the {len(catalog_ids)} SDG targets: {shown}"
        raise DefaultsFileError(message, column="target_id", file=file)
    return MappingProxyType({target_id: found[target_id] for target_id in catalog_ids})


@cache
def load_defaults() -> Mapping[str, DefaultMandate]:
    """The defaults shipped with Styra, keyed by target id (read once, then cached)."""
    text = resources.files("styra.radighet").joinpath(SHIPPED_FILE).read_text(encoding="utf-8")
    return parse_defaults(text)


def _default(target_id: str) -> DefaultMandate:
    try:
        normalised = parse_target_id(target_id)
    except ValueError as error:
        raise UnknownSdgId(str(error)) from None
    try:
        return load_defaults()[normalised]
    except KeyError:
        raise UnknownSdgId(f"no SDG target {target_id!r} in the catalog") from None


def default_level(target_id: str, area_type: str) -> int:
    """The shipped level of a target for a kommun (``"K"``) or a region (``"L"``)."""
    return _default(target_id).level(area_type)


def default_rationale(target_id: str, area_type: str) -> str:
    """The shipped one-line rationale behind ``default_level``."""
    return _default(target_id).rationale(area_type)


def default_levels(area_type: str) -> dict[str, int]:
    """All shipped levels for one area type: target id → level, in catalog order."""
    check_area_type(area_type)
    return {target_id: d.level(area_type) for target_id, d in load_defaults().items()}
