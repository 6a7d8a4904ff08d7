"""A polite client for Kolada's live API (v3): paging, retries, split id lists.

Every response is validated with pydantic before it is used; anything Styra
cannot accept raises :class:`KoladaError` naming the URL and the field. The
transport, base URL, sleep and jitter are injectable, so tests run against a
local server (or ``httpx.MockTransport``) without waiting.
"""

import random
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from itertools import product
from typing import Literal

import httpx
import polars as pl
from pydantic import (
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)

from styra import __version__

DEFAULT_BASE_URL = "https://api.kolada.se/v3"
CONTACT_URL = "https://github.com/styra-agenda2030/styra"
USER_AGENT = f"Styra/{__version__} (+{CONTACT_URL})"
MAX_PER_PAGE = 5000
# Kolada v3 refuses longer lists: at most 25 ids (KPIs, areas) per list, ~20 years.
MAX_IDS_PER_LIST = 25
MAX_YEARS_PER_REQUEST = 20
# Room kept for "?page=NN&per_page=5000" so a next page's URL stays under the limit too.
QUERY_RESERVE = 40
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
VALUE_SCHEMA = {
    "kpi": pl.Utf8,
    "municipality_id": pl.Utf8,
    "year": pl.Int16,
    "gender": pl.Utf8,
    "value": pl.Float64,
}


class KoladaError(RuntimeError):
    """Kolada answered something Styra cannot use, or did not answer at all."""

    def __init__(self, url: str, message: str):
        self.url = url
        super().__init__(f"{url}: {message}")


class Cancelled(KoladaError):
    """Paging stopped because another part of the same fetch failed."""

    def __init__(self, url: str):
        super().__init__(url, "cancelled")


# --- response models --------------------------------------------------------------------


class Envelope(BaseModel):
    """Every v3 answer: ``values`` and the link to the next page (``next_url``; the
    v2 name ``next_page`` is read too). ``count`` is not relied on."""

    values: list[dict]
    count: int | None = None
    next_url: str | None = Field(None, validation_alias=AliasChoices("next_url", "next_page"))
    previous_url: str | None = Field(
        None, validation_alias=AliasChoices("previous_url", "previous_page")
    )


class Kpi(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1)
    title: str
    description: str | None = None
    is_divided_by_gender: bool = False
    municipality_type: Literal["K", "L", "A"]
    auspices: str | None = None
    operating_area: str | None = None
    perspective: str | None = None
    prel_publication_date: str | None = None
    publication_date: str | None = None
    publ_period: str | None = None
    has_ou_data: bool = False

    @field_validator("publ_period", mode="before")
    @classmethod
    def period_as_text(cls, value: object) -> object:
        return str(value) if isinstance(value, int) else value


class Member(BaseModel):
    member_id: str
    member_title: str | None = None


class Group(BaseModel):
    """A KPI group or a municipality group: same shape in Kolada."""

    id: str = Field(min_length=1)
    title: str
    members: list[Member] = []


class Municipality(BaseModel):
    id: str = Field(pattern=r"^\d{4}$")
    title: str
    type: Literal["K", "L"]


class DataValue(BaseModel):
    gender: Literal["T", "K", "M"]
    count: int | None = None
    status: str | None = None
    value: float | None = None
    isdeleted: bool = False


class DataItem(BaseModel):
    kpi: str = Field(min_length=1)
    municipality: str = Field(min_length=1)
    period: int = Field(ge=1900, le=2100)
    values: list[DataValue]


# --- politeness -------------------------------------------------------------------------


