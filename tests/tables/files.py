"""Small files built in the tests: CSV text in any encoding, and .xlsx workbooks."""

import io

from openpyxl import Workbook

from styra.tables.values import COLUMNS, REQUIRED

HEADER = ["indikator", "område", "år", "kön", "värde"]


def csv_bytes(rows, delimiter=";", encoding="utf-8", header=HEADER) -> bytes:
    lines = [delimiter.join(header), *(delimiter.join(map(str, row)) for row in rows)]
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def xlsx_bytes(rows, header=HEADER, extra_sheet=False) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(list(row))
    if extra_sheet:
        workbook.create_sheet("Annat").append(["inget", "här"])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


__all__ = ["COLUMNS", "HEADER", "REQUIRED", "csv_bytes", "xlsx_bytes"]
