"""Heavy renders never starve page views: a download that is not cached is answered at
once with the waiting page (the render runs in the background worker, which waits for a
render slot), also while every slot is taken; a render run within the request (the
immediate backend) never waits for a slot but says they were busy."""

import threading

import pytest

from styra.web.reports import filecache, views
from tests.web.background.worker import database_tasks, run_worker  # noqa: F401

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


@pytest.mark.usefixtures("database_tasks")
def test_a_download_while_the_slot_is_taken_is_answered_at_once(
    slots, client_for, editor_a, org_a, monkeypatch
):
    calls: list = []
    monkeypatch.setitem(views.FORMATS, "pdf", ("application/pdf", renderer(calls)))
    client = client_for(editor_a)
    with filecache.render_slot() as held:
        assert held
        busy = client.get(f"{BASE}dokument.pdf")
        assert busy.status_code == 302  # to the waiting page, without waiting for the slot
        assert "Dokumentet tas fram" in text_of(client.get(busy["Location"]))
    assert calls == []
    run_worker()
    assert client.get(f"{BASE}dokument.pdf").status_code == 200 and len(calls) == 1


def test_the_worker_waits_for_a_slot_a_render_in_the_request_does_not(
    slots, client_for, editor_a, org_a, monkeypatch
):
    calls: list = []
    monkeypatch.setitem(views.FORMATS, "pdf", ("application/pdf", renderer(calls)))
    client = client_for(editor_a)
    with filecache.render_slot() as held:
        assert held
        busy = client.get(f"{BASE}dokument.pdf")  # the immediate backend: no waiting
        assert "Alla platser för att ta fram dokument var upptagna" in text_of(
            client.get(busy["Location"])
        )
    assert calls == []
    taken, release = threading.Event(), threading.Event()

    def hold_a_while():
        with filecache.render_slot() as held:
            assert held
            taken.set()
            release.wait(5)

    holder = threading.Thread(target=hold_a_while)
    holder.start()
    assert taken.wait(5)
    threading.Timer(0.3, release.set).start()
    data = filecache.rendered(
        "pdf", renderer(calls), {"language": "sv"}, wait=5
    )  # as in the worker
    holder.join()
    assert data == b"%PDF-1.7" and len(calls) == 1


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
