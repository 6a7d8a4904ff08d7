"""An uploaded file lives as long as its row: deleting the row deletes the file.

Every model with a ``FileField`` (decision documents, focus documents) is covered,
also when the row goes because its organisation is deleted (Django sends
``post_delete`` for each cascaded row). The file is removed only once the delete is
committed, so a rolled-back delete keeps both row and file.
"""

from functools import partial

from django.apps import apps
from django.db import models, transaction
from django.db.models.signals import post_delete


def file_fields(model) -> list[models.FileField]:
    return [field for field in model._meta.concrete_fields if isinstance(field, models.FileField)]


def delete_files(sender, instance, using=None, **kwargs) -> None:
    """After the row's delete is committed, remove its stored files."""
    for field in file_fields(sender):
        stored = getattr(instance, field.attname)
        if stored and stored.name:
            delete = partial(stored.storage.delete, stored.name)
            transaction.on_commit(delete, using=using, robust=True)


def connect_file_cleanup() -> None:
    """Connect ``delete_files`` to every installed model with a file (from an AppConfig.ready)."""
    for model in apps.get_models():
        if file_fields(model):
            post_delete.connect(
                delete_files, sender=model, dispatch_uid=f"styra-files-{model._meta.label}"
            )
