"""An attachment is stored privately and handed out, never cached, to those who may read its
practice; only the organisation's editors add or remove one."""

from django.core.files.uploadedfile import SimpleUploadedFile

from styra.web.practices.models import Attachment


def upload(client, practice, name="plan.pdf", data=b"%PDF-1.4 plan"):
    url = f"/omraden/0180/goda-exempel/{practice.pk}/bilagor/"
    return client.post(url, {"file": SimpleUploadedFile(name, data)})


def test_readers_of_the_practice_download_it_privately(
    practices, client_for, editor_a, editor_b, editor_c, settings
):
    practice = practices["network"]
    assert upload(client_for(editor_a), practice).status_code == 302
    attachment = Attachment.objects.get()
    assert attachment.file.path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    url = f"/goda-exempel/bilagor/{attachment.pk}/fil/"
    response = client_for(editor_b).get(url)  # a member of N
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 plan"
    assert response["Cache-Control"] == "private, no-store"
    assert client_for(editor_c).get(url).status_code == 403  # M only
    assert client_for().get(url).status_code == 302


def test_an_attachment_of_a_private_practice_is_refused(practices, client_for, editor_a, editor_b):
    upload(client_for(editor_a), practices["private"])
    attachment = Attachment.objects.get()
    url = f"/goda-exempel/bilagor/{attachment.pk}/fil/"
    assert client_for(editor_b).get(url).status_code == 403
    assert client_for(editor_b).get("/goda-exempel/bilagor/999999/fil/").status_code == 404
    delete = f"/omraden/1480/goda-exempel/bilagor/{attachment.pk}/ta-bort/"
    assert client_for(editor_b).post(delete).status_code == 404  # not one of B's


def test_only_editors_upload_and_too_big_is_refused(
    practices, client_for, viewer_a, editor_a, settings
):
    assert upload(client_for(viewer_a), practices["public"]).status_code == 403
    settings.STYRA_MAX_UPLOAD_MB = 0
    response = upload(client_for(editor_a), practices["public"])
    assert response.status_code == 302 and not Attachment.objects.exists()


def test_deleting_removes_the_file(
    practices, client_for, editor_a, django_capture_on_commit_callbacks
):
    practice = practices["public"]
    upload(client_for(editor_a), practice)
    attachment = Attachment.objects.get()
    storage, name = attachment.file.storage, attachment.file.name
    url = f"/omraden/0180/goda-exempel/bilagor/{attachment.pk}/ta-bort/"
    with django_capture_on_commit_callbacks(execute=True):
        assert client_for(editor_a).post(url).status_code == 302
    assert not Attachment.objects.exists() and not storage.exists(name)
