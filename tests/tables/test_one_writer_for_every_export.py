"""Every CSV and Excel file Styra writes comes from ``styra.tables.export``.

Only that module may use the ``csv`` writers or write a workbook, so no export can
skip its protection against formulas (tests/tables/test_export_writes_formulas_as_text.py).
Readers (``csv.reader``, ``openpyxl.load_workbook``) are free to use.
"""

import re
from pathlib import Path

import styra

SOURCE = Path(styra.__file__).parent
THE_WRITER = SOURCE / "tables" / "export.py"
WRITING = re.compile(
    r"csv\.(writer|DictWriter)\b"
    r"|from\s+csv\s+import\s+[^\n]*\b(writer|DictWriter)\b"
    r"|\bWorkbook\b"
    r"|\bxlsxwriter\b"
    r"|\.write_excel\("
)


def writers_outside_the_shared_one() -> list[str]:
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        if path == THE_WRITER:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if WRITING.search(line.split("#")[0]):
                found.append(f"{path.relative_to(SOURCE)}:{number}: {line.strip()}")
    return found


def test_only_the_shared_writer_writes_csv_or_excel():
    assert writers_outside_the_shared_one() == []


def test_the_check_sees_a_writer():
    assert WRITING.search("writer = csv.writer(out)")
    assert WRITING.search("from openpyxl import Workbook")
    assert not WRITING.search("rows = csv.reader(text)")
    assert not WRITING.search("book = load_workbook(data, read_only=True)")
