"""Titles, descriptions and rationales are text: every page and the graph escape them."""

import pytest

from .conftest import url

EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def evil_matrix(matrix_a):
    matrix_a.title, matrix_a.description = f"Titel {EVIL}", f"Om {EVIL}"
    matrix_a.save()
    matrix_a.cells.filter(from_target="11.1", to_target="7.2").update(rationale=EVIL)
    return matrix_a


@pytest.mark.parametrize(
    "name_args",
    [("list",), ("matrix", "m"), ("results", "m"), ("cell", "m", "11-1", "7-2"), ("edit", "m")],
)
def test_pages_escape_user_text(client_for, editor_a, evil_matrix, name_args):
    name, *args = name_args
    args = [evil_matrix.pk if arg == "m" else arg for arg in args]
    content = client_for(editor_a).get(url(name, *args)).content.decode()
    assert "<script>alert" not in content
    assert "<img src=x" not in content
    assert "&lt;script&gt;" in content or "\\u003Cscript\\u003E" in content
