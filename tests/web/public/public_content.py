"""A published version with content written by hand, in the shapes of docs/public-site.md
and the record sections' shapes, so that the public pages' tests need neither Kolada
data nor the section builders.

``publish(organisation, sections=..., marker=...)`` stores it as the organisation's
published version (etag and all) and returns it. ``fresh_cache`` (import it into the
test module): the published versions and pages are cached, and a test's rows are
rolled back, so each test starts and ends with an empty cache.
"""

import copy

import pytest
from django.core.cache import cache
from django.utils import timezone

from styra.web.public import publishing
from styra.web.public.models import Publication
from styra.web.public.sections import SECTIONS

GOAL_ROW = {
    "rank": 1,
    "goal": 11,
    "title": "Hållbara städer och samhällen",
    "level": "red",
    "level_text": "Stor utmaning",
    "score": 31.0,
    "standing": 12.0,
    "reason": "Stor utmaning: målets poäng hör till den svagaste fjärdedelen.",
    "target_reason": "Ett av två nyckeltal med målvärde går åt fel håll.",
    "n_with_data": 2,
    "n_kpis": 3,
    "n_red": 1,
    "n_coloured": 2,
    "improving": 1,
    "stable": 0,
    "worsening": 1,
    "worst_kpi_id": "N07806",
    "worst_kpi": "Cykelväg i kommunen, meter/inv",
    "target_counts": [],
    "n_with_target": 1,
}
OTHER_ROW = {**GOAL_ROW, "rank": 2, "goal": 4, "title": "God utbildning för alla"}
OTHER_ROW |= {"level": "green", "level_text": "Mindre utmaning", "score": 81.0}
OTHER_ROW |= {"reason": "Mindre utmaning: bland de starkaste.", "target_reason": ""}
KPI_ROW = {
    "kpi_id": "N07806",
    "title": "Cykelväg i kommunen, meter/inv",
    "goal": 11,
    "unit": "meter/inv",
    "value": 1.23456,
    "value_year": 2022,
    "colour": "red",
    "colour_text": "Bland de svagaste",
    "score": 20.0,
    "trend": "worsening",
    "trend_text": "Försämras",
    "target_status": "moving_away",
    "target_text": "Går åt fel håll",
    "target_value": 3.0,
    "target_year": 2030,
    "own": False,
}
SERIES = [
    {"year": 2020, "area": 1.5, "median": 2.0, "riket": 2.2, "women": None, "men": None,
     "path": 1.5},
    {"year": 2021, "area": 1.4, "median": 2.1, "riket": 2.3, "women": None, "men": None,
     "path": 1.7},
    {"year": 2022, "area": 1.23456, "median": 2.2, "riket": 2.4, "women": None, "men": None,
     "path": 1.9},
]  # fmt: skip
ACTION = {
    "code": "S1.2",
    "title": "Bygg fler cykelbanor",
    "description": "",
    "level": "action",
    "level_text": "Åtgärd",
    "depth": 1,
    "owner": "Tekniska förvaltningen",
    "partners": [],
    "persons": [],
    "status": "ongoing",
    "status_text": "Pågår",
    "percent": 40,
    "start": "2025-01-01",
    "end": "2026-12-31",
    "last_report": None,
    "targets": ["11.2"],
    "kpis": [{"kpi_id": "N07806", "title": "Cykelväg i kommunen, meter/inv", "unit": "m"}],
}


