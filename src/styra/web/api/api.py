"""Styra's JSON API, ``/api/v1/`` (django-ninja): OpenAPI at ``/api/v1/openapi.json``,
interactive docs at ``/api/v1/docs``.

The routers: public reads (reads.py: SDG goals, areas, KPIs, values, an area's
analysis), the published sections of each organisation (published.py), and
writes with an organisation's API token (writes.py).
"""

from functools import partial

from ninja import NinjaAPI
from ninja.errors import Throttled

from . import errors, published, reads, writes
from .throttling import rate_limits, too_many_requests

api = NinjaAPI(
    title="Styra API",
    version="1",
    description=(
        "Agenda 2030 i kommuner och regioner: öppna data (Kolada, CC BY 4.0) och det "
        "organisationerna själva har publicerat. Källa: Kolada (RKA)."
    ),
    urls_namespace="api-v1",
    # Every endpoint: per token, else per address (throttling.py); 429 with Retry-After.
    throttle=rate_limits(),
)
api.add_exception_handler(Throttled, partial(too_many_requests, api=api))
errors.install(api)  # errors as JSON naming the parameter, also ninja's validation errors
api.add_router("/", reads.router)
api.add_router("/", published.router)
api.add_router("/", writes.router)
