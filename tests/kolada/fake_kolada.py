"""A local fake of Kolada's API v3, serving a small slice of the real bundle.

The slice (11 kommuner of all SKR groups, their regions and Riket; 8 KPIs, 6 of
them in the Agenda 2030 set; the SKR groups, two other area groups and three
KPI groups) is read from ``../shared/data/kolada`` and served in Kolada's own
JSON format (``values``, ``count``, ``next_url``, ``previous_url``), paged, with
faults injectable per test (see :class:`Fault`). Like Kolada it answers 400 to
a list of more than 25 ids or 20 years, and to a URL over its length limit.
"""

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import polars as pl

from tests.shared_data import REAL_BUNDLE as KOLADA_DATA

KOMMUNER = ("0114", "0180", "0380", "0662", "0684", "0885", "0980", "1280", "1480", "2480", "2584")
AGENDA_KPIS = ("N00209", "N00401", "N00945", "N07403", "N15428", "U01405")
OTHER_KPIS = ("N00003", "N01951")
# A region-only KPI the fake puts in an Agenda 2030 group: the sync must leave it out.
REGION_KPI = "N00333"
SKR_GROUPS = tuple(f"G9278{i}" for i in range(6, 10)) + tuple(f"G9279{i}" for i in range(5))
KPI_GROUPS = ("G2KPI130255", "G2KPI196561", "G2KPI115967")
VALUE_KEY = ["kpi", "municipality_id", "year", "gender"]


@dataclass
class Slice:
    """The source data, as API items and as the long value frame they should give back."""

    municipalities: list[dict]
    municipality_groups: list[dict]
    kpis: list[dict]
    kpi_groups: list[dict]
    data: list[dict]
    values: pl.DataFrame  # kpi, municipality_id, year (Int16), gender, value (null = missing)


def read_csv(name: str) -> pl.DataFrame:
    return pl.read_csv(KOLADA_DATA / name, infer_schema_length=0)


def load_slice() -> Slice:
    areas = read_csv("municipalities.csv")
    regions = {f"00{kommun[:2]}" for kommun in KOMMUNER} | {"0000"}
    areas = areas.filter(pl.col("id").is_in(list(KOMMUNER)) | pl.col("id").is_in(list(regions)))
    area_ids = areas["id"].to_list()
    municipalities = [
        {"id": row["id"], "title": row["title"], "type": row["type"]}
        for row in areas.iter_rows(named=True)
    ]
    values = source_values(area_ids)
    missing = pl.DataFrame(
        [(k, a, y, g, None) for k, a, y, g, _, _ in MISSING], schema=values.schema, orient="row"
    )
    return Slice(
        municipalities=municipalities,
        municipality_groups=municipality_groups(area_ids),
        kpis=kpi_items(),
        kpi_groups=kpi_groups(),
        data=to_items(values),
        values=pl.concat([values, missing]).sort(VALUE_KEY),
    )


def municipality_groups(area_ids: list[str]) -> list[dict]:
    groups = read_csv("municipality_groups.csv")
    members = read_csv("municipality_group_members.csv")
    liknande = members.filter(
        pl.col("member_id").eq("0180")
        & pl.col("group_id").is_in(
            groups.filter(pl.col("title").str.starts_with("Liknande"))["group_id"].implode()
        )
    )["group_id"].to_list()[:2]
    chosen = groups.filter(pl.col("group_id").is_in([*SKR_GROUPS, *liknande]))
    items = []
    for group in chosen.iter_rows(named=True):
        rows = members.filter(
            (pl.col("group_id") == group["group_id"]) & pl.col("member_id").is_in(area_ids)
        )
        items.append(
            {
                "id": group["group_id"],
                "title": group["title"],
                "members": [
                    {"member_id": m["member_id"], "member_title": m["member_title"]}
                    for m in rows.iter_rows(named=True)
                ],
            }
        )
    return items


def kpi_items() -> list[dict]:
    frame = read_csv("kpi_metadata_2026_rkolada.csv").filter(
        pl.col("id").is_in([*AGENDA_KPIS, *OTHER_KPIS, REGION_KPI])
    )
    return [
        {
            "id": row["id"],
            "title": row["title"],
            "description": row["description"] or "",
            "is_divided_by_gender": 1 if row["is_divided_by_gender"] == "True" else 0,
            "municipality_type": row["municipality_type"],
            "auspices": row["auspice"],
            "operating_area": row["operating_area"],
            "perspective": row["perspective"],
            "prel_publication_date": row["prel_publication_date"],
            "publication_date": row["publication_date"],
            "publ_period": row["publ_period"],
            "has_ou_data": row["has_ou_data"] == "True",
        }
        for row in frame.iter_rows(named=True)
    ]


