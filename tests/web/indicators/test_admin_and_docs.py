"""Django's admin manages own data too (and bumps the data version); the docs name every page."""

from pathlib import Path

from django.urls import reverse

from styra.web.indicators import urls
from styra.web.indicators.models import KpiTarget

DOC = Path(__file__).resolve().parents[3] / "docs/own-indicators.md"


def test_every_page_of_the_app_is_in_the_docs():
    text = DOC.read_text()
    names = [pattern.name for pattern in urls.urlpatterns]
    missing = [name for name in names if f"`{name}`" not in text]
    assert not missing, f"document these pages in {DOC.name}: {missing}"


def test_admin_lists_and_saves_with_a_version_bump(
    client, django_user_model, org_a, value_a, version
):
    root = django_user_model.objects.create_superuser("root", "root@example.se", "x")
    client.force_login(root, backend="styra.web.accounts.backends.UserAndRolesBackend")
    for model in ("ownindicator", "ownvalue", "kpitarget", "dataversion"):
        assert client.get(reverse(f"admin:indicators_{model}_changelist")).status_code == 200
    assert (
        client.get(
            reverse("admin:indicators_ownindicator_change", args=[value_a.indicator.pk])
        ).status_code
        == 200
    )
    before = version()
    response = client.post(
        reverse("admin:indicators_kpitarget_add"),
        {"organisation": "0180", "kpi_id": "N00401", "target_value": "1.5", "target_year": "2030"},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert KpiTarget.objects.get().target_value == 1.5
    assert version() == before + 1
