"""Heavy renders never starve page views: while every render slot is taken, a download
that is not cached is answered at once with a 503 page and Retry-After (not queued behind
the render), nothing is rendered, and once the slot is free the file comes."""

import threading

import pytest

from styra.web.reports import filecache, views

from .conftest import BASE, text_of


@pytest.fixture(params=["directory", "process"])
def slots(request, settings, tmp_path):
    """Slots in lock files every worker shares, or only this process's own."""
    settings.STYRA_CACHE_DIR = str(tmp_path) if request.param == "directory" else ""
    settings.STYRA_RENDER_SLOTS = 1


def renderer(calls: list):
    def render(content, version=None):
        calls.append(content["language"])
        return b"%PDF-1.7"

    return render


def test_a_download_while_the_slot_is_taken_gets_a_503(
    slots, client_for, editor_a, org_a, monkeypatch
):
    calls: list = []
    monkeypatch.setitem(views.FORMATS, "pdf", ("application/pdf", renderer(calls)))
    client = client_for(editor_a)
    with filecache.render_slot() as held:
        assert held
        busy = client.get(f"{BASE}dokument.pdf")
    assert busy.status_code == 503 and busy["Retry-After"] == "3"
    assert "no-store" in busy["Cache-Control"]
    assert "Dokumentet tas fram" in text_of(busy) and "Försök igen om 3 sekunder" in text_of(busy)
    assert calls == []
    assert client.get(f"{BASE}dokument.pdf").status_code == 200 and len(calls) == 1


def test_a_second_render_does_not_wait_for_the_first(slots):
    started, finish = threading.Event(), threading.Event()

    def slow(content, version=None):
        started.set()
        finish.wait(5)
        return b"%PDF-1.7 first"

    first = threading.Thread(target=filecache.rendered, args=("pdf", slow, {"n": 1}))
    first.start()
    try:
        assert started.wait(5)
        with pytest.raises(filecache.RenderBusy):
            filecache.rendered("pdf", pytest.fail, {"n": 2})
    finally:
        finish.set()
        first.join()
    assert filecache.rendered("pdf", lambda c, v=None: b"%PDF-1.7 second", {"n": 2}).endswith(
        b"second"
    )


def test_a_slot_held_by_another_process_counts(settings, tmp_path):
    import fcntl

    settings.STYRA_CACHE_DIR = str(tmp_path)
    (tmp_path / "documents").mkdir()
    with open(tmp_path / "documents" / "render-0.lock", "a+b") as other_worker:
        fcntl.flock(other_worker, fcntl.LOCK_EX | fcntl.LOCK_NB)  # another open file: as a process
        with filecache.render_slot() as held:
            assert not held
        settings.STYRA_RENDER_SLOTS = 2
        with filecache.render_slot() as held:
            assert held