def kpi_groups() -> list[dict]:
    titles = dict(read_csv("kpi_groups_2024.csv").select("group_id", "title").iter_rows())
    members = read_csv("kpi_group_members_2024.csv").filter(
        pl.col("kpi_id").is_in([*AGENDA_KPIS, *OTHER_KPIS])
    )
    items = []
    for group_id in KPI_GROUPS:
        kpi_ids = members.filter(pl.col("group_id") == group_id)["kpi_id"].to_list()
        if group_id == "G2KPI130255":
            kpi_ids.append(REGION_KPI)
        items.append(
            {
                "id": group_id,
                "title": titles[group_id],
                "members": [{"member_id": kpi_id, "member_title": kpi_id} for kpi_id in kpi_ids],
            }
        )
    return items


def source_values(area_ids: list[str]) -> pl.DataFrame:
    """The slice's values from the real files, plus a few missing and suppressed ones."""
    schema = {"kpi": pl.Utf8, "municipality_id": pl.Utf8, "year": pl.Int16, "gender": pl.Utf8}
    agenda = pl.read_csv(
        KOLADA_DATA / "values_agenda2030_kommun_1994_2022.csv.gz",
        schema_overrides={**schema, "value": pl.Float64},
    ).filter(pl.col("kpi").is_in(AGENDA_KPIS))
    other = (
        pl.scan_parquet(KOLADA_DATA / "values_all_kpis_1994_2022.parquet")
        .filter(pl.col("kpi").is_in(OTHER_KPIS))
        .collect()
    )
    frames = [
        frame.select(pl.col(c).cast(t) for c, t in {**schema, "value": pl.Float64}.items())
        for frame in (agenda, other)
    ]
    values = pl.concat(frames).filter(pl.col("municipality_id").is_in(area_ids))
    return values.sort(VALUE_KEY)


# Items Kolada sends for missing or suppressed values: (kpi, area, year, gender, value, status).
MISSING = (
    ("N00401", "0180", 1995, "T", None, ""),
    ("N07403", "0684", 1995, "T", 17.0, "B"),
    ("N07403", "0684", 1995, "K", None, "Saknas"),
)


def to_items(values: pl.DataFrame, missing: tuple = MISSING) -> list[dict]:
    """Kolada data items: one per (kpi, municipality, period), a value per gender."""
    items: dict[tuple, dict] = {}
    rows = [(*row, "") for row in values.iter_rows()] + [
        (k, a, y, g, v, s) for k, a, y, g, v, s in missing
    ]
    for kpi, area, year, gender, value, status in rows:
        item = items.setdefault(
            (kpi, area, year), {"kpi": kpi, "municipality": area, "period": year, "values": []}
        )
        item["values"].append({"gender": gender, "count": 1, "status": status, "value": value})
    return list(items.values())


# --- faults -----------------------------------------------------------------------------


@dataclass
class Fault:
    """Misbehave on requests whose path contains ``path``, ``times`` times (None = always).

    kinds: ``500``, ``429`` (with ``Retry-After: 1``), ``drop`` (close without an
    answer), ``malformed`` (broken JSON), ``invalid`` (an item without ``period``),
    ``slow`` (answer after ``FakeKolada.slow_seconds``).
    """

    kind: str
    path: str = ""
    times: int | None = 1
    after: int = 0  # let this many matching requests through first


