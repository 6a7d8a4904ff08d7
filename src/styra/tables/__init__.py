"""Tables in and out: CSV and Excel export of any table, and row-checked import.

Pure: no Django. Every CSV and Excel file Styra writes (the web app's exports,
``styra analyse --format csv``) goes through ``export``, so every file says where
its data comes from and no cell can run as a formula in the reader's spreadsheet;
imports go through ``reading``, so every refused file names its row and column.
"""

from styra.tables.export import (
    ExportTable,
    plain_csv_pieces,
    starts_like_formula,
    write_csv,
    write_plain_csv,
    write_xlsx,
)
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
    "plain_csv_pieces",
    "read_own_values",
    "read_table",
    "starts_like_formula",
    "write_csv",
    "write_plain_csv",
    "write_xlsx",
]
