"""A dialogue's results: the stored answers turned into the pure core's inputs
(``styra.dialogue``), and its results into the rows the results page, its charts and
its CSV/Excel download show.

Computed once per dialogue and state of its answers (``services.results_version``:
a new answer, a moderation decision or a changed question moves it) and language,
then kept in the cache; so is the page's rendered body with its charts (``page_of``,
one for the staff and one for the public), so that the page of 10,000 answers costs
one cheap query and a cache hit. Both are also kept as files under ``STYRA_CACHE_DIR``
(Django's file cache), for every worker process and restart: without Redis Django's
cache is each process's own, and gunicorn replaces a worker every 1,000 requests, whose
first page would otherwise draw the charts again (a second or more).

Only what may be shown is counted as text: free-text answers and proposals that a
moderator has not hidden or not yet approved (``Visibility.SHOWN``). Stored answers
that do not fit their question (e.g. a question changed by the admin) are left out
and counted, never a server error.
"""

import functools
import random
from collections import Counter
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.filebased import FileBasedCache
from django.db.models import Count
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from styra.dialogue import (
    OTHER,
    SEED,
    RankingResult,
    aggregate_points,
    aggregate_rankings,
    check_allocation,
    check_ranking,
    count_choices,
    count_matrix,
    group_table,
    summarise_scale,
)
from styra.dialogue.problems import is_whole
from styra.sdg import GOAL_NUMBERS
from styra.tables import ExportTable
from styra.web.reports.filecache import code_digest

from . import result_charts as charts
from . import services
from .entry_forms import item_label
from .forms import goal_label
from .models import AGE, DISTRICT, GENDER, AgeBand, Answer, Dialogue, Gender, Kind, Visibility

SECONDS = 24 * 3600
TEXTS_SHOWN = 200  # free-text answers on the page (all of them in the download)
BREAKDOWN_RESAMPLES = 1  # a group's Borda shares only: its intervals are not shown


STAFF, PUBLIC = "staff", "public"  # the two audiences of the results page
KEPT_FILES = 500  # results and page bodies kept as files (the oldest go first)


def results_of(dialogue: Dialogue, version: str | None = None) -> dict:
    """The dialogue's results as plain data (see ``compute``), from the cache when current."""
    version = version or services.results_version(dialogue)
    key = f"styra:dialogue:results:{dialogue.pk}:{version}:{get_language()}"
    return kept(key, lambda: compute(dialogue))


def page_of(dialogue: Dialogue, audience: str, version: str | None = None) -> dict:
    """The results page's part that depends on the answers: ``answers``, ``channels`` and
    the rendered ``body`` (every question's tables and charts), kept in the cache per
    dialogue, state of its answers, language and ``audience`` (STAFF or PUBLIC: the
    public's leaves out how many texts wait or were hidden)."""
    version = version or services.results_version(dialogue)
    key = f"styra:dialogue:results-page:{audience}:{dialogue.pk}:{version}:{get_language()}"

    def build() -> dict:
        results = results_of(dialogue, version)
        context = {"dialogue": dialogue, "results": results, "public": audience == PUBLIC}
        return {
            "answers": results["answers"],
            "channels": results["channels"],
            "body": render_to_string("dialogue/_results_body.html", context),
        }

    return kept(key, build)


def kept(key: str, build):
    """``build()``'s value from Django's cache, else from the files every process shares,
    else built and kept in both. The key holds a digest of the code and templates, so a
    new release never shows a page drawn by the old one."""
    key = f"{key}:{code_version()}"
    found = cache.get(key)
    if found is None:
        files = shared_files(getattr(settings, "STYRA_CACHE_DIR", ""))
        found = files.get(key) if files else None
        if found is None:
            found = build()
            if files:
                files.set(key, found, SECONDS)
        cache.set(key, found, SECONDS)
    return found


@functools.cache
def code_version() -> str:
    here = Path(__file__).parent
    return code_digest(here) + code_digest(here.parent.parent / "dialogue")


@functools.cache
def shared_files(root: str) -> FileBasedCache | None:
    """Django's file cache in ``root``/dialogue-results (None without a cache directory)."""
    if not root:
        return None
    location = str(Path(root) / "dialogue-results")
    return FileBasedCache(location, {"TIMEOUT": SECONDS, "OPTIONS": {"MAX_ENTRIES": KEPT_FILES}})


