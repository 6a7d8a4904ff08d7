"""Upload bombs made in the tests: zip archives built member by member with ``zipfile``
(fast, never through python-docx or openpyxl), and a PDF of blank pages."""

import io
import zipfile

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
)


def zip_of(members: dict[str, bytes | tuple[bytes, int]], level: int = 9) -> bytes:
    """A zip archive; a member given as (piece, times) is written ``times`` times over,
    so that a big member is never held in memory whole."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, body in members.items():
            piece, times = body if isinstance(body, tuple) else (body, 1)
            with archive.open(name, "w", force_zip64=True) as member:
                for _ in range(times):
                    member.write(piece)
    return out.getvalue()


def docx_bomb(megabytes: int = 60) -> bytes:
    """A .docx whose word/document.xml unpacks to ``megabytes`` MB (packs to ~0.2 MB)."""
    paragraph = b"<w:p><w:r><w:t>Budget</w:t></w:r></w:p>" * 26_214  # 1 MB
    return zip_of(
        {
            "[Content_Types].xml": CONTENT_TYPES.encode(),
            "word/document.xml": (paragraph, megabytes),
        }
    )


def xlsx_bomb(megabytes: int = 200) -> bytes:
    """An .xlsx whose xl/sharedStrings.xml unpacks to ``megabytes`` MB."""
    strings = b"<si><t>Kolada</t></si>" * 47_662  # 1 MB
    return zip_of(
        {
            "[Content_Types].xml": CONTENT_TYPES.encode(),
            "xl/workbook.xml": b"<workbook/>",
            "xl/sharedStrings.xml": (strings, megabytes),
        },
        level=1,  # fast to build; still packs 200 MB into about 1.5 MB
    )


def xlsx_rows(header: list[str], rows: int, row: list[str]) -> bytes:
    """A minimal valid .xlsx (inline strings) of ``header`` and ``rows`` rows, each ``row``
    with its number added to every cell (as real rows differ, so they pack as real ones)."""

    def cells(values: list[str]) -> str:
        return "".join(f'<c t="inlineStr"><is><t>{value}</t></is></c>' for value in values)

    body = "".join(f"<row>{cells([f'{v} {n}' for v in row])}</row>" for n in range(rows))
    sheet = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData><row>{cells(header)}</row>{body}</sheetData></worksheet>"
    )
    return zip_of(
        {
            "[Content_Types].xml": (
                b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
                b'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
                b'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
            ),
            "_rels/.rels": (
                b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
                b'org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                b"</Relationships>"
            ),
            "xl/workbook.xml": (
                b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                b'<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>'
            ),
            "xl/_rels/workbook.xml.rels": (
                b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
                b'org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                b"</Relationships>"
            ),
            "xl/worksheets/sheet1.xml": sheet.encode(),
        }
    )


def blank_pdf(pages: int) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


class CountingClock:
    """A clock that moves ``step`` seconds each time it is read: a deadline is reached
    after a known number of checks, never by waiting."""

    def __init__(self, step: float = 1.0) -> None:
        self.now, self.step, self.reads = 0.0, step, 0

    def __call__(self) -> float:
        self.reads += 1
        self.now += self.step
        return self.now
