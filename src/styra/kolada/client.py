"""A polite client for Kolada's live API (v2): paging, retries, chunked URLs.

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
from typing import Literal

import httpx
import polars as pl
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from styra import __version__

DEFAULT_BASE_URL = "https://api.kolada.se/v2"
CONTACT_URL = "https://github.com/styra-agenda2030/styra"
USER_AGENT = f"Styra/{__version__} (+{CONTACT_URL})"
MAX_PER_PAGE = 5000
# Room kept for "?page=NN&per_page=5000" so a next_page URL stays under the limit too.
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
    values: list[dict]
    count: int
    next_page: str | None = None
    previous_page: str | None = None


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


# --- chunking ---------------------------------------------------------------------------


def chunk_ids(ids: Sequence[str], budget: int) -> list[list[str]]:
    """Split ``ids`` into runs whose comma-joined text is at most ``budget`` characters."""
    chunks: list[list[str]] = []
    current: list[str] = []
    length = 0
    for item in ids:
        if len(item) > budget:
            raise ValueError(f"id {item!r} alone is longer than the URL budget ({budget})")
        extra = len(item) + (1 if current else 0)
        if current and length + extra > budget:
            chunks.append(current)
            current, length = [], 0
            extra = len(item)
        current.append(item)
        length += extra
    if current:
        chunks.append(current)
    return chunks


def chunk_evenly(ids: Sequence[str], budget: int) -> list[list[str]]:
    """As :func:`chunk_ids`, with as few chunks, but of about equal length."""
    greedy = chunk_ids(ids, budget)
    share = -(-joined_length(ids) // len(greedy)) + max(len(item) for item in ids)
    balanced = chunk_ids(ids, min(budget, share))
    return balanced if len(balanced) == len(greedy) else greedy


def joined_length(ids: Sequence[str]) -> int:
    return sum(len(item) for item in ids) + max(0, len(ids) - 1)


def plan_data_urls(
    base_url: str,
    kpi_ids: Sequence[str],
    municipality_ids: Sequence[str] | None,
    years: Sequence[int] | None,
    max_url_length: int,
) -> list[str]:
    """Data URLs ``{base}/data/kpi/{ids}[/municipality/{ids}][/year/{years}]``.

    Kolada needs two of the three lists. Each URL stays under ``max_url_length``
    (with room for the paging query). Years get the room they need first, then
    municipalities up to what leaves a quarter for KPI ids; the KPI ids fill
    the rest, so few requests cover everything.
    """
    dimensions = []
    if municipality_ids:
        dimensions.append(("municipality", list(municipality_ids)))
    if years:
        dimensions.append(("year", [str(year) for year in years]))
    if not dimensions:
        raise ValueError("give years or municipality ids (Kolada needs two of three)")
    base = f"{base_url.rstrip('/')}/data/kpi/"
    fixed = len(base) + sum(len(f"/{name}/") for name, _ in dimensions) + QUERY_RESERVE
    available = max_url_length - fixed
    room_for_kpis = min(joined_length(kpi_ids), available // 4)
    if available - room_for_kpis < 4:
        raise ValueError(f"max_url_length {max_url_length} leaves no room for ids")
    chunked: dict[str, list[list[str]]] = {}
    for name, ids in sorted(dimensions, key=lambda dimension: joined_length(dimension[1])):
        room = min(joined_length(ids), available - room_for_kpis)
        chunked[name] = chunk_evenly(ids, room)
        available -= max(joined_length(chunk) for chunk in chunked[name])
    urls = [base + ",".join(kpis) for kpis in chunk_ids(kpi_ids, available)]
    for name, _ in dimensions:
        urls = [f"{url}/{name}/{','.join(chunk)}" for url in urls for chunk in chunked[name]]
    return urls


# --- the client -------------------------------------------------------------------------


def items_to_frame(items: Iterable[DataItem]) -> pl.DataFrame:
    """Long values; a null value or a non-empty status (suppressed) stays missing."""
    columns: dict[str, list] = {name: [] for name in VALUE_SCHEMA}
    for item in items:
        for entry in item.values:
            columns["kpi"].append(item.kpi)
            columns["municipality_id"].append(item.municipality)
            columns["year"].append(item.period)
            columns["gender"].append(entry.gender)
            columns["value"].append(None if entry.status else entry.value)
    return pl.DataFrame(columns, schema=VALUE_SCHEMA)


class KoladaClient:
    """Kolada API v2 over httpx, at most ``concurrency`` requests in flight.

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
    ):
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        if not 1 <= per_page <= MAX_PER_PAGE:
            raise ValueError(f"per_page must be 1…{MAX_PER_PAGE}")
        self.base_url = base_url.rstrip("/")
        self.concurrency = concurrency
        self.retry = retry or RetryPolicy()
        self.sleep = sleep
        self.per_page = per_page
        self.max_url_length = max_url_length
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
        """Every item of ``url``, following ``next_page`` to the end, each validated.

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
                raise KoladaError(next_url, "next_page points back to a page already read")
            seen.add(next_url)
            envelope = self.get_envelope(next_url)
            items += validate_items(next_url, envelope.values, model)
            next_url = envelope.next_page or None
        return items

    # -- metadata -------------------------------------------------------------------------

    def fetch_kpis(self, ids: Sequence[str] | None = None) -> list[Kpi]:
        if not ids:
            return self.fetch_items(f"{self.base_url}/kpi", Kpi)
        budget = self.max_url_length - len(self.base_url) - len("/kpi/") - QUERY_RESERVE
        kpis: list[Kpi] = []
        for chunk in chunk_ids(list(ids), budget):
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
            self.base_url, list(kpi_ids), municipality_ids, years, self.max_url_length
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
