"""The analyses and the diff of two kept data versions for one organisation.

The analysis of a kept version is the default analysis (``nulage.default``: all
kommuner or all regions, the latest year of that version, the organisation's own
indicators and targets of now) run on the version's kept values; the newest kept
version is the data now loaded, so its analysis is the one every page shows.
Only the Kolada values differ between the two analyses compared.
"""

import dataclasses
import threading

from django.core.cache import cache

from styra.analysis.area import AreaAnalysis
from styra.analysis.changes import AreaChanges, area_changes
from styra.web.indicators.versions import own_version
from styra.web.nulage.data import Snapshot, snapshot
from styra.web.nulage.default import default_analysis
from styra.web.organisations.models import Organisation

from .archive import release_values
from .models import DataRelease

CACHE_SECONDS = 24 * 3600
_snapshots: dict[tuple[int, int], Snapshot] = {}
_lock = threading.Lock()


def release_snapshot(release: DataRelease) -> Snapshot:
    """The data of ``release`` as the analysis reads it (built once per process)."""
    current = snapshot()
    newest = DataRelease.objects.first()
    if newest is not None and newest.pk == release.pk:
        return current
    key = (release.number, current.version)
    with _lock:
        if key not in _snapshots:
            _snapshots.clear()  # one older version at a time: they are large
            values = release_values(release)
            first, last = values["year"].min(), values["year"].max()
            _snapshots[key] = dataclasses.replace(
                current,
                version=-release.number,  # its own cache keys (Snapshot.version)
                values=values,
                years=(int(first), int(last)) if values.height else None,  # type: ignore[arg-type]
                store=None,
                batches={},
                lock=threading.Lock(),
            )
        return _snapshots[key]


def release_analysis(organisation: Organisation, release: DataRelease) -> AreaAnalysis | None:
    """The organisation's default analysis on the values of ``release``."""
    return default_analysis(organisation, release_snapshot(release))


def version_changes(
    organisation: Organisation, before: DataRelease, after: DataRelease
) -> AreaChanges | None:
    """What changed for ``organisation`` from ``before`` to ``after``; None when either
    version has no analysis of it (``default_analysis``'s rule)."""
    own = own_version(organisation.pk)
    key = f"styra:changes:{organisation.pk}:{before.number}:{after.number}:{own}"
    found = cache.get(key)
    if found is not None:
        return found
    old, new = release_analysis(organisation, before), release_analysis(organisation, after)
    if old is None or new is None:
        return None
    result = area_changes(release_values(before), release_values(after), old, new)
    cache.set(key, result, CACHE_SECONDS)
    return result


def previous_release(release: DataRelease) -> DataRelease | None:
    return DataRelease.objects.filter(number__lt=release.number).first()
