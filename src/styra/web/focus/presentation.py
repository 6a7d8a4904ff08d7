"""Passages, own goals and their tags as the templates show them: goal names, target names,
status in words and the forms an editor gets for each."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils.translation import gettext as _

from styra.sdg import UnknownSdgId, load_catalog
from styra.web.common.goals import goal_title

from .forms import TagForm
from .models import OwnGoal, Passage, Source, Status, Tag

STATUS_ORDER = {Status.ACCEPTED: 0, Status.SUGGESTED: 1, Status.REJECTED: 2}
PASSAGES_PER_PAGE = 20
# The passage filters of a document page (?visa=…).
FILTERS = ("alla", "ogranskade", "med-mal", "utan-mal")


def filtered(passages, shown: str):
    if shown == "ogranskade":
        return passages.filter(tags__status=Status.SUGGESTED).distinct()
    if shown == "med-mal":
        return passages.filter(tags__status=Status.ACCEPTED).distinct()
    if shown == "utan-mal":
        return passages.exclude(tags__status=Status.ACCEPTED)
    return passages


@dataclass(frozen=True)
class PageState:
    """Where on a document page the editor was (kept through a full-page form post)."""

    shown: str = "alla"
    page: int = 1

    @classmethod
    def of(cls, data) -> "PageState":
        shown = data.get("visa", "alla")
        page = data.get("sida", "1")
        return cls(
            shown if shown in FILTERS else "alla",
            int(page) if str(page).isdigit() and 0 < int(page) < 100_000 else 1,
        )

    @property
    def query(self) -> str:
        params = {}
        if self.shown != "alla":
            params["visa"] = self.shown
        if self.page != 1:
            params["sida"] = self.page
        return f"?{urlencode(params)}" if params else ""


def target_label(target_id: str) -> str:
    if not target_id:
        return ""
    try:
        return load_catalog().target(target_id).label_sv
    except UnknownSdgId:
        return target_id


def tag_row(tag: Tag) -> dict:
    return {
        "tag": tag,
        "goal_title": goal_title(tag.goal),
        "target": target_label(tag.target_id),
        "manual": tag.source == Source.MANUAL,
        "accepted": tag.status == Status.ACCEPTED,
        "rejected": tag.status == Status.REJECTED,
        "unreviewed": tag.status == Status.SUGGESTED,
    }


def tag_rows(tags) -> list[dict]:
    ordered = sorted(tags, key=lambda t: (STATUS_ORDER[t.status], -(t.score or 0), t.goal))
    return [tag_row(tag) for tag in ordered]


def tag_form_prefix(obj: Passage | OwnGoal) -> str:
    """The manual form's prefix, also the unit's anchor: ``avsnitt-12``, ``eget-mal-3``."""
    return f"{'avsnitt' if isinstance(obj, Passage) else 'eget-mal'}-{obj.pk}"


@dataclass
class Unit:
    """A passage or an own goal with its tags, the manual form and a message after a change."""

    obj: Passage | OwnGoal
    tags: list[dict]
    form: TagForm | None = None
    message: str = ""
    state: PageState = field(default_factory=PageState)

    @property
    def anchor(self) -> str:
        return tag_form_prefix(self.obj)

    @property
    def open_suggestions(self) -> int:
        """Suggestions nobody has accepted or rejected yet ("Godkänn alla" takes them all)."""
        return sum(row["unreviewed"] for row in self.tags)


def unit_of(obj: Passage | OwnGoal, can_edit: bool, form=None, message="", state=None) -> Unit:
    """``form``: a posted manual form with errors, else a fresh one for editors."""
    if can_edit and form is None:
        form = TagForm(prefix=tag_form_prefix(obj))
    tags = tag_rows(obj.tags.all())
    return Unit(obj, tags, form if can_edit else None, message, state or PageState())


def where(tag: Tag) -> str:
    """ "Mål 13" or "Mål 13, delmål 13.1", for messages."""
    if tag.target_id:
        return _("Mål %(goal)s, delmål %(id)s") % {"goal": tag.goal, "id": tag.target_id}
    return _("Mål %(goal)s") % {"goal": tag.goal}
