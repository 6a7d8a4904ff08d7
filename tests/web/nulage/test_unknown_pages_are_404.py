"""Riket, unknown areas, goals, KPIs and formats are 404, never an empty page."""

import pytest


@pytest.mark.parametrize(
    "url",
    [
        "/omraden/0000/",  # Riket is a reference, not an area to analyse
        "/omraden/9999/",
        "/omraden/0180/mal/18/",
        "/omraden/0180/mal/0/",
        "/omraden/0180/nyckeltal/X99999/",
        "/omraden/0180/export.pdf",
    ],
)
def test_unknown_things_are_404(url, kolada_sample, client_for, viewer_a):
    assert client_for(viewer_a).get(url).status_code == 404
