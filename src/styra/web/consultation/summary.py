"""The summary of a round for the styrgrupp: every comment by thread and status, and who
of the invited answered. One dict (``summary_of``) makes the page and the Word file."""

from io import BytesIO

from django.utils.translation import gettext as _
from docx import Document
from docx.shared import Cm

from styra.web.common.formats import day, day_time
from styra.web.common.goals import goal_title
from styra.web.reports import word

from . import services
from .models import Round, Status

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def thread_title(round_: Round, goal: int | None) -> str:
    """ "Mål 4: God utbildning för alla", or "Nulägesanalysen i stort"."""
    if goal is None:
        return _("%(section)s i stort") % {"section": round_.get_section_display()}
    return _("Mål %(n)s: %(title)s") % {"n": goal, "title": goal_title(goal)}


def invitee_rows(round_: Round) -> list[dict]:
    """Each invitee, whether they have commented, and how many comments."""
    rows = []
    for invitee in round_.invitees.select_related("actor", "user"):
        count = (
            invitee.comments.count()
            if invitee.user_id is None
            else (round_.comments.filter(author_user_id=invitee.user_id).count())
        )
        if invitee.actor is not None:
            kind = invitee.actor.get_kind_display()
        else:
            kind = _("Kollega i nätverket") if round_.is_peer_review else _("Medlem")
        rows.append(
            {
                "name": invitee.display_name,
                "organisation": invitee.organisation_name,
                "kind": kind,
                "comments": count,
                "answered": count > 0,
                "revoked": invitee.revoked_at is not None,
            }
        )
    return rows


def summary_of(round_: Round) -> dict:
    threads = []
    for thread in services.threads_of(round_):
        groups = [
            {
                "status": status,
                "label": label,
                "comments": [c for c in thread["comments"] if c.status == status],
            }
            for status, label in Status.choices
        ]
        threads.append(
            {
                "title": thread_title(round_, thread["goal"]),
                "groups": [g for g in groups if g["comments"]],
                "count": len(thread["comments"]),
            }
        )
    invitees = invitee_rows(round_)
    counts = services.status_counts(round_)
    return {
        "round": round_,
        "threads": threads,
        "counts": [(label, counts[status]) for status, label in Status.choices],
        "total": sum(counts.values()),
        "invitees": invitees,
        "answered": sum(row["answered"] for row in invitees),
    }


def state_text(round_: Round) -> str:
    if round_.is_open():
        return _("Öppen för synpunkter till och med %(date)s.") % {"date": day(round_.deadline)}
    return _("Stängd. Sista dag att svara var %(date)s.") % {"date": day(round_.deadline)}


def author_line(comment) -> str:
    return f"{comment.author_name}, {comment.author_organisation} ({day_time(comment.created_at)})"


def docx_bytes(summary: dict) -> bytes:
    """The summary as a Word file: the same headings, counts and comments as the page."""
    round_ = summary["round"]
    doc = Document()
    doc.add_heading(_("Sammanställning: %(title)s") % {"title": round_.title}, level=0)
    doc.add_paragraph(
        f"{round_.organisation.name} · {round_.get_section_display()}"
        + (f" · {thread_title(round_, round_.goal)}" if round_.goal else "")
    )
    doc.add_paragraph(state_text(round_))
    doc.add_heading(_("Vad vi frågade"), level=1)
    doc.add_paragraph(round_.question)
    doc.add_heading(_("Kommentarer per status"), level=1)
    word.add_table(
        doc,
        _("Antal kommentarer per status (svar inte medräknade)"),
        [_("Status"), _("Antal")],
        [[label, count] for label, count in summary["counts"]],
    )
    doc.add_heading(_("De inbjudna"), level=1)
    word.add_table(
        doc,
        _("%(answered)s av %(total)s inbjudna har svarat")
        % {"answered": summary["answered"], "total": len(summary["invitees"])},
        [_("Inbjuden"), _("Organisation eller enhet"), _("Typ"), _("Har svarat"), _("Kommentarer")],
        [
            [
                row["name"],
                row["organisation"],
                row["kind"],
                _("Ja") if row["answered"] else _("Nej"),
                row["comments"],
            ]
            for row in summary["invitees"]
        ],
    )
    for thread in summary["threads"]:
        doc.add_heading(thread["title"], level=1)
        if not thread["groups"]:
            doc.add_paragraph(_("Inga kommentarer."))
        for group in thread["groups"]:
            doc.add_heading(group["label"], level=2)
            for comment in group["comments"]:
                doc.add_paragraph(author_line(comment)).runs[0].bold = True
                doc.add_paragraph(comment.text)
                for reply in comment.thread_replies:
                    paragraph = doc.add_paragraph(
                        _("Svar från %(author)s: %(text)s")
                        % {"author": author_line(reply), "text": reply.text}
                    )
                    paragraph.paragraph_format.left_indent = Cm(1)
    out = BytesIO()
    doc.save(out)
    return out.getvalue()
