"""Text from an uploaded steering document, split into passages with page/section refs.

``extract_passages(data, filename)`` reads PDF (pypdf), Word .docx (python-docx),
plain text and HTML, and returns the whole document as passages or raises
``ExtractError`` with a message in Swedish that can be shown to the editor as it is.
It never returns a partial result, so a caller that stores passages only after it
returns stores nothing half-way.

Passages are built from the document's blocks (paragraphs, list items, table cells):
consecutive blocks of the same section are merged until a passage has at least
``MIN_WORDS`` words, a passage never grows past ``MAX_WORDS`` (a longer block is cut
at sentence ends), and a passage never spans two sections. A passage keeps the page
its first block is on (PDF only) and its section (the latest heading).

Limits (``styra.files``) are checked before parsing: a .docx from its zip
directory and element count, a PDF's page count; a deadline (on the clock the
caller hands in) is checked while pages, paragraphs and passages are walked.
"""

import io
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from styra.files import DEFAULT_FILE_LIMITS, Deadline, FileLimits, FileRefused, check_pdf_pages
from styra.files import check_zip as check_zip_limits

MAX_BYTES = 20 * 1024 * 1024
MIN_WORDS = 40
MAX_WORDS = 250
SUPPORTED = "PDF, Word (.docx), text (.txt) eller HTML (.html)"
HEADING_LINE = re.compile(r"^\d{1,2}(\.\d{1,2})*\.?\s+\S.{0,80}$")
SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+")


class ExtractError(ValueError):
    """The file cannot be read; the message (Swedish) says why and what to do."""


@dataclass(frozen=True)
class Passage:
    text: str
    page: int | None
    section: str | None
    index: int

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Block:
    text: str
    page: int | None = None
    section: str | None = None
    heading: bool = False


def extract_passages(
    data: bytes,
    filename: str,
    max_bytes: int = MAX_BYTES,
    limits: FileLimits = DEFAULT_FILE_LIMITS,
    clock: Callable[[], float] | None = None,
) -> list[Passage]:
    """All passages of the document ``data`` named ``filename`` (its extension decides);
    reading stops at ``limits.max_seconds`` on ``clock`` (no clock: no deadline)."""
    if not data:
        raise ExtractError("Filen är tom.")
    if len(data) > max_bytes:
        raise ExtractError(
            f"Filen är för stor ({len(data) / 1024 / 1024:.1f} MB). "
            f"Största tillåtna storlek är {max_bytes / 1024 / 1024:.0f} MB."
        )
    extension = filename.lower().rsplit(".", 1)[-1] if "." in filename else ""
    readers = {"pdf": pdf_blocks, "docx": docx_blocks, "txt": text_blocks}
    readers |= {"html": html_blocks, "htm": html_blocks}
    if extension == "doc":
        raise ExtractError(
            "Äldre Word-filer (.doc) stöds inte. Spara dokumentet som .docx och ladda upp igen."
        )
    if extension not in readers:
        shown = f".{extension}" if extension else "utan filändelse"
        raise ExtractError(f"Filtypen {shown} stöds inte. Ladda upp {SUPPORTED}.")
    reading = Reading(filename, limits, Deadline(filename, limits.max_seconds, clock))
    try:
        blocks = readers[extension](data, reading)
        passages = list(split_passages(with_sections(blocks), reading.deadline))
    except FileRefused as error:
        raise ExtractError(str(error)) from None
    if not passages:
        raise ExtractError("Dokumentet innehåller ingen text att analysera.")
    return passages


@dataclass(frozen=True)
class Reading:
    """What a reader needs besides the bytes: the name for messages, limits, the deadline."""

    filename: str
    limits: FileLimits
    deadline: Deadline