def part(language: str) -> dict:
    english = language == "en"
    title = "Sustainable cities" if english else GOAL_ROW["title"]
    row = {**GOAL_ROW, "title": title}
    kpi_row = {**KPI_ROW, "title": "Cycle paths" if english else KPI_ROW["title"]}
    return {
        "oversikt": {
            "year": 2022,
            "comparison": "all municipalities" if english else "alla kommuner",
            "comparison_size": 290,
            "index": "48",
            "goals": [row, OTHER_ROW],
            "colour_help": {"red": "sämsta fjärdedelen", "green": "bästa fjärdedelen"},
            "target_legend": [["moving_away", "Går åt fel håll"], ["no_target", "Inget målvärde"]],
        },
        "mal": {
            "11": {
                "goal": 11,
                "title": title,
                "long_title": "Göra städer inkluderande, säkra och hållbara",
                "row": row,
                "kpis": [kpi_row],
                "targets": [{"id": "11.2", "title": "Hållbara transporter för alla"}],
            },
            "4": {
                "goal": 4,
                "title": "God utbildning",
                "long_title": "",
                "row": None,
                "kpis": [],
                "targets": [],
            },
        },  # fmt: skip
        "nyckeltal": {
            "N07806": {
                "row": kpi_row,
                "goal_title": title,
                "description": "Meter cykelväg per invånare.",
                "kolada": True,
                "series": SERIES,
                "median_name": "Median, alla kommuner",
                "target": {
                    "value": 3.0,
                    "year": 2030,
                    "label": "Målvärde 3 år 2030",
                    "path_label": "Väg till målvärdet 3 år 2030",
                    "path_description": "Den streckade linjen är vägen dit.",
                },
                "pace": "Takten sedan 2020: -8 % per år; takten som behövs: 9 % per år.",
            }
        },
        "prioriteringar": {
            "decided_on": "2025-03-10",
            "body": "Kommunfullmäktige",
            "reference": "KS 2025/12 §34",
            "motivation": "Trafiken är vår största utmaning.",
            "earlier_decisions": 1,
            "goals": [
                {
                    "goal": 11,
                    "title": title,
                    "rank": 1,
                    "level": "red",
                    "level_text": "Stor utmaning",
                }
            ],
            "targets": [{"id": "11.2", "title": "Hållbara transporter för alla"}],
            "criteria": [{"name": "Utmaning", "weight": 0.3}],
        },  # fmt: skip
        "handlingsplan": {
            "n_actions": 2,
            "mean_progress": 45,
            "goals": [
                {
                    "goal": 11,
                    "title": title,
                    "prioritised": True,
                    "actions": [
                        ACTION,
                        {
                            **ACTION,
                            "code": "S1.3",
                            "title": "Cykelparkering",
                            "status": "done",
                            "status_text": "Klar",
                            "percent": 50,
                        },
                    ],
                }
            ],
            "without_goal": [],
        },  # fmt: skip
        "uppfoljning": {
            "cycles": [
                {
                    "name": "Tertial 1 2026",
                    "kind_text": "Tertial",
                    "period_start": "2026-01-01",
                    "period_end": "2026-04-30",
                    "closed_on": "2026-05-20",
                    "counts": [{"status": "on_track", "text": "Enligt plan", "n": 1}],
                    "reports": [
                        {
                            "code": "S1.2",
                            "title": "Bygg fler cykelbanor",
                            "status": "on_track",
                            "status_text": "Enligt plan",
                            "percent": 40,
                            "comment": "Två sträckor klara.",
                        }
                    ],
                }
            ]
        },  # fmt: skip
        "coverage": {
            "with_plan": True,
            "goals": [
                {
                    "goal": 11,
                    "title": title,
                    "n_kpis": 3,
                    "n_with_data": 2,
                    "n_with_target": 1,
                    "n_actions": 2,
                }
            ],
            "totals": {"n_kpis": 3, "n_with_data": 2, "n_with_target": 1, "n_actions": 2},
        },  # fmt: skip
    }


def content(organisation, sections=SECTIONS, marker: str = "") -> dict:
    """The content of a publication of ``sections``; ``marker`` goes into the texts (so a
    test can tell two versions apart)."""
    text = {}
    for language in ("sv", "en"):
        found = part(language)
        found["oversikt"]["goals"][0] = {
            **found["oversikt"]["goals"][0],
            "reason": f"{GOAL_ROW['reason']} {marker}".strip(),
        }
        text[language] = {
            code: value
            for code, value in found.items()
            if code in sections or (code == "coverage" and "oversikt" in sections)
        }
    return copy.deepcopy(
        {
            "schema": 1,
            "organisation": {
                "id": organisation.pk,
                "name": organisation.name,
                "type": organisation.type,
            },
            "sections": list(sections),
            "person_names": False,
            "data": {"version": 7, "loaded_at": "2026-12-06T06:44:10+00:00", "year": 2022},
            "text": text,
        }
    )


def publish(organisation, sections=SECTIONS, marker: str = "") -> Publication:
    """Store a published version of ``sections`` (replacing any published one)."""
    Publication.objects.filter(organisation=organisation, state="published").update(
        state="replaced"
    )
    publication = Publication.objects.create(
        organisation=organisation,
        sections=list(sections),
        state=Publication.State.PUBLISHED,
        content=content(organisation, sections, marker),
        decided_at=timezone.now(),
        data_version=7,
        data_loaded_at=timezone.now(),
    )
    publication.etag = publishing.fingerprint(publication)
    publication.save()
    publishing.forget(organisation.pk)
    return publication


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    publishing.HELD.clear()
    yield
    cache.clear()
    publishing.HELD.clear()
