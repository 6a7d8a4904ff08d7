"""Two editors open the same matrix's form; the second save does not put back the old
name: it is refused with both values shown, and saving again keeps both changes."""

from styra.web.priorities.interactions.models import Matrix
from tests.web.concurrent_edits import conflicts, form_data, second_save

from .conftest import SECRET_TITLE, url


def test_the_second_save_shows_the_first_change(client_for, editor_a, admin_a, matrix_a):
    edit = url("edit", matrix_a.pk)
    second = client_for(admin_a)
    refused = second_save(
        client_for(editor_a),
        second,
        edit,
        {"title": "Klimat 2026"},
        {"description": "Workshop i maj"},
    )

    assert refused.status_code == 400
    assert conflicts(refused) == {"Namn på matrisen": ("Klimat 2026", SECRET_TITLE)}
    assert Matrix.objects.get(pk=matrix_a.pk).title == "Klimat 2026"

    again = second.post(edit, form_data(refused) | {"title": "Klimat 2026"})
    assert again.status_code == 302
    matrix = Matrix.objects.get(pk=matrix_a.pk)
    assert (matrix.title, matrix.description) == ("Klimat 2026", "Workshop i maj")
