"""The network's report for its coordinators: members, the commitments matrix, progress
through the working model's steps and the lessons members shared (docs/network-commitments.md).

One content of parts (a heading, sentences, tables: the follow-up report's ``Part``) is
shown three ways: the page and the PDF with one body template (the PDF in the reports'
print frame and print stylesheet, tagged PDF/UA, ``reports.render``),
and the Word file with the reports' table helper (``reports.word``). It is built in the
reader's language (the language switch) and is small, so it is rendered in the request.
"""

from io import BytesIO

from django.apps import apps
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from docx import Document

from styra.network.commitments import COMMITMENTS, EXPECTATIONS
from styra.tables import ExportTable
from styra.web.followup.report_parts import Part, shown
from styra.web.organisations.models import ContactPerson
from styra.web.reports import render, word
from styra.web.reports.documents import static_text

from .commitments import columns, matrix_for, step_labels

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FORMATS = {"pdf": "application/pdf", "docx": DOCX}
BODY = "network/_report_body.html"


def source() -> str:
    return _("Källa: Styra (medlemmarnas uppgifter och egna markeringar)")


def title_of(network) -> str:
    return _("Nätverkets rapport: %(name)s") % {"name": network.name}


def kind_of(row) -> str:
    return _("Region") if row.type == "L" else _("Kommun")


def members_part(network, matrix) -> Part:
    contacts = {
        c.organisation_id: c
        for c in ContactPerson.objects.filter(organisation__in=network.members.all())
    }
    rows = []
    for row in matrix.rows:
        contact = contacts.get(row.kolada_id)
        rows.append(
            [
                row.name,
                kind_of(row),
                row.kolada_id,
                f"{contact.name}, {contact.email}" if contact else None,
                row.done,
            ]
        )
    coordinators = ", ".join(
        user.get_full_name() or user.get_username() for user in network.coordinators.all()
    )
    texts = [network.description] if network.description else []
    texts.append(
        _("%(n)s medlemmar. Samordnare: %(names)s.")
        % {"n": len(matrix.rows), "names": coordinators or _("ingen")}
    )
    table = ExportTable(
        _("Medlemmarna"),
        [_("Medlem"), _("Typ"), _("Kolada-id"), _("Kontaktperson"), _("Klara av 9")],
        rows,
    )
    return Part(_("Medlemmar"), texts, [table])


def cell_word(cell) -> str:
    if not cell.done:
        return "✗ " + _("Saknas")
    where = _("Styra") if cell.source == "styra" else _("markerat")
    return f"✓ {cell.on.isoformat() if cell.on else ''} ({where})".replace("  ", " ")


def cells_table(matrix, caption: str, keys: tuple[str, ...]) -> ExportTable:
    """The matrix's ``keys`` columns: the full matrix is too wide for an A4 page."""
    labels = {column.key: column.label for column in columns()}
    return ExportTable(
        caption,
        [_("Medlem")] + [labels[key] for key in keys],
        [[row.name] + [cell_word(row.cell(key)) for key in keys] for row in matrix.rows],
    )


def matrix_part(matrix) -> Part:
    labels = {column.key: column.label for column in columns()}
    tables = [
        cells_table(matrix, _("De fyra åtagandena per medlem"), COMMITMENTS),
        cells_table(matrix, _("De fem förväntningarna per medlem"), EXPECTATIONS),
    ]
    evidence = ExportTable(
        _("Datum och underlag"),
        [_("Medlem"), _("Åtagande eller förväntan"), _("Datum"), _("Källa"), _("Underlag")],
        [
            [
                row.name,
                labels[cell.column],
                cell.on.isoformat() if cell.on else None,
                _("Styra") if cell.source == "styra" else _("markerat av medlemmen"),
                cell.evidence,
            ]
            for row in matrix.rows
            for cell in row.cells
            if cell.done
        ],
    )
    missing = [
        f"{row.name}: " + ", ".join(labels[key] for key in row.missing)
        for row in matrix.rows
        if row.missing
    ]
    texts = [
        _(
            "Fyra åtaganden (ledningsbeslut, styrgrupp, kontaktperson, arbetsgrupp) och fem "
            "förväntningar. Styra räknar det som finns i medlemmens uppgifter i Styra; det som "
            "Styra inte kan se har medlemmen markerat själv."
        ),
        (_("Saknas: %(list)s.") % {"list": "; ".join(missing)}) if missing else _("Inget saknas."),
    ]
    return Part(_("Åtaganden och förväntningar"), texts, [*tables, evidence])


