"""A problem in a file, and where it is: the one base of every reader's error.

Every reader (uploads in ``styra.tables``, the Kolada bundle, the curated KPI
set, the rådighet defaults, the maturity dimensions, the interaction matrix)
raises a ``FileProblem`` subclass carrying the structured place (``file``,
``row``, ``column``, each optional) and the message, and says the place one
way: ``kpis.csv, rad 3, kolumn "goal": …``. Rows are counted as the reader's
module says (uploads as a spreadsheet shows them, the header being row 1).
The web shows the fields in a table under translated headings; the text
form is for logs, the command line and tests.
"""

__all__ = ["FileProblem", "place"]


def place(*parts: str | None) -> str:
    """The place's parts that are known, joined: ``kpis.csv, rad 3, kolumn "goal"``."""
    return ", ".join(part for part in parts if part)


class FileProblem(ValueError):
    """Something in a file Styra cannot accept: the message and where it is, if known."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        self.message, self.file, self.row, self.column = message, file, row, column
        super().__init__(str(self))

    def place_parts(self) -> tuple[str | None, ...]:
        """The place from the widest to the narrowest; a reader may name other parts."""
        return (
            self.file,
            None if self.row is None else f"rad {self.row}",
            None if self.column is None else f'kolumn "{self.column}"',
        )

    @property
    def place(self) -> str:
        return place(*self.place_parts())

    def __str__(self) -> str:
        where = self.place
        return f"{where}: {self.message}" if where else self.message
