"""The dimensions of the self-assessment, read from ``dimensions.yaml`` beside this module.

The file is Styra's own text (see docs/maturity.md). It is validated when it
is read: anything wrong raises ``DimensionsFileError`` naming the dimension
(its position, counted from 1, and its id where known) and the field.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from styra.files import FileProblem
from styra.maturity.scale import LEVELS

SHIPPED_FILE = "dimensions.yaml"
FIELDS = ("id", "name_sv", "name_en", "question_sv", "levels", "suggestions")
SUGGESTION_BANDS = ("low", "middle")
MIN_DIMENSIONS, MAX_DIMENSIONS = 6, 8
MIN_SUGGESTIONS, MAX_SUGGESTIONS = 2, 3
MAX_TEXT = 300
ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,39}$")


class DimensionsFileError(FileProblem):
    """The dimensions file holds something Styra cannot accept.

    The file is YAML, not a table: its place is the dimension (position and id)
    and the field instead of a row and a column.
    """

    def __init__(
        self,
        message: str,
        position: int | None = None,
        dimension_id: str | None = None,
        field: str | None = None,
        file: str = SHIPPED_FILE,
    ):
        self.position, self.dimension_id, self.field = position, dimension_id, field
        super().__init__(message, file=file)

    def place_parts(self) -> tuple[str | None, ...]:
        dimension = None if self.position is None else f"dimension {self.position}"
        if dimension and self.dimension_id:
            dimension += f" ({self.dimension_id})"
        field = None if self.field is None else f'fält "{self.field}"'
        return (self.file, dimension, field)


@dataclass(frozen=True)
class Dimension:
    """One dimension of steering with Agenda 2030, with its five levels described."""

    id: str
    name_sv: str
    name_en: str
    question_sv: str
    levels: tuple[str, ...]  # levels[k] describes level k, k = 0…4
    suggestions_low: tuple[str, ...]  # for an organisation at level 0–1
    suggestions_middle: tuple[str, ...]  # for an organisation at level 2

    def name(self, language: str = "sv") -> str:
        return self.name_en if language == "en" else self.name_sv

    def suggestions(self, band: str | None) -> tuple[str, ...]:
        """The suggestions for ``band`` ("low", "middle"); none for ``None``."""
        if band is None:
            return ()
        if band not in SUGGESTION_BANDS:
            raise ValueError(f"{band!r} is not a suggestion band: use 'low' or 'middle'")
        return self.suggestions_low if band == "low" else self.suggestions_middle


class _Entry:
    def __init__(self, position: int, values: object, file: str):
        self.position, self.file = position, file
        self.id: str | None = None
        if not isinstance(values, Mapping):
            raise self.fail(None, "must be a mapping of the fields " + ", ".join(FIELDS))
        self.values = values

    def fail(self, field: str | None, message: str) -> DimensionsFileError:
        return DimensionsFileError(message, self.position, self.id, field, self.file)

    def text(self, field: str, value: object = None) -> str:
        value = self.values.get(field) if value is None else value
        if not isinstance(value, str) or not value.strip():
            raise self.fail(field, "must be a non-empty text")
        text = value.strip()
        if "\n" in text:
            raise self.fail(field, "must be one line")
        if len(text) > MAX_TEXT:
            raise self.fail(field, f"is {len(text)} characters; at most {MAX_TEXT}")
        return text

    def levels(self) -> tuple[str, ...]:
        levels = self.values.get("levels")
        if not isinstance(levels, Mapping) or set(levels) != set(LEVELS):
            keys = sorted(levels, key=str) if isinstance(levels, Mapping) else levels
            raise self.fail("levels", f"must describe exactly the levels 0–4, got {keys!r}")
        return tuple(self.text(f"levels.{level}", levels[level]) for level in LEVELS)

    def suggestions(self) -> dict[str, tuple[str, ...]]:
        suggestions = self.values.get("suggestions")
        if not isinstance(suggestions, Mapping) or set(suggestions) != set(SUGGESTION_BANDS):
            raise self.fail("suggestions", "must have exactly the keys 'low' and 'middle'")
        bands = {}
        for band in SUGGESTION_BANDS:
            items = suggestions[band]
            field = f"suggestions.{band}"
            if not isinstance(items, list) or not MIN_SUGGESTIONS <= len(items) <= MAX_SUGGESTIONS:
                raise self.fail(field, f"must be a list of {MIN_SUGGESTIONS}–{MAX_SUGGESTIONS}")
            bands[band] = tuple(self.text(f"{field}.{i}", item) for i, item in enumerate(items, 1))
        return bands

    def dimension(self) -> Dimension:
        unknown = sorted(set(self.values) - set(FIELDS), key=str)
        if unknown:
            raise self.fail(None, f"unknown fields: {unknown}")
        raw_id = self.values.get("id")
        if not isinstance(raw_id, str) or not ID_PATTERN.match(raw_id):
            raise self.fail("id", f"{raw_id!r} is not an id (lowercase letters, digits, _)")
        self.id = raw_id
        name_sv, name_en, question = self.text("name_sv"), self.text("name_en"), self._question()
        levels, suggestions = self.levels(), self.suggestions()
        return Dimension(
            id=raw_id,
            name_sv=name_sv,
            name_en=name_en,
            question_sv=question,
            levels=levels,
            suggestions_low=suggestions["low"],
            suggestions_middle=suggestions["middle"],
        )

    def _question(self) -> str:
        question = self.text("question_sv")
        if not question.endswith("?"):
            raise self.fail("question_sv", "must be one question, ending with '?'")
        return question


def parse_dimensions(source: str | Path) -> tuple[Dimension, ...]:
    """Read and check a dimensions file: YAML text, or a path to one."""
    file = SHIPPED_FILE
    if isinstance(source, Path) or (isinstance(source, str) and source.endswith((".yaml", ".yml"))):
        file = Path(source).name
        source = Path(source).read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(source)
    except yaml.YAMLError as error:
        raise DimensionsFileError(f"is not valid YAML: {error}", file=file) from None
    if not isinstance(data, list):
        raise DimensionsFileError("must be a list of dimensions", file=file)
    if not MIN_DIMENSIONS <= len(data) <= MAX_DIMENSIONS:
        raise DimensionsFileError(
            f"has {len(data)} dimensions; {MIN_DIMENSIONS}–{MAX_DIMENSIONS} expected", file=file
        )
    dimensions: list[Dimension] = []
    seen: dict[str, int] = {}
    for position, values in enumerate(data, 1):
        dimension = _Entry(position, values, file).dimension()
        if dimension.id in seen:
            raise DimensionsFileError(
                f"{dimension.id} is already dimension {seen[dimension.id]}",
                position,
                dimension.id,
                "id",
                file,
            )
        seen[dimension.id] = position
        dimensions.append(dimension)
    return tuple(dimensions)


@cache
def load_dimensions() -> tuple[Dimension, ...]:
    """The shipped dimensions, in the order of the file (read and checked once)."""
    text = resources.files("styra.maturity").joinpath(SHIPPED_FILE).read_text(encoding="utf-8")
    return parse_dimensions(text)


def dimension_ids() -> tuple[str, ...]:
    return tuple(dimension.id for dimension in load_dimensions())
