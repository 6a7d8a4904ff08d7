"""/api/v1/openapi.json describes the public reads; /api/v1/docs loads Swagger UI from
this site's static files (no CDN) and runs no inline script (the site's CSP)."""

import re

import pytest

pytestmark = pytest.mark.usefixtures("no_rate_limits")
READS = {  # path: its error answers (a read of one thing may find it missing)
    "/api/v1/sdg/goals": {"400"},
    "/api/v1/areas": {"400"},
    "/api/v1/kpis": {"400"},
    "/api/v1/values": {"400"},
    "/api/v1/areas/{id}/analysis": {"400", "404"},
    "/api/v1/organisations/{id}/published": {"400", "404"},
    "/api/v1/organisations/{id}/published/{section}": {"400", "404"},
}


def test_the_openapi_schema_has_every_read_with_its_errors(client, db):
    schema = client.get("/api/v1/openapi.json").json()
    for path, errors in READS.items():
        responses = schema["paths"][path]["get"]["responses"]
        assert set(responses) == {"200", "429", *errors}, path  # 429: every call is rate limited
        error = responses["400"]["content"]["application/json"]["schema"]["$ref"]
        assert error == "#/components/schemas/ErrorOut"
    csv = schema["paths"]["/api/v1/values"]["get"]["responses"]["200"]["content"]
    assert set(csv) == {"application/json", "text/csv"}


def test_the_docs_load_from_this_site_without_inline_script(client, db):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    sources = re.findall(r'<(?:script|link)[^>]*(?:src|href)="([^"]+)"', html)
    assert any(source.endswith("swagger-ui-bundle.js") for source in sources)
    assert all(source.startswith("/static/") for source in sources), sources
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S)
    inline = [attrs for attrs, body in scripts if body.strip()]
    assert inline == [' type="application/json" id="swagger-settings"']  # data, not run
    assert "script-src 'self'" in response["Content-Security-Policy"]