def compute(dialogue: Dialogue) -> dict:
    """``answers`` (responses), ``channels`` (web/paper/phone → count) and per question a
    section: its number, text, kind, ``answered``, ``left_out`` (stored answers that did
    not fit), ``table`` and ``export`` rows, a chart and, for a goal ranking, points,
    choices and a scale, ``breakdowns`` by background group."""
    by_question: dict[int, list[tuple[object, str, dict]]] = {}
    rows = Answer.objects.filter(response__dialogue=dialogue).values_list(
        "question_id", "value", "visibility", "response__background"
    )
    for question_id, value, visibility, background in rows.iterator(chunk_size=5000):
        by_question.setdefault(question_id, []).append((value, visibility, background or {}))
    channels = dict(
        dialogue.responses.values_list("channel")
        .annotate(n=Count("pk"))
        .values_list("channel", "n")
    )
    sections = []
    for number, question in enumerate(dialogue.questions.all(), start=1):
        answers = by_question.get(question.pk, [])
        section = {"number": number, "id": question.pk, "text": question.text}
        section |= {"kind": question.kind, "kind_label": str(question.get_kind_display())}
        section |= SECTION_OF[question.kind](dialogue, question, answers)
        sections.append(section)
    return {
        "answers": sum(channels.values()),
        "channels": channels,
        "questions": sections,
    }


def goal_ranking(dialogue: Dialogue) -> RankingResult | None:
    """The aggregate of the dialogue's first goal-ranking question, for the priorities'
    citizens criterion: Borda shares only (no intervals); None without such a question."""
    question = dialogue.questions.filter(kind=Kind.RANK_GOALS).first()
    if question is None:
        return None
    key = f"styra:dialogue:ranking:{question.pk}:{services.results_version(dialogue)}"
    found = cache.get(key)
    if found is None:
        offered = goals_offered(question)
        values = Answer.objects.filter(question=question).values_list("value", flat=True)
        rankings = [v for v in values.iterator(chunk_size=5000) if not check_ranking(v, offered)]
        found = aggregate_rankings(rankings, offered, resamples=1)
        cache.set(key, found, SECONDS)
    return found


def rng() -> random.Random:
    return random.Random(SEED)


def _shares(value: float | None) -> float | None:
    return None if value is None else 100 * value


def goals_offered(question) -> list[int]:
    return list(question.goals) or list(GOAL_NUMBERS)


# --- one section per kind -----------------------------------------------------------------


def ranking_section(dialogue, question, answers) -> dict:
    offered = goals_offered(question)
    rankings = [value for value, _v, _b in answers if not check_ranking(value, offered)]
    result = aggregate_rankings(rankings, offered, rng=rng())
    table = [
        [
            goal_label(rank.goal),
            _shares(rank.borda),
            _shares(rank.borda_interval.lower) if rank.borda_interval else None,
            _shares(rank.borda_interval.upper) if rank.borda_interval else None,
            rank.mean_rank,
            rank.mean_rank_interval.lower if rank.mean_rank_interval else None,
            rank.mean_rank_interval.upper if rank.mean_rank_interval else None,
            rank.rankers,
            rank.first,
        ]
        for rank in result.goals
    ]
    columns = [
        _("Mål"),
        _("Bordaandel, procent"),
        _("Nedre gräns, 95 procent"),
        _("Övre gräns, 95 procent"),
        _("Medelplats"),
        _("Nedre gräns, 95 procent"),
        _("Övre gräns, 95 procent"),
        _("Har placerat målet"),
        _("Har det först"),
    ]
    bars = [(row[0], row[1], row[2], row[3]) for row in table]
    return {
        "answered": result.participants,
        "left_out": len(answers) - len(rankings),
        "columns": columns,
        "table": table,
        "export": [[row[0], *row[1:]] for row in table],
        "chart": charts.bar_chart(
            bars,
            _(
                "Stapeldiagram: varje måls Bordaandel i procent med 95-procentigt "
                "osäkerhetsintervall, högst överst. Samma siffror finns i tabellen."
            ),
            _("Bordaandel, procent"),
            domain=(0, 100),
        ),
        "breakdowns": ranking_breakdowns(dialogue, answers, offered),
    }


def breakdowns(dialogue, answers, valid, summarise, rows, row_label, what: dict) -> list[dict]:
    """Per background question asked: each group's result (``summarise``: the group's
    ``valid`` answers → row → value), only groups of at least 10 (the core's rule).
    ``what`` names the numbers: ``heading``, ``caption`` and the rows' ``column``."""
    found = []
    for key, label, order, names in background_questions(dialogue):
        pairs = [(background.get(key), value) for value, _v, background in answers if valid(value)]
        table = group_table(pairs, summarise, rows, order)
        found.append(
            what
            | {
                "label": label,
                "groups": [
                    {"name": group_name(group, names), "size": size} for group, size in table.groups
                ],
                "rows": [[row_label(row), *values] for row, values in table.rows],
                "left_out": table.left_out,
                "not_stated": table.not_stated,
            }
        )
    return found