def steps_part(matrix) -> Part:
    labels = step_labels()
    table = ExportTable(
        _("Förväntningar som är klara per steg i arbetsmodellen"),
        [_("Medlem")]
        + [_("Steg %(n)s: %(label)s") % {"n": n, "label": label} for n, label in labels.items()],
        [
            [row.name]
            + [_("%(done)s av %(total)s") % {"done": s.done, "total": s.total} for s in row.steps]
            for row in matrix.rows
        ],
    )
    text = _(
        "Steg 1 räknar nulägesanalysen, steg 2 prioriteringarna och förändringsarbetet "
        "(handlingsplanen), steg 3 medborgarnas involvering och steg 4 uppföljningen."
    )
    return Part(_("Framsteg i arbetsmodellens fyra steg"), [text], [table])


def lessons_part(network) -> Part | None:
    """The practices members shared with the network. Hook: the practice library
    (styra.web.practices) gives them; without it the report leaves this part out."""
    if not apps.is_installed("styra.web.practices"):
        return None
    from styra.web.practices.services import shared_practices

    rows = [
        [p.title, p.organisation.name, p.lessons or p.result or None]
        for p in shared_practices(network)
    ]
    if not rows:
        return Part(_("Delade lärdomar"), [_("Inga goda exempel är delade med nätverket ännu.")])
    table = ExportTable(
        _("Goda exempel som delats med nätverket"), [_("Exempel"), _("Medlem"), _("Lärdomar")], rows
    )
    return Part(_("Delade lärdomar"), [], [table])


def report_content(user, network, now=None) -> dict:
    """The report in the active language; ``user`` is a coordinator or platform admin."""
    now = now or timezone.now()
    matrix = matrix_for(user, network, now)
    parts = [members_part(network, matrix), matrix_part(matrix), steps_part(matrix)]
    lessons = lessons_part(network)
    if lessons is not None:
        parts.append(lessons)
    for part in parts:
        part.tables = [
            ExportTable(t.title, t.columns, [[shown(c) for c in row] for row in t.rows], t.sources)
            for t in part.tables
        ]
    return {
        "language": translation.get_language(),
        "built_at": timezone.localdate(now).isoformat(),
        "title": title_of(network),
        "parts": parts,
    }


def body_context(content: dict) -> dict:
    return {
        "content": content,
        "title": content["title"],
        "parts": content["parts"],
        "kolada_source": source(),
    }


def body_html(content: dict) -> str:
    return render_to_string(BODY, body_context(content))


def pdf_bytes(content: dict) -> bytes:
    html = render_to_string(
        "reports/print_frame.html", body_context(content) | {"body_template": BODY}
    )
    return render.pdf_of(html, [static_text("reports/print.css")])


def docx_bytes(content: dict) -> bytes:
    doc = Document()
    doc.core_properties.title = content["title"]
    doc.core_properties.author = "Styra"
    doc.add_heading(content["title"], level=0)
    for part in content["parts"]:
        doc.add_heading(part.heading, level=part.level - 1)
        for text in part.texts:
            doc.add_paragraph(text)
        for table in part.tables:
            word.add_table(doc, table.title, list(table.columns), list(table.rows))
    word.add_source(doc, source())
    out = BytesIO()
    doc.save(out)
    return out.getvalue()


WRITERS = {"pdf": pdf_bytes, "docx": docx_bytes}
