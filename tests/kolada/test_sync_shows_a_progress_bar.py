"""On a terminal the sync's values come with a progress bar that reaches the end;
in a log (not a terminal) a line per chunk instead."""

import io

from styra.cli.kolada import values_progress
from styra.kolada.client import KoladaClient
from styra.kolada.sync import sync_bundle


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_counts_every_chunk_to_the_end(fake_kolada, tmp_path):
    terminal = Terminal()
    bar = values_progress(terminal)

    with KoladaClient(fake_kolada.base_url, concurrency=2, max_url_length=150) as client:
        sync_bundle(client, tmp_path / "bundle", on_chunk=bar)

    chunks = bar.bar.length
    assert chunks > 1
    assert bar.bar.pos == chunks
    shown = terminal.getvalue()
    assert "Values from Kolada" in shown
    assert f"{chunks}/{chunks}" in shown


def test_a_log_gets_lines_not_a_bar():
    assert values_progress(io.StringIO()) is None