def ranking_breakdowns(dialogue, answers, offered) -> list[dict]:
    """Each group's Borda share per goal."""

    def shares(rankings) -> dict:
        result = aggregate_rankings(rankings, offered, resamples=BREAKDOWN_RESAMPLES)
        return {goal: _shares(share) for goal, share in result.borda_shares().items()}

    def valid(value) -> bool:
        return not check_ranking(value, offered)

    what = {"heading": _("Bordaandel"), "caption": _("Bordaandel i procent"), "column": _("Mål")}
    return breakdowns(dialogue, answers, valid, shares, offered, goal_label, what)


def background_questions(dialogue) -> list[tuple[str, str, list[str], dict]]:
    """(key, label, the groups' order, value → name) of each background question asked."""
    asked = []
    if dialogue.ask_age:
        asked.append((AGE, _("Ålder"), AgeBand.values, dict(AgeBand.choices)))
    if dialogue.ask_district:
        districts = list(dialogue.districts)
        asked.append((DISTRICT, _("Område"), districts, {d: d for d in districts}))
    if dialogue.ask_gender:
        asked.append((GENDER, _("Kön"), Gender.values, dict(Gender.choices)))
    return asked


def group_name(label: str, names: dict) -> str:
    return _("Övriga grupper") if label == OTHER else str(names.get(label, label))


def points_section(dialogue, question, answers) -> dict:
    offered = list(question.options)

    def valid(value) -> bool:
        return not check_allocation(value, offered)

    def means(group) -> dict:
        found = aggregate_points(group, offered, resamples=BREAKDOWN_RESAMPLES, rng=rng())
        return {item.item: item.mean for item in found.items}

    allocations = [value for value, _v, _b in answers if valid(value)]
    result = aggregate_points(allocations, offered, rng=rng())
    table = [
        [
            item_label(question, item.item),
            item.mean,
            item.interval.lower if item.interval else None,
            item.interval.upper if item.interval else None,
            item.total,
            item.supporters,
        ]
        for item in result.items
    ]
    return {
        "answered": result.participants,
        "left_out": len(answers) - len(allocations),
        "columns": [
            _("Alternativ"),
            _("Medelpoäng"),
            _("Nedre gräns, 95 procent"),
            _("Övre gräns, 95 procent"),
            _("Poäng totalt"),
            _("Gav poäng"),
        ],
        "table": table,
        "export": table,
        "chart": charts.bar_chart(
            [(row[0], row[1], row[2], row[3]) for row in table],
            _(
                "Stapeldiagram: medelpoängen för varje alternativ med 95-procentigt "
                "osäkerhetsintervall. Samma siffror finns i tabellen."
            ),
            _("Medelpoäng"),
        ),
        "breakdowns": breakdowns(
            dialogue,
            answers,
            valid,
            means,
            offered,
            lambda item: item_label(question, item),
            {"heading": _("Medelpoäng"), "caption": _("Medelpoäng"), "column": _("Alternativ")},
        ),
    }


def choices_section(dialogue, question, answers) -> dict:
    offered = list(question.options)
    single = question.kind == Kind.SINGLE

    def valid(value) -> bool:
        return isinstance(value, str) if single else is_text_list(value)

    def shares(group) -> dict:
        return {
            found.option: _shares(found.share) for found in count_choices(group, offered).options
        }

    values = [value for value, _v, _b in answers if valid(value)]
    result = count_choices(values, offered)
    table = [[option.option, option.count, _shares(option.share)] for option in result.options]
    return {
        "answered": result.answered,
        "left_out": len(answers) - len(values),
        "columns": [_("Alternativ"), _("Antal"), _("Andel av dem som svarade, procent")],
        "table": table,
        "export": table,
        "chart": charts.bar_chart(
            [(row[0], row[1], None, None) for row in table],
            _(
                "Stapeldiagram: hur många som valde varje alternativ. "
                "Samma siffror finns i tabellen."
            ),
            _("Antal"),
        ),
        "breakdowns": breakdowns(
            dialogue,
            answers,
            valid,
            shares,
            offered,
            str,
            {
                "heading": _("Andel som valde"),
                "caption": _("Andel som valde, procent"),
                "column": _("Alternativ"),
            },
        ),
    }