def pdf_blocks(data: bytes, reading: Reading) -> list[Block]:
    if not data.lstrip()[:1024].startswith(b"%PDF-"):
        raise ExtractError("Filen är inte en PDF-fil, trots filändelsen .pdf.")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _decrypts(reader):
            raise ExtractError(
                "PDF-filen är krypterad (lösenordsskyddad) och kan inte läsas. "
                "Spara en version utan lösenord och ladda upp den."
            )
        if len(reader.pages) == 0:
            raise ExtractError("PDF-filen är skadad: den har inga sidor.")
        check_pdf_pages(len(reader.pages), reading.filename, reading.limits)
        pages = []
        for page in reader.pages:
            reading.deadline.check()
            pages.append(page.extract_text() or "")
    except (ExtractError, FileRefused):
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as error:
        raise ExtractError(f"PDF-filen är skadad och kan inte läsas ({error}).") from None
    blocks = [block for number, text in enumerate(pages, 1) for block in page_blocks(text, number)]
    if not blocks:
        raise ExtractError(
            "PDF-filen innehåller ingen text (skannad?). Styra läser bara PDF-filer med text; "
            "kör textigenkänning (OCR) eller ladda upp originaldokumentet."
        )
    return blocks


def _decrypts(reader: PdfReader) -> bool:
    """Open a PDF that is encrypted with an empty user password (only "protected")."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # pypdf raises several kinds; all mean "cannot open"
        return False


def page_blocks(text: str, page: int) -> Iterator[Block]:
    """Paragraphs of one PDF page: blank lines split; numbered short lines are headings."""
    for chunk in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in chunk.splitlines() if line.strip()]
        paragraph: list[str] = []
        for line in lines:
            if HEADING_LINE.match(line) and not line.endswith((".", ",")):
                if paragraph:
                    yield Block(join_lines(paragraph), page)
                    paragraph = []
                yield Block(line, page, heading=True)
            else:
                paragraph.append(line)
        if paragraph:
            yield Block(join_lines(paragraph), page)


def join_lines(lines: list[str]) -> str:
    """Join a paragraph's lines, mending words hyphenated across a line break."""
    text = ""
    for line in lines:
        if text.endswith("-") and line[:1].islower():
            text = text[:-1] + line
        else:
            text = f"{text} {line}" if text else line
    return clean(text)


def docx_blocks(data: bytes, reading: Reading) -> list[Block]:
    check_zip(data, reading)
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = []
        for element in document.element.body.iterchildren():
            reading.deadline.check()
            tag = element.tag.rsplit("}", 1)[-1]
            if tag == "p":
                paragraph = Paragraph(element, document)
                style = paragraph.style.name if paragraph.style is not None else ""
                heading = style.lower().startswith(("heading", "rubrik", "title"))
                blocks.append(Block(clean(paragraph.text), heading=heading))
            elif tag == "tbl":
                blocks.extend(Block(text) for text in table_texts(Table(element, document)))
    except FileRefused:
        raise
    except Exception as error:  # python-docx and lxml raise many kinds on bad files
        raise ExtractError(
            f"Word-filen är skadad eller inte en .docx-fil och kan inte läsas ({error})."
        ) from None
    return [block for block in blocks if block.text]


def check_zip(data: bytes, reading: Reading) -> None:
    """A .docx's zip within the limits (``styra.files.check_zip``), before python-docx opens it."""
    if not data.startswith(b"PK"):
        raise ExtractError("Filen är inte en Word-fil (.docx), trots filändelsen.")
    try:
        check_zip_limits(data, reading.filename, reading.limits, reading.deadline)
    except FileRefused:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):  # a broken or truncated zip
        raise ExtractError("Word-filen är skadad och kan inte läsas.") from None


def table_texts(table: Table) -> Iterator[str]:
    """Each distinct non-empty cell of a table (merged cells appear once)."""
    seen: set[object] = set()  # the cells' XML elements, kept alive so identity holds
    for row in table.rows:
        for cell in row.cells:
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            text = clean(cell.text)
            if text:
                yield text


