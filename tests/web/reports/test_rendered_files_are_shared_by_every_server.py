"""With Redis (several servers) a rendered nulägesanalys file is kept in the shared cache,
not in one machine's cache directory: the worker on one machine renders it, a web server
on another serves it (docs/several-servers.md)."""

from pathlib import Path

from django.core.cache import cache

from styra.web.reports import filecache

CONTENT = {"language": "sv", "built_at": "2026-03-01", "data": {"kolada_version": 4}}


def render(content: dict, version=None) -> bytes:
    return b"%PDF-1.7 shared"


def test_with_redis_the_file_goes_to_the_shared_cache(settings, tmp_path):
    settings.STYRA_CACHE_DIR = str(tmp_path)
    settings.REDIS_URL = "redis://127.0.0.1:6379/6"  # the cache itself stays the test's
    cache.clear()
    filecache.rendered("pdf", render, CONTENT)
    assert not list(Path(tmp_path).glob("documents/*.pdf"))
    key = filecache.cache_key("pdf", CONTENT)
    assert cache.get(f"reports:file:{key}") == b"%PDF-1.7 shared"
    assert filecache.cached("pdf", CONTENT) == b"%PDF-1.7 shared"


def test_without_redis_it_stays_in_the_cache_directory(settings, tmp_path):
    settings.STYRA_CACHE_DIR = str(tmp_path)
    settings.REDIS_URL = ""
    filecache.rendered("pdf", render, CONTENT)
    assert [path.suffix for path in Path(tmp_path).glob("documents/*.pdf")] == [".pdf"]