@dataclass
class FakeKolada:
    source: Slice
    max_url_length: int = 2000
    max_per_page: int = 5000
    max_ids: int = 25
    max_years: int = 20
    # The names of the page links: v3's; ("next_page", "previous_page") as v2 had them.
    links: tuple[str, str] = ("next_url", "previous_url")
    slow_seconds: float = 1.0
    delay: float = 0.0
    faults: list[Fault] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    user_agents: set[str] = field(default_factory=set)
    max_in_flight: int = 0
    _in_flight: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None

    @property
    def origin(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def base_url(self) -> str:
        return f"{self.origin}/v3"

    def start(self) -> "FakeKolada":
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                fake.handle(self)

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        server.block_on_close = False
        server.handle_error = lambda request, address: None  # type: ignore[method-assign]
        self._server = server
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def data_requests(self) -> list[str]:
        return [path for path in self.requests if "/data/" in path]

    # -- request handling -----------------------------------------------------------------

    def take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.path in path and (fault.times is None or fault.times > 0):
                    if fault.after > 0:
                        fault.after -= 1
                        return None
                    if fault.times is not None:
                        fault.times -= 1
                    return fault
        return None

    def handle(self, handler: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self.requests.append(handler.path)
            self.user_agents.add(handler.headers.get("User-Agent", ""))
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
        try:
            time.sleep(self.delay)
            self.answer(handler)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with self._lock:
                self._in_flight -= 1

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        if len(self.origin + handler.path) > self.max_url_length:
            return send(handler, 400, {"error": "Request-URI Too Long"})
        fault = self.take_fault(handler.path)
        kind = fault.kind if fault else None
        if kind == "drop":
            handler.close_connection = True
            handler.connection.shutdown(socket.SHUT_RDWR)
            return None
        if kind == "500":
            return send(handler, 500, {"error": "Internal Server Error"})
        if kind == "429":
            return send(handler, 429, {"error": "Too Many Requests"}, {"Retry-After": "1"})
        if kind == "slow":
            time.sleep(self.slow_seconds)
        if kind == "malformed":
            return send_raw(handler, 200, b'{"count": 3, "values": [{"kpi": "N0')
        url = urlsplit(handler.path)
        items = self.route(url.path)
        if items is None:
            return send(handler, 404, {"error": f"not found: {url.path}"})
        if isinstance(items, str):
            return send(handler, 400, {"error": items})
        if kind == "invalid":
            items = [{key: v for key, v in item.items() if key != "period"} for item in items]
        return send(handler, 200, self.page(url, items))

    def page(self, url, items: list[dict]) -> dict:
        query = parse_qs(url.query)
        per_page = min(int(query.get("per_page", ["5000"])[0]), self.max_per_page)
        number = int(query.get("page", ["1"])[0])
        chosen = items[(number - 1) * per_page : number * per_page]
        body: dict = {"count": len(chosen), "values": chosen}
        next_link, previous_link = self.links
        if number * per_page < len(items):
            body[next_link] = f"{self.origin}{url.path}?page={number + 1}&per_page={per_page}"
        if number > 1:
            body[previous_link] = f"{self.origin}{url.path}?page={number - 1}&per_page={per_page}"
        return body

    def route(self, path: str) -> list[dict] | str | None:
        parts = [part for part in path.split("/") if part]
        if parts[:1] != ["v3"]:
            return None
        parts = parts[1:]
        source = self.source
        if parts == ["municipality"]:
            return source.municipalities
        if parts == ["municipality_groups"]:
            return source.municipality_groups
        if parts == ["kpi_groups"]:
            return source.kpi_groups
        if parts == ["kpi"]:
            return source.kpis
        if len(parts) == 2 and parts[0] == "kpi":
            wanted = parts[1].split(",")
            if len(wanted) > self.max_ids:
                return f"at most {self.max_ids} ids per list, got {len(wanted)}"
            return [kpi for kpi in source.kpis if kpi["id"] in set(wanted)]
        if parts[:1] == ["data"]:
            return self.data(parts[1:])
        return None

    def data(self, parts: list[str]) -> list[dict] | str | None:
        if len(parts) % 2 or not parts:
            return None
        filters = dict(zip(parts[::2], parts[1::2], strict=True))
        if set(filters) - {"kpi", "municipality", "year"}:
            return None
        if len(filters) < 2:
            return "give two of kpi, municipality and year"
        too_long = self.too_long(filters)
        if too_long:
            return too_long
        kpis = set(filters["kpi"].split(",")) if "kpi" in filters else None
        areas = set(filters["municipality"].split(",")) if "municipality" in filters else None
        years = {int(y) for y in filters["year"].split(",")} if "year" in filters else None
        return [
            item
            for item in self.source.data
            if (kpis is None or item["kpi"] in kpis)
            and (areas is None or item["municipality"] in areas)
            and (years is None or item["period"] in years)
        ]

    def too_long(self, filters: dict[str, str]) -> str | None:
        """Kolada's refusal of an over-long id or year list, or None."""
        for name, text in filters.items():
            limit = self.max_years if name == "year" else self.max_ids
            count = len(text.split(","))
            if count > limit:
                return f"at most {limit} values in '{name}', got {count}"
        return None


def send(handler: BaseHTTPRequestHandler, status: int, body: dict, headers: dict | None = None):
    send_raw(handler, status, json.dumps(body, ensure_ascii=False).encode(), headers)


def send_raw(handler: BaseHTTPRequestHandler, status: int, body: bytes, headers=None) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json; charset=utf-8")
    handler.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)
