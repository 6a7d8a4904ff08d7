"""Tables in and out: CSV and Excel export of any table, and row-checked import.

Pure: no Django. The web app's exports and imports (own indicator values,
later action plans) all go through here, so every file says where its data
comes from and every refused file names its row and column.
"""

from styra.tables.export import ExportTable, write_csv, write_xlsx
from styra.tables.reading import Limits, Table, TableError, TableRow, read_table
from styra.tables.values import (
    OwnValueRow,
    RowErrors,
    parse_number,
    parse_own_values,
    read_own_values,
)

__all__ = [
    "ExportTable",
    "Limits",
    "OwnValueRow",
    "RowErrors",
    "Table",
    "TableError",
    "TableRow",
    "parse_number",
    "parse_own_values",
    "read_own_values",
    "read_table",
    "write_csv",
    "write_xlsx",
]
