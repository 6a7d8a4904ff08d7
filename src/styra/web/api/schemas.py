"""The shapes of the public reads' answers (pydantic, via django-ninja): what
``/api/v1/openapi.json`` documents and every answer is checked against.

The analysis document nests the analysis engine's own dataclasses
(``KpiResult``, ``GoalResult`` …), so its schema follows the engine and the CLI's
``styra analyse --format json`` without a copy that could drift.
"""

from datetime import datetime
from typing import Any, Literal

from ninja import Schema
from pydantic import Field

from styra.analysis import AnalysisSettings, GoalResult, KpiResult, PeerComparison, ReferenceSet


class ErrorOut(Schema):
    detail: str = Field(description="What is wrong, in plain words.")
    parameter: str | None = Field(description="The parameter at fault (null: none).")


class TooManyRequests(ErrorOut):
    retry_after: int = Field(description="Seconds to wait, as in the Retry-After header.")


class TargetOut(Schema):
    id: str = Field(examples=["11.2"])
    title_sv: str
    title_en: str
    short_title_sv: str


class GoalOut(Schema):
    number: int = Field(ge=1, le=17)
    short_title_sv: str
    short_title_en: str
    title_sv: str
    title_en: str
    colour: str = Field(description="The goal's colour, #rrggbb.")
    n_targets: int
    targets: list[TargetOut] | None = Field(description="With ?targets=true, else null.")


class AreaOut(Schema):
    id: str = Field(description="Kolada id, e.g. 0180.", examples=["0180"])
    name: str
    type: Literal["K", "L", "riket"] = Field(description="K kommun, L region, riket Riket.")
    region: str | None = Field(description="A kommun's region (Kolada id).")
    kommungrupp: str | None = Field(description="SKR:s kommungrupp, e.g. A1.")
    kommungrupp_name: str | None


class Agenda2030Out(Schema):
    goal: int
    secondary_goal: int | None
    targets: list[str]
    polarity: int = Field(description="1 higher is better, -1 lower is better, 0 neither.")
    target_value: float | None = Field(description="The default target (a policy target).")
    target_year: int | None
    comparable: bool = Field(description="False for totals that grow with the area's size.")


class KpiOut(Schema):
    id: str = Field(examples=["N00401"])
    title: str
    unit: str
    description: str
    municipality_type: str = Field(description="K kommun, L region, A both.")
    agenda2030: Agenda2030Out | None = Field(
        description="Its place in Styra's curated Agenda 2030 set (null: not in it)."
    )


class ValueOut(Schema):
    kpi_id: str
    area_id: str
    year: int
    gender: Literal["T", "K", "M"] = Field(description="T total, K women, M men.")
    value: float | None = Field(description="null: missing or suppressed, never 0.")


class ValuesPage(Schema):
    results: list[ValueOut]
    next: str | None = Field(description="The next page's URL (null: this is the last).")
    source: str
    licence: str


class AnalysisOut(Schema):
    """``styra analyse --format json``: the ``AreaAnalysis`` with ``peers`` and ``source``."""

    area_id: str
    title: str
    area_type: str
    year: int
    reference: ReferenceSet
    kpis: list[KpiResult]
    goals: list[GoalResult]
    overall_index: float | None
    index_scored: int
    index_judgeable: int
    settings: AnalysisSettings
    data_year: int | None
    ranking: str
    peers: PeerComparison | None
    source: str


class LicenceOut(Schema):
    id: str = Field(examples=["CC-BY-4.0"])
    url: str


class PublishedOrganisationOut(Schema):
    id: str
    name: str
    type: str


class SectionLinkOut(Schema):
    section: str
    api: str = Field(description="The section's content in this API.")
    page: str | None = Field(description="The public page that shows it.")


class PublishedOut(Schema):
    organisation: PublishedOrganisationOut
    sections: list[str]
    published_at: datetime | None
    data_version: int | None
    data_loaded_at: datetime | None
    year: int | None = Field(description="The analysis year of the published content.")
    licence: LicenceOut = Field(description="The licence of the organisation's own data.")
    kolada_licence: LicenceOut = Field(description="The licence of Kolada's values.")
    source: str
    links: list[SectionLinkOut]


class SectionOut(Schema):
    organisation: PublishedOrganisationOut
    section: str
    lang: Literal["sv", "en"]
    published_at: datetime | None
    data_version: int | None
    licence: LicenceOut
    source: str
    content: dict[str, Any] | None = Field(
        description="The section as the public page shows it (docs/public-site.md); "
        "null where there is nothing to show (e.g. no priority decision)."
    )
