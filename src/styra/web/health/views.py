"""``GET /healthz``: is this server able to serve pages? For load balancers and
monitoring (docs/deployment.md#health-checks). Open to anyone: it answers only
statuses and times, no names, hosts, paths or error texts."""

from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

import styra
from styra import health
from styra.web.health.probes import run_checks


@csrf_exempt
@never_cache
@require_safe
def healthz(request):
    checks = run_checks()
    status = health.overall_status(checks)
    return JsonResponse(
        {"status": status, "checks": checks, "version": styra.__version__},
        status=health.http_status(status),
    )