def decode(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise ExtractError(f"Filen är inte en textfil. Ladda upp {SUPPORTED}.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def text_blocks(data: bytes, reading: Reading) -> list[Block]:
    """Paragraphs split by blank lines; Markdown-style ``#`` lines are headings."""
    blocks = []
    for chunk in re.split(r"\n\s*\n", decode(data).replace("\r\n", "\n")):
        lines = [line.strip() for line in chunk.splitlines() if line.strip()]
        paragraph: list[str] = []
        for line in lines:
            if line.startswith("#"):
                if paragraph:
                    blocks.append(Block(join_lines(paragraph)))
                    paragraph = []
                blocks.append(Block(clean(line.lstrip("#")), heading=True))
            else:
                paragraph.append(line)
        if paragraph:
            blocks.append(Block(join_lines(paragraph)))
    return [block for block in blocks if block.text]


class _HtmlText(HTMLParser):
    BLOCK = {"p", "li", "td", "th", "div", "blockquote", "pre", "dd", "dt", "section",
             "article", "tr", "table", "ul", "ol", "body", "main", "header", "footer", "br",
             "caption", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6"}  # fmt: skip
    SKIP = {"script", "style", "noscript", "template", "head", "svg"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.skipping = 0
        self.in_heading = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.flush()
            self.in_heading = tag in {"h1", "h2", "h3", "h4", "h5", "h6"}

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCK:
            self.flush()
            self.in_heading = False

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)

    def flush(self) -> None:
        text = clean(" ".join(self.parts))
        self.parts = []
        if text:
            self.blocks.append(Block(text, heading=self.in_heading))


def html_blocks(data: bytes, reading: Reading) -> list[Block]:
    parser = _HtmlText()
    parser.feed(decode(data))
    parser.close()
    parser.flush()
    return parser.blocks


def clean(text: str) -> str:
    text = text.replace("\xad", "").replace("\xa0", " ").replace("\ufffd", " ")
    return re.sub(r"\s+", " ", text).strip()


def with_sections(blocks: Iterable[Block]) -> Iterator[Block]:
    """Body blocks labelled with the latest heading (headings themselves dropped)."""
    section = None
    for block in blocks:
        if block.heading:
            section = block.text[:200]
        else:
            yield Block(block.text, block.page, section)


def split_passages(blocks: Iterable[Block], deadline: Deadline | None = None) -> Iterator[Passage]:
    """Merge blocks into passages of MIN_WORDS–MAX_WORDS words, never across sections."""
    index = 0
    pending: list[Block] = []
    for block in (piece for whole in blocks for piece in cut_long(whole)):
        if deadline is not None:
            deadline.check()
        if pending and (
            block.section != pending[0].section
            or words(pending) >= MIN_WORDS
            or words(pending) + len(block.text.split()) > MAX_WORDS
        ):
            yield passage(pending, index)
            index += 1
            pending = []
        pending.append(block)
    if pending:
        yield passage(pending, index)


def words(blocks: list[Block]) -> int:
    return sum(len(block.text.split()) for block in blocks)


def passage(blocks: list[Block], index: int) -> Passage:
    text = " ".join(block.text for block in blocks)
    return Passage(text, blocks[0].page, blocks[0].section, index)


def cut_long(block: Block) -> Iterator[Block]:
    """A block of more than MAX_WORDS words, cut at sentence ends (or hard, if need be)."""
    if len(block.text.split()) <= MAX_WORDS:
        yield block
        return
    piece: list[str] = []
    for sentence in SENTENCE_END.split(block.text):
        tokens = sentence.split()
        while len(tokens) > MAX_WORDS:  # one endless "sentence": cut hard
            if piece:
                yield Block(" ".join(piece), block.page, block.section)
                piece = []
            yield Block(" ".join(tokens[:MAX_WORDS]), block.page, block.section)
            tokens = tokens[MAX_WORDS:]
        if piece and len(piece) + len(tokens) > MAX_WORDS:
            yield Block(" ".join(piece), block.page, block.section)
            piece = []
        piece.extend(tokens)
    if piece:
        yield Block(" ".join(piece), block.page, block.section)
