"""schemathesis against /api/v1/openapi.json, loaded from the Django app (WSGI): for every
GET operation, generated requests never get a server error and every answer conforms to
the documented schema (200s and the JSON errors alike). Real data: the sample, and a
published overview of Stockholm."""

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from styra.web.public import publishing
from styra.web.public.models import Licence
from tests.web.analysis_data import (  # noqa: F401  (the fixtures of the real data)
    forget_analyses,
    sample_loaded,
    sample_org_a,
    sample_org_b,
)

MAX_EXAMPLES = 25  # per operation: the suite stays fast, every parameter still varies


# Loaded when the module is collected (the schema needs no database); not through
# schemathesis.pytest.from_fixture, whose lazy loading does not run on pytest 9.
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application()).include(
    method="GET"
)


@pytest.fixture(autouse=True)
def _keep_the_test_connection():
    """The WSGI app closes the database connection after each request; the test's
    transaction needs it (Django's test client disconnects the same signals)."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture(autouse=True)
def published_overview(org_a, editor_a, admin_a, no_rate_limits):
    """Stockholm's published overview, and no analysis from an earlier test."""
    forget_analyses()
    prepared = publishing.prepare(org_a, editor_a, ["oversikt"], Licence.CC_BY)
    publishing.approve(prepared, admin_a)
    publishing.forget("0180")
    yield
    forget_analyses()


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_no_server_error_and_every_answer_as_documented(case):
    case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])
