"""The accessibility check itself: it finds violations and names them."""

import pytest

from .conftest import check_axe


def test_check_axe_lists_each_violation_with_its_selector(page, db):
    page.goto("/")
    page.evaluate(
        "document.querySelector('main').insertAdjacentHTML('beforeend',"
        ' \'<img id="no-alt" src="x.png"><input id="no-label" type="text">\')'
    )
    with pytest.raises(AssertionError) as failure:
        check_axe(page)
    message = str(failure.value)
    assert "image-alt" in message and "#no-alt" in message
    assert "label" in message and "#no-label" in message
