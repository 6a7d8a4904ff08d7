"""gunicorn's hooks for ``styra serve`` (loaded with ``--config python:styra.cli.serving``).

``styra serve`` prepares the analysis data once, before gunicorn starts
(``styra.cli.data.prepare_analysis_data``). Each worker then, before it takes
its first request, reads that data, renders the overview of every
organisation with members, as an editor and as a viewer of it sees the page
(the body of the page is cached per editing right), and builds what search
looks through: the first visitor finds them as a later one does. Only hook
functions are defined here, as gunicorn reads every module-level name that is
one of its settings.
"""


def post_worker_init(worker) -> None:
    """Read the prepared analysis data and render the first pages in this worker."""
    import time

    from styra.web.nulage.searchable import open_entries
    from styra.web.nulage.services import warm

    started = time.perf_counter()
    try:
        ready = warm(compute=False)
        rendered = _render_first_pages(worker.notify)
        open_entries()  # what search looks through, built once per Kolada data
    except Exception:  # a page that cannot be prepared must not stop the worker
        worker.log.exception("first pages not prepared; the first visitors will wait")
        return
    # The database connection stays open (for STYRA_DB_CONN_MAX_AGE), as after a request.
    seconds = time.perf_counter() - started
    worker.log.info(
        "worker ready: %d analyses read, %d pages rendered in %.1f s", ready, rendered, seconds
    )


def _render_first_pages(notify) -> int:
    """Call the overview view for each organisation with members, once per editing right;
    ``notify()`` after each page tells gunicorn's arbiter that the worker is alive."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.messages.storage.fallback import FallbackStorage
    from django.core.exceptions import PermissionDenied
    from django.http import Http404
    from django.test import RequestFactory
    from django.utils import translation

    from styra.web.accounts.models import Membership, Role
    from styra.web.nulage.views import overview

    editing = {Role.EDITOR: True, Role.ADMIN: True}
    readers = {}  # (organisation, can edit) -> one member
    for membership in Membership.objects.select_related("user").order_by("pk"):
        key = (membership.organisation_id, editing.get(membership.role, False))
        readers.setdefault(key, membership.user)
    hosts = [host.lstrip(".") for host in settings.ALLOWED_HOSTS if "*" not in host]
    factory = RequestFactory(HTTP_HOST=hosts[0] if hosts else "localhost")
    session_store = import_module(settings.SESSION_ENGINE).SessionStore
    translation.activate(settings.LANGUAGE_CODE)
    rendered = 0
    for (organisation, _can_edit), user in readers.items():
        request = factory.get(f"/omraden/{organisation}/")
        request.user, request.session = user, session_store()  # never saved
        request._messages = FallbackStorage(request)
        request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        try:
            overview(request, organisation)
        except (Http404, PermissionDenied):  # Riket, or not an area with an analysis
            continue
        finally:
            notify()
        rendered += 1
    return rendered