def full_jitter(delay: float) -> float:
    """A random wait between half and all of ``delay`` (spreads retries apart)."""
    return delay * (0.5 + random.random() / 2)


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to wait before asking again (429, 5xx, network faults)."""

    max_retries: int = 5
    backoff: float = 1.0
    max_backoff: float = 60.0
    max_retry_after: float = 300.0
    jitter: Callable[[float], float] = field(default=full_jitter)

    def delay(self, attempt: int) -> float:
        """The wait before retry number ``attempt`` (1, 2, …): exponential, capped, jittered."""
        return self.jitter(min(self.max_backoff, self.backoff * 2 ** (attempt - 1)))


@dataclass(frozen=True)
class Retry:
    cause: str
    retry_after: float | None = None


def retry_after_seconds(response: httpx.Response) -> float | None:
    """``Retry-After`` in seconds, or None when absent or given as a date."""
    header = response.headers.get("Retry-After", "").strip()
    try:
        return max(0.0, float(header))
    except ValueError:
        return None


# --- splitting id lists ----------------------------------------------------------------


def joined_length(ids: Sequence[str]) -> int:
    return sum(len(item) for item in ids) + max(0, len(ids) - 1)


def split_evenly(ids: Sequence[str], parts: int) -> list[list[str]]:
    """``ids`` in ``parts`` runs, in order, whose sizes differ by at most one."""
    size, extra = divmod(len(ids), parts)
    chunks, start = [], 0
    for index in range(parts):
        end = start + size + (1 if index < extra else 0)
        chunks.append(list(ids[start:end]))
        start = end
    return chunks


def chunk_ids(ids: Sequence[str], max_count: int, budget: int) -> list[list[str]]:
    """Runs of at most ``max_count`` ids whose comma-joined text is at most ``budget``."""
    chunks: list[list[str]] = []
    current: list[str] = []
    for item in ids:
        if len(item) > budget:
            raise ValueError(f"id {item!r} alone is longer than the URL budget ({budget})")
        if current and (len(current) == max_count or joined_length([*current, item]) > budget):
            chunks.append(current)
            current = []
        current.append(item)
    if current:
        chunks.append(current)
    return chunks


def plan_data_urls(
    base_url: str,
    kpi_ids: Sequence[str],
    municipality_ids: Sequence[str] | None,
    years: Sequence[int] | None,
    max_url_length: int,
    max_ids: int = MAX_IDS_PER_LIST,
    max_years: int = MAX_YEARS_PER_REQUEST,
) -> list[str]:
    """Data URLs ``{base}/data/kpi/{ids}[/municipality/{ids}][/year/{years}]``.

    Kolada needs two of the three lists and refuses a list of more than
    ``max_ids`` ids or ``max_years`` years: each list is split into as few runs
    of about equal size as these limits allow, and each URL gets one run of
    each list. Should a URL (with room for the paging query) still be longer
    than ``max_url_length``, the list with the longest run is split further.
    """
    lists: dict[str, list[str]] = {"kpi": list(kpi_ids)}
    if municipality_ids:
        lists["municipality"] = list(municipality_ids)
    if years:
        lists["year"] = [str(year) for year in years]
    if not kpi_ids or len(lists) < 2:
        raise ValueError("give KPI ids and years or municipality ids (Kolada needs two of three)")
    limits = {"kpi": max_ids, "municipality": max_ids, "year": max_years}
    parts = {name: -(-len(ids) // limits[name]) for name, ids in lists.items()}
    base = f"{base_url.rstrip('/')}/data"
    fixed = len(base) + sum(len(f"/{name}/") for name in lists) + QUERY_RESERVE
    while True:
        chunks = {name: split_evenly(ids, parts[name]) for name, ids in lists.items()}
        widths = {name: max(map(joined_length, runs)) for name, runs in chunks.items()}
        if fixed + sum(widths.values()) <= max_url_length:
            break
        splittable = [name for name in lists if parts[name] < len(lists[name])]
        if not splittable:
            raise ValueError(f"max_url_length {max_url_length} leaves no room for ids")
        parts[max(splittable, key=lambda name: widths[name])] += 1
    runs = product(*(chunks[name] for name in lists))
    return [
        base
        + "".join(f"/{name}/{','.join(run)}" for name, run in zip(lists, combination, strict=True))
        for combination in runs
    ]


# --- the client -------------------------------------------------------------------------


def items_to_frame(items: Iterable[DataItem]) -> pl.DataFrame:
    """Long values; a null value, a non-empty status (suppressed) or a deleted value
    stays missing."""
    columns: dict[str, list] = {name: [] for name in VALUE_SCHEMA}
    for item in items:
        for entry in item.values:
            columns["kpi"].append(item.kpi)
            columns["municipality_id"].append(item.municipality)
            columns["year"].append(item.period)
            columns["gender"].append(entry.gender)
            missing = entry.status or entry.isdeleted
            columns["value"].append(None if missing else entry.value)
    return pl.DataFrame(columns, schema=VALUE_SCHEMA)


class KoladaClient:
    """Kolada API v3 over httpx, at most ``concurrency`` requests in flight.

    Thread-safe: :meth:`fetch_values` runs its chunks on a small thread pool.
    Use it as a context manager (or call :meth:`close`).
    """

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 30.0,
        concurrency: int = 4,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        per_page: int = MAX_PER_PAGE,
        max_url_length: int = 2000,
        max_ids: int = MAX_IDS_PER_LIST,
        max_years: int = MAX_YEARS_PER_REQUEST,
    ):
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        if not 1 <= per_page <= MAX_PER_PAGE:
            raise ValueError(f"per_page must be 1…{MAX_PER_PAGE}")
        if max_ids < 1 or max_years < 1:
            raise ValueError("max_ids and max_years must be at least 1")
        self.base_url = base_url.rstrip("/")
        self.concurrency = concurrency
        self.retry = retry or RetryPolicy()
        self.sleep = sleep
        self.per_page = per_page
        self.max_url_length = max_url_length
        self.max_ids = max_ids
        self.max_years = max_years
        self.requests_made = 0
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(concurrency)
        self._http = httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(timeout),
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            follow_redirects=True,
        )

    def __enter__(self) -> "KoladaClient":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    # -- one request, politely ------------------------------------------------------------

    def get_envelope(self, url: str) -> Envelope:
        """GET ``url`` with retries; the parsed, validated response envelope."""
        attempt = 0
        while True:
            outcome = self._attempt(url)
            if isinstance(outcome, Envelope):
                return outcome
            attempt += 1
            if attempt > self.retry.max_retries:
                raise KoladaError(url, f"gave up after {attempt} attempts: {outcome.cause}")
            wait = outcome.retry_after
            self.sleep(self.retry.delay(attempt) if wait is None else wait)

    def _attempt(self, url: str) -> "Envelope | Retry":
        """One GET: the envelope, or why (and how long) to wait before trying again."""
        try:
            with self._slots:
                with self._lock:
                    self.requests_made += 1
                response = self._http.get(url)
        except httpx.TimeoutException as error:
            return Retry(f"timed out ({type(error).__name__})")
        except httpx.TransportError as error:
            return Retry(f"connection failed ({type(error).__name__}: {error})")
        if response.status_code in RETRY_STATUSES:
            wait = retry_after_seconds(response)
            if wait is not None and wait > self.retry.max_retry_after:
                raise KoladaError(url, f"HTTP {response.status_code}, asked to wait {wait:.0f} s")
            return Retry(f"HTTP {response.status_code}", wait)
        if response.status_code != 200:
            detail = " ".join(response.text[:200].split()) or response.reason_phrase
            raise KoladaError(url, f"HTTP {response.status_code}: {detail}")
        return parse_envelope(url, response.content)

    # -- paging ---------------------------------------------------------------------------

    def fetch_items(
        self, url: str, model: type[BaseModel], stop: threading.Event | None = None
    ) -> list:
        """Every item of ``url``, following ``next_url`` to the end, each validated.

        ``stop`` (set by another thread) ends the paging early with :class:`Cancelled`.
        """
        separator = "&" if "?" in url else "?"
        next_url: str | None = f"{url}{separator}per_page={self.per_page}"
        items: list = []
        seen: set[str] = set()
        while next_url:
            if stop is not None and stop.is_set():
                raise Cancelled(next_url)
            if next_url in seen:
                raise KoladaError(next_url, "the next page link points back to a page already read")
            seen.add(next_url)
            envelope = self.get_envelope(next_url)
            items += validate_items(next_url, envelope.values, model)
            next_url = envelope.next_url or None
        return items

    # -- metadata -------------------------------------------------------------------------

    def fetch_kpis(self, ids: Sequence[str] | None = None) -> list[Kpi]:
        if not ids:
            return self.fetch_items(f"{self.base_url}/kpi", Kpi)
        budget = self.max_url_length - len(self.base_url) - len("/kpi/") - QUERY_RESERVE
        kpis: list[Kpi] = []
        for chunk in chunk_ids(list(ids), self.max_ids, budget):
            kpis += self.fetch_items(f"{self.base_url}/kpi/{','.join(chunk)}", Kpi)
        return kpis

    def fetch_kpi_groups(self) -> list[Group]:
        return self.fetch_items(f"{self.base_url}/kpi_groups", Group)

    def fetch_municipalities(self) -> list[Municipality]:
        return self.fetch_items(f"{self.base_url}/municipality", Municipality)

    def fetch_municipality_groups(self) -> list[Group]:
        return self.fetch_items(f"{self.base_url}/municipality_groups", Group)

    # -- values ---------------------------------------------------------------------------

    def fetch_values(
        self,
        kpi_ids: Sequence[str],
        municipality_ids: Sequence[str] | None = None,
        years: Sequence[int] | None = None,
        progress: Callable[[int, int, int], None] | None = None,
    ) -> pl.DataFrame:
        """Values ``kpi, municipality_id, year (Int16), gender, value (Float64, null = missing)``.

        ``progress(done, total, rows)`` is called after each chunk.
        """
        if not kpi_ids:
            return pl.DataFrame(schema=VALUE_SCHEMA)
        urls = plan_data_urls(
            self.base_url,
            list(kpi_ids),
            municipality_ids,
            years,
            self.max_url_length,
            self.max_ids,
            self.max_years,
        )
        frames: list[pl.DataFrame] = []
        stop = threading.Event()
        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            futures = [pool.submit(self.fetch_items, url, DataItem, stop) for url in urls]
            try:
                for done, future in enumerate(as_completed(futures), start=1):
                    frames.append(items_to_frame(future.result()))
                    if progress:
                        progress(done, len(urls), sum(frame.height for frame in frames))
            except BaseException:
                # One chunk failed (or we were interrupted): stop the others soon.
                stop.set()
                for pending in futures:
                    pending.cancel()
                raise
        values = pl.concat(frames) if frames else pl.DataFrame(schema=VALUE_SCHEMA)
        return values.unique(
            ["kpi", "municipality_id", "year", "gender"], keep="first", maintain_order=True
        ).sort(["kpi", "municipality_id", "year", "gender"])


def parse_envelope(url: str, content: bytes) -> Envelope:
    try:
        return Envelope.model_validate_json(content)
    except ValidationError as error:
        raise KoladaError(url, f"unexpected response: {describe(error)}") from None


def validate_items(url: str, raw: list[dict], model: type[BaseModel]) -> list:
    items = []
    for index, item in enumerate(raw):
        try:
            items.append(model.model_validate(item))
        except ValidationError as error:
            raise KoladaError(url, f"values[{index}]: {describe(error)}") from None
    return items


def describe(error: ValidationError) -> str:
    """The first problem of a pydantic error as ``field 'a.b': message``."""
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    if first["type"] == "json_invalid":
        return f"malformed JSON ({first['msg']})"
    return f"field '{where}': {first['msg']}" if where else first["msg"]
