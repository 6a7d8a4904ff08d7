"""An uploaded document is stored outside every public URL and served only to members."""

from pathlib import Path

from django.conf import settings

from .conftest import BUDGET_SV, SECRET_A, url


def test_the_file_is_in_private_storage_under_a_random_name(document_a):
    path = Path(document_a.file.path)
    assert path.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT))
    assert path.parent.name == "0180" and path.suffix == ".txt"
    assert "budget" not in path.name  # the original name is only in the database
    assert document_a.filename == "mal-och-budget.txt"


def test_members_download_the_original_bytes(client_for, editor_a, viewer_a, document_a):
    for user in (editor_a, viewer_a):
        response = client_for(user).get(url("focus-document-file", document_a.pk))
        assert response.status_code == 200
        assert b"".join(response.streaming_content).startswith(BUDGET_SV.encode())
        assert response["Content-Disposition"] == 'attachment; filename="mal-och-budget.txt"'
        assert response["Content-Type"].startswith("text/plain")
        assert response["Cache-Control"] == "private, no-store"


def test_others_never_get_the_file(client_for, editor_b, document_a, document_b):
    own = url("focus-document-file", document_a.pk)
    assert client_for(editor_b).get(own).status_code == 403
    assert (
        client_for(editor_b)
        .get(url("focus-document-file", document_a.pk, kolada_id="1480"))
        .status_code
        == 404
    )
    anonymous = client_for(None).get(own)
    assert anonymous.status_code == 302 and SECRET_A.encode() not in anonymous.content


def test_no_public_url_serves_the_private_folder(client_for, editor_a, document_a):
    relative = Path(document_a.file.path).relative_to(Path(settings.MEDIA_ROOT))
    for prefix in ("/media/", "/static/", "/"):
        assert client_for(editor_a).get(f"{prefix}{relative}").status_code == 404
