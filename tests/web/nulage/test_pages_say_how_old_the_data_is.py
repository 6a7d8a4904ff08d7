"""Every analysis page states the data year and warns when it is more than two years old;
the web passes today's date (the core never reads the clock)."""

import datetime

import pytest
from django.core.cache import cache

from styra.web.nulage import pages

PAGES = ["/omraden/0780/", "/omraden/0780/mal/4/", "/omraden/0780/nyckeltal/N00401/"]


@pytest.mark.parametrize("url", PAGES)
@pytest.mark.parametrize(("today", "warned"), [((2026, 12, 6), True), ((2024, 6, 1), False)])
def test_old_data_is_said_plainly(
    url, today, warned, kolada_sample, client_for, viewer_a, monkeypatch
):
    cache.clear()
    monkeypatch.setattr(pages, "today", lambda: datetime.date(*today))
    page = client_for(viewer_a).get(url).content.decode()
    assert ("De senaste värdena är från 2022." in page) is warned
    assert "analysår 2022" in page
