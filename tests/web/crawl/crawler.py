"""Follow every link and form target of a site with Django's test client, breadth first.

``crawl(client, seeds, in_scope)`` asks each URL once with GET — ``a[href]``,
``form[action]``, and ``hx-get``/``hx-post`` targets (those with an ``HX-Request``
header, as htmx sends them) — and follows the redirects and links of every HTML
answer that ``in_scope`` accepts. It returns what each URL answered.
"""

from collections import deque
from collections.abc import Callable, Iterable, Set
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import lxml.html
from django.core.signals import request_finished
from django.db import close_old_connections
from django.test import Client

PLAIN_TARGETS = "//a/@href | //form/@action"
HX_TARGETS = "//*/@hx-get | //*/@hx-post"


@dataclass(frozen=True)
class Request:
    url: str  # path and query, no fragment
    hx: bool  # asked as htmx asks (a fragment, not a whole page)


@dataclass(frozen=True)
class Answer:
    request: Request
    status: int
    found_on: str  # the page that linked it; "" for a seed
    location: str = ""  # where a redirect leads
    whole_page: bool = False  # an HTML document, not a fragment or a file
    is_file: bool = False  # a download (CSV, Excel, PDF, Word …), not HTML
    has_main: bool = False  # a <main> landmark (element or role="main")

    @property
    def url(self) -> str:
        return self.request.url


def crawl(
    client: Client,
    seeds: Iterable[str],
    in_scope: Callable[[str], bool],
    skip: Set[str] = frozenset(),
) -> dict[Request, Answer]:
    """Each in-scope URL reachable from the seeds, asked once, with its answer; URLs in
    ``skip`` are not asked (nor followed)."""
    queue = deque((Request(url, hx=False), "") for url in seeds)
    answers: dict[Request, Answer] = {}
    while queue:
        request, found_on = queue.popleft()
        if request in answers or request.url in skip:
            continue
        answer, links = fetch(client, request, found_on)
        answers[request] = answer
        queue.extend((link, request.url) for link in links if in_scope(link.url))
    return answers


def fetch(client: Client, request: Request, found_on: str) -> tuple[Answer, list[Request]]:
    headers = {"HX-Request": "true"} if request.hx else {}
    response = client.get(request.url, headers=headers)
    try:
        if response.status_code in (301, 302, 303, 307, 308):
            location = normalise(request.url, response["Location"])
            answer = Answer(request, response.status_code, found_on, location=location)
            return answer, [Request(location, request.hx)] if location else []
        if response.status_code != 200:
            return Answer(request, response.status_code, found_on), []
        if not is_html(response):
            return Answer(request, 200, found_on, is_file=True), []
        text = response.content.decode(response.charset or "utf-8")
        answer, links = read_html(request, found_on, text)
        return answer, links
    finally:
        close_quietly(response)


def close_quietly(response) -> None:
    """Close the response (and a streamed file) without the request_finished signal
    closing the database connection: on PostgreSQL that ends the test's transaction
    (Django's own test client disconnects the same handler while it handles a request)."""
    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)


def is_html(response) -> bool:
    return response.get("Content-Type", "").startswith("text/html") and not response.streaming


def read_html(request: Request, found_on: str, text: str) -> tuple[Answer, list[Request]]:
    if not text.strip():
        return Answer(request, 200, found_on), []
    document = lxml.html.document_fromstring(text) if "<html" in text else None
    tree = (
        document
        if document is not None
        else lxml.html.fragment_fromstring(text, create_parent="div")
    )
    has_main = bool(tree.xpath("//main | //*[@role='main']"))
    links = [
        Request(url, hx)
        for hx, query in ((False, PLAIN_TARGETS), (True, HX_TARGETS))
        for url in (normalise(request.url, target) for target in tree.xpath(query))
        if url
    ]
    answer = Answer(request, 200, found_on, whole_page=document is not None, has_main=has_main)
    return answer, links


def normalise(base: str, target: str) -> str:
    """Path and query of a link on the page at ``base``; "" if it leaves the site."""
    target = target.strip()
    if not target or target.startswith(("#", "mailto:", "tel:", "javascript:")):
        return ""
    parts = urlsplit(urljoin(f"http://testserver{base}", target))
    if parts.netloc != "testserver":
        return ""
    return f"{parts.path}?{parts.query}" if parts.query else parts.path