def is_text_list(value) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def scale_section(dialogue, question, answers) -> dict:
    low, high = question.scale_min, question.scale_max

    def valid(value) -> bool:
        return is_whole(value) and low <= int(value) <= high

    def middle(group) -> dict:
        found = summarise_scale([int(value) for value in group], low, high)
        return {"mean": found.mean, "median": found.median}

    values = [int(value) for value, _v, _b in answers if valid(value)]
    result = summarise_scale(values, low, high)
    labels = end_labels(question)
    table = [
        [labels.get(step.value, str(step.value)), step.count, _shares(step.share)]
        for step in result.distribution
    ]
    return {
        "answered": result.answered,
        "left_out": len(answers) - len(values),
        "mean": result.mean,
        "median": result.median,
        "columns": [_("Värde"), _("Antal"), _("Andel, procent")],
        "table": table,
        "export": table
        + [[_("Medelvärde"), result.mean, None], [_("Median"), result.median, None]],
        "chart": charts.bar_chart(
            [(row[0], row[1], None, None) for row in table],
            _(
                "Stapeldiagram: hur många som gav varje värde på skalan. "
                "Samma siffror finns i tabellen."
            ),
            _("Antal"),
        ),
        "breakdowns": breakdowns(
            dialogue,
            answers,
            valid,
            middle,
            ("mean", "median"),
            {"mean": _("Medelvärde"), "median": _("Median")}.get,
            {
                "heading": _("Medelvärde och median"),
                "caption": _("Medelvärde och median"),
                "column": _("Mått"),
            },
        ),
    }


def end_labels(question) -> dict[int, str]:
    """The scale's ends with their meaning, e.g. 1 → "1 (Inte alls)"."""
    labels = {}
    for value, meaning in zip(
        (question.scale_min, question.scale_max), question.columns, strict=False
    ):
        if meaning:
            labels[value] = f"{value} ({meaning})"
    return labels


def matrix_section(dialogue, question, answers) -> dict:
    columns = list(question.columns)
    values = [
        value
        for value, _v, _b in answers
        if isinstance(value, dict) and all(isinstance(c, str) for c in value.values())
    ]
    result = count_matrix(values, list(question.options), columns)
    table = [[row.row, *(row.result.count(column) for column in columns)] for row in result.rows]
    return {
        "answered": result.answered,
        "left_out": len(answers) - len(values),
        "columns": [_("Rad"), *columns],
        "table": table,
        "export": table,
        "chart": None,
    }


def text_section(dialogue, question, answers) -> dict:
    visibility = Counter(v for _value, v, _b in answers)
    texts = [value for value, v, _b in answers if v == Visibility.SHOWN and isinstance(value, str)]
    return {
        "answered": len(answers),
        "left_out": 0,
        "texts": texts[-TEXTS_SHOWN:][::-1],
        "shown": len(texts),
        "pending": visibility[Visibility.PENDING],
        "hidden": visibility[Visibility.HIDDEN],
        "columns": [_("Svar")],
        "table": [],
        "export": [[text] for text in texts],
        "chart": None,
    }


def proposals_section(dialogue, question, answers) -> dict:
    shown = question.proposals.filter(visibility=Visibility.SHOWN).annotate(n=Count("supports"))
    table = [
        [proposal.title, goal_label(proposal.goal), proposal.target_id, proposal.n]
        for proposal in shown.order_by("-n", "created_at", "pk")
    ]
    return {
        "answered": question.proposals.count(),
        "left_out": 0,
        "columns": [_("Förslag"), _("Mål"), _("Delmål"), _("Stöd")],
        "table": table,
        "export": table,
        "chart": None,
    }


SECTION_OF = {
    Kind.RANK_GOALS: ranking_section,
    Kind.POINTS: points_section,
    Kind.SINGLE: choices_section,
    Kind.MULTIPLE: choices_section,
    Kind.SCALE: scale_section,
    Kind.MATRIX: matrix_section,
    Kind.TEXT: text_section,
    Kind.PROPOSALS: proposals_section,
}


# --- the download -----------------------------------------------------------------------------


def export_table(dialogue: Dialogue, found: dict) -> ExportTable:
    """Every question's table in one long table: question, then its columns as cells."""
    width = max((len(section["columns"]) for section in found["questions"]), default=1)
    rows = []
    for section in found["questions"]:
        heading = [section["number"], section["text"], section["kind_label"]]
        rows.append([*heading, *section["columns"], *[None] * (width - len(section["columns"]))])
        rows += [[*heading, *row] for row in section["export"]]
    columns = [_("Fråga nr"), _("Fråga"), _("Slag")]
    columns += [_("Kolumn %(n)s") % {"n": n} for n in range(1, width + 1)]
    return ExportTable(
        title=dialogue.title,
        columns=columns,
        rows=rows,
        sources=[
            _("Källa: medborgardialogen ”%(title)s”, %(n)s svar.")
            % {"title": dialogue.title, "n": found["answers"]},
            _(
                "Bordaandel: målets medelpoäng delad med den högsta möjliga (100 = alla satte det "
                "först). Intervallen är 95-procentiga bootstrapintervall."
            ),
        ],
    )
