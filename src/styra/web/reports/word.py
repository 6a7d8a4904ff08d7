"""The document as a Word file (python-docx): the page's headings, tables and charts (PNG).

Built from the same content dict, summary and sources as the page and the PDF;
call it inside ``translation.override(content["language"])`` (documents.py does).
"""

from io import BytesIO

from django.utils.translation import gettext as _
from docx import Document
from docx.shared import Cm, Pt

from styra.web.nulage.presentation import number
from styra.web.organisations.wording import phrase
from styra.web.radighet.services import label_of

from . import presentation, render
from .charts import charts_of


def goal_cell(row: dict) -> str:
    return _("Mål %(n)s: %(title)s") % {"n": row["goal"], "title": row["title"]}


def add_table(doc, caption: str, columns: list[str], rows: list[list]) -> None:
    doc.add_paragraph(caption, style="Caption")
    table = doc.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, columns, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(str(text)).bold = True
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = "–" if value is None or value == "" else str(value)


def add_chart(doc, chart) -> None:
    if chart is None:
        return
    png = render.png_of(chart.spec)
    if png:
        doc.add_picture(BytesIO(png), width=Cm(16))
    doc.add_paragraph(
        f"{chart.description} {_('Samma siffror finns i tabellen ovan.')}", style="Caption"
    )


def add_source(doc, text: str | None) -> None:
    if text:
        doc.add_paragraph().add_run(text).italic = True


def header(doc, content: dict, version) -> None:
    doc.add_heading(presentation.title(content), level=0)
    if version is not None:
        status = _("Fryst version: %(label)s.") % {"label": version.label}
        if version.decided_on:
            status += " " + _("Beslutad %(date)s.") % {
                "date": presentation.day(version.decided_on.isoformat())
            }
        if version.reference:
            status += f" {version.reference}."
        status += " " + _("Siffrorna är låsta: de ändras inte när data uppdateras.")
    else:
        status = _("Aktuell version: siffrorna följer data och ändras när data uppdateras.")
    doc.add_paragraph(status)
    data, challenges = content["data"], content["challenges"]
    facts = [(_("Datum"), presentation.day(content["built_at"]))]
    if data["latest_year"]:
        facts.append(
            (
                _("Data"),
                _("Kolada (RKA), åren %(first)s–%(latest)s")
                % {"first": data["first_year"], "latest": data["latest_year"]},
            )
        )
    if presentation.data_age_note(content):
        facts.append((_("Datans ålder"), presentation.data_age_note(content)))
    if challenges.get("available"):
        facts.append(
            (
                _("Analysår och jämförelse"),
                _("%(year)s, jämfört med %(comparison)s (%(n)s områden)")
                % {
                    "year": challenges["year"],
                    "comparison": challenges["comparison"],
                    "n": challenges["comparison_size"],
                },
            )
        )
    for label, text in facts:
        paragraph = doc.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(text)


def summary_part(doc, content: dict) -> None:
    doc.add_heading(phrase(content["organisation"], "summary_heading"), level=1)
    for label, text in presentation.summary(content):
        paragraph = doc.add_paragraph(style="List Bullet")
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(text)


def challenges_part(doc, content: dict, charts: dict, sources: dict) -> None:
    doc.add_heading(_("1. Inom vilka mål ser vi de största utmaningarna?"), level=1)
    section = content["challenges"]
    if not section.get("available"):
        doc.add_paragraph(
            _("Inga värden från Kolada är inlästa, så utmaningarna kan inte bedömas.")
        )
        return
    doc.add_paragraph(presentation.challenge_point(content))
    columns = [_("Rang"), _("Mål"), _("Utmaning"), _("Poäng (0–100)")]
    columns += [_("Nyckeltal med värden"), _("Svagaste nyckeltal"), _("Varför")]
    rows = [
        [
            row["rank"],
            goal_cell(row),
            row["level_text"],
            number(row["score"], 0),
            f"{row['n_with_data']} / {row['n_kpis']}",
            row["worst_kpi"],
            " ".join(filter(None, (row.get("reason"), row.get("target_reason")))),
        ]
        for row in section["goals"]
    ]
    caption = _("Utmaning per mål för %(name)s, %(year)s") % {
        "name": content["organisation"]["name"],
        "year": section["year"],
    }
    add_table(doc, caption, columns, rows)
    add_chart(doc, charts["challenges"])
    add_source(doc, sources.get("challenges"))


def focus_part(doc, content: dict, sources: dict) -> None:
    doc.add_heading(_("2. Finns det mål som vi inte fokuserat på men borde?"), level=1)
    section = content["focus"]
    doc.add_paragraph(presentation.focus_point(content))
    if section.get("available"):
        caption = _("Fokus per mål i styrdokumenten, %(name)s (1 = mest fokus)") % {
            "name": content["organisation"]["name"]
        }
        rows = [[goal_cell(row), number(row["focus"], 2)] for row in section["goals"]]
        add_table(doc, caption, [_("Mål"), _("Fokus (0–1)")], rows)
    add_source(doc, sources.get("focus"))


