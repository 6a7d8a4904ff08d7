"""What a backup holds: the tables of every installed app and the files of every store."""

from collections.abc import Iterator
from pathlib import Path

from django.apps.registry import Apps
from django.core.files.storage import FileSystemStorage, Storage, storages

from styra.web.organisations.models import private_storage

# Sessions are not kept: a restored site asks everyone to log in again.
SKIPPED_MODELS = {"sessions.session"}
# Rows `migrate` makes itself (restored from the archive, with their ids, over them).
MIGRATE_MADE = {"contenttypes.contenttype", "auth.permission"}
# Files being written by styra.web.changes.archive (renamed once complete).
PARTIAL_PREFIX = ".writing-"


def backed_up_models(apps: Apps) -> list:
    """Concrete models with their own tables (M2M through tables too), by label."""
    models = [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed
        and not model._meta.proxy
        and not model._meta.swapped
        and model._meta.label_lower not in SKIPPED_MODELS
    ]
    return sorted(models, key=lambda model: model._meta.label_lower)


def file_stores() -> dict[str, Storage]:
    """Uploads (public and private) and the kept Kolada data versions (styra.web.changes).

    Caches (STYRA_CACHE_DIR) are rebuilt and not kept.
    """
    return {
        "media": storages["default"],
        "private": private_storage(),
        "versions": storages["versions"],
    }


def _nested_store_dirs(store: Storage, stores: dict[str, Storage]) -> set[str]:
    """Folders of a file-system ``store`` that are another store's root (kept there)."""
    if not isinstance(store, FileSystemStorage):
        return set()
    root = Path(store.location).resolve()
    nested = set()
    for other in stores.values():
        if other is store or not isinstance(other, FileSystemStorage):
            continue
        location = Path(other.location).resolve()
        if location != root and location.is_relative_to(root):
            nested.add(location.relative_to(root).as_posix())
    return nested


def stored_files(name: str, stores: dict[str, Storage]) -> Iterator[str]:
    """Every file name in store ``name``, folders first-to-last, sorted."""
    store = stores[name]
    skipped = _nested_store_dirs(store, stores)
    pending = [""]
    while pending:
        folder = pending.pop()
        try:
            folders, files = store.listdir(folder)
        except FileNotFoundError:
            continue
        for file in sorted(files):
            if not file.startswith(PARTIAL_PREFIX):
                yield f"{folder}/{file}" if folder else file
        for sub in sorted(folders, reverse=True):
            path = f"{folder}/{sub}" if folder else sub
            if path not in skipped:
                pending.append(path)