def mandate_part(doc, content: dict, charts: dict, sources: dict) -> None:
    doc.add_heading(_("3. Vilken rådighet har vi att själva göra en förflyttning?"), level=1)
    section = content["mandate"]
    if not section.get("available"):
        doc.add_paragraph(_("Rådighet bedöms för kommuner och regioner."))
        return
    doc.add_paragraph(presentation.mandate_point(content))
    columns = [_("Mål"), _("Medelnivå (0–3)")]
    columns += [f"{level} – {label_of(level)}" for level in (3, 2, 1, 0)] + [_("Egna nivåer")]
    rows = [
        [goal_cell(row), number(row["mean_level"], 1), *row["counts"], row["own"]]
        for row in section["goals"]
    ]
    caption = _("Rådighet per mål, %(name)s") % {"name": content["organisation"]["name"]}
    add_table(doc, caption, columns, rows)
    add_chart(doc, charts["mandate"])
    add_source(doc, sources.get("mandate"))


def collaboration_part(doc, content: dict, sources: dict) -> None:
    doc.add_heading(_("4. Med vem behöver vi samverka, internt och externt?"), level=1)
    section = content["collaboration"]
    if not section.get("available"):
        doc.add_paragraph(_("Samverkan bedöms för kommuner och regioner."))
        return
    doc.add_paragraph(presentation.collaboration_point(content))
    doc.add_heading(_("Behöver externa partner"), level=2)
    if section["external"]:
        rows = [
            [goal_cell(n), number(n["mean_level"], 1), ", ".join(n["actors"])]
            for n in section["external"]
        ]
        columns = [_("Mål"), _("Rådighet (0–3)"), _("Externa aktörer med roll")]
        caption = _("Mål som är en stor utmaning och där rådigheten är låg (högst 1,5 av 3)")
        add_table(doc, caption, columns, rows)
    else:
        doc.add_paragraph(_("Inget mål är både en stor utmaning och har låg rådighet."))
    doc.add_heading(_("Behöver samarbete mellan förvaltningar"), level=2)
    if section["cross_unit"]:
        rows = [
            [goal_cell(n), ", ".join(n["areas"]), ", ".join(n["actors"])]
            for n in section["cross_unit"]
        ]
        columns = [_("Mål"), _("Verksamhetsområden"), _("Interna aktörer med roll")]
        caption = _("Mål vars nyckeltal hör till minst tre verksamhetsområden")
        add_table(doc, caption, columns, rows)
    else:
        doc.add_paragraph(_("Inget mål har nyckeltal i så många verksamhetsområden."))
    doc.add_heading(_("Mål utan aktörer"), level=2)
    goals = section["without_actors"]
    doc.add_paragraph(
        " · ".join(goal_cell(r) for r in goals) if goals else _("Alla mål har minst en aktör.")
    )
    add_source(doc, sources.get("collaboration"))


def maturity_part(doc, content: dict, charts: dict, sources: dict) -> None:
    doc.add_heading(
        _("5. Hur stödjer vi verksamheten och skapar en kultur för hållbarhet?"), level=1
    )
    doc.add_heading(_("Åtaganden i nätverket"), level=2)
    for item in content["commitments"]["items"]:
        state = _("på plats") if item["done"] else _("saknas")
        doc.add_paragraph(f"{item['label']}: {state}", style="List Bullet")
    add_source(doc, sources.get("commitments"))
    doc.add_heading(_("Självskattning av styrningen"), level=2)
    section = content["maturity"]
    doc.add_paragraph(presentation.maturity_point(content))
    if not section.get("available"):
        return
    columns = [_("Dimension"), _("Svar"), _("Median"), _("Lägst–högst")]
    rows = [
        [
            d["name"],
            d["n"],
            number(d["median"], 1),
            f"{d['minimum']}–{d['maximum']}" if d["minimum"] is not None else "–",
        ]
        for d in section["dimensions"]
    ]
    caption = _("Självskattningen per dimension, omgången %(title)s") % {
        "title": section["round"]["title"]
    }
    add_table(doc, caption, columns, rows)
    add_chart(doc, charts["maturity"])
    add_source(doc, sources.get("maturity"))


def write_docx(content: dict, version=None) -> bytes:
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.core_properties.title = presentation.title(content)
    doc.core_properties.author = "Styra"
    doc.core_properties.comments = presentation.KOLADA_SOURCE
    charts, sources = charts_of(content), presentation.sources(content)
    header(doc, content, version)
    summary_part(doc, content)
    challenges_part(doc, content, charts, sources)
    focus_part(doc, content, sources)
    mandate_part(doc, content, charts, sources)
    collaboration_part(doc, content, sources)
    maturity_part(doc, content, charts, sources)
    doc.add_heading(_("Källor och metod"), level=1)
    doc.add_paragraph(presentation.KOLADA_SOURCE)
    doc.add_paragraph(
        _(
            "Metoderna beskrivs i Styras metodbeskrivning: hur utmaningarna räknas (metoderna "
            "M1–M5), hur fokus i styrdokumenten bedöms, hur rådigheten sattes, hur "
            "samverkansbehoven föreslås och hur självskattningen sammanställs."
        )
    )
    out = BytesIO()
    doc.save(out)
    return out.getvalue()
