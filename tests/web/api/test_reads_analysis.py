"""/api/v1/areas/{id}/analysis answers what ``styra analyse --format json`` prints for the
same area, year and comparison (one document builder, styra.analysis.document), never
an organisation's own indicators or targets; bad input is a 400 or 404 naming it.

Every area's values of the curated KPIs are loaded once for the module: the CLI reads
the whole real bundle, and M2's bounds need all kommuner."""

import json

import pytest
from click.testing import CliRunner

from styra.cli import main
from styra.web.indicators.models import KpiTarget
from styra.web.indicators.versions import bump_own
from tests.shared_data import REAL_BUNDLE
from tests.web.analysis_data import delete_loaded, forget_analyses, sample_bundle
from tests.web.factories import own_indicator

pytestmark = pytest.mark.usefixtures("no_rate_limits")


@pytest.fixture(scope="module")
def every_area_loaded(django_db_setup, django_db_blocker):
    if not REAL_BUNDLE.is_dir():
        pytest.skip(f"the real Kolada bundle is not at {REAL_BUNDLE}")
    from styra.web.indicators.bundle_loader import load_bundle

    forget_analyses()
    with django_db_blocker.unblock():
        load_bundle(sample_bundle(all_areas=True))
    yield
    with django_db_blocker.unblock():
        delete_loaded()
    forget_analyses()


@pytest.fixture
def loaded(every_area_loaded, db):
    """The data (its snapshot and analyses stay cached between the module's tests)."""


def cli_json(*args: str) -> dict:
    result = CliRunner().invoke(
        main, ["analyse", *args, "--format", "json", "--bundle", str(REAL_BUNDLE)]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize(
    ("area", "year", "compare"),
    [("0180", "2022", "all"), ("1480", "2020", "kommungrupp"), ("0001", "2022", "all")],
)
def test_the_same_document_as_styra_analyse(client, loaded, area, year, compare):
    response = client.get(f"/api/v1/areas/{area}/analysis?year={year}&compare={compare}")
    assert response.status_code == 200
    answer = response.json()
    assert answer == cli_json(area, "--year", year, "--compare", compare)
    assert answer["source"] == "Källa: Kolada (RKA)" and len(answer["goals"]) == 17


def test_a_kolada_group_as_the_comparison(client, loaded):
    group = "G37523"  # "Liknande kommuner, övergripande, Stockholm" in the real bundle
    answer = client.get(f"/api/v1/areas/0180/analysis?year=2022&compare={group}").json()
    assert answer["reference"]["kind"] == "group" and group in answer["reference"]["label"]
    assert answer == cli_json("0180", "--year", "2022", "--compare", group)


def test_the_latest_year_without_year(client, loaded):
    answer = client.get("/api/v1/areas/0180/analysis").json()
    assert answer["year"] == 2022 and answer["area_id"] == "0180"


def test_never_the_organisations_own_indicators_or_targets(client, loaded):
    from styra.web.organisations.models import Organisation

    stockholm = Organisation.objects.get(pk="0180")
    own_indicator(stockholm, "Cyklister över Slussen", unit="%", polarity=1, values={2022: 5.0})
    KpiTarget.objects.create(
        organisation=stockholm, kpi_id="N00401", target_value=0.1, target_year=2030
    )
    bump_own(stockholm.pk)
    answer = client.get("/api/v1/areas/0180/analysis?year=2022").json()
    assert "Cyklister över Slussen" not in json.dumps(answer, ensure_ascii=False)
    emissions = next(kpi for kpi in answer["kpis"] if kpi["kpi_id"] == "N00401")
    assert emissions["outlook"] is None or emissions["outlook"]["target_value"] != 0.1


@pytest.mark.parametrize(
    ("url", "status", "parameter"),
    [
        ("/api/v1/areas/0000/analysis", 404, "id"),  # Riket is what the others are compared with
        ("/api/v1/areas/9999/analysis", 404, "id"),
        ("/api/v1/areas/0180/analysis?year=1990", 400, "year"),
        ("/api/v1/areas/0180/analysis?year=tjugo", 400, "year"),
        ("/api/v1/areas/0180/analysis?compare=G404", 400, "compare"),
        ("/api/v1/areas/0001/analysis?compare=kommungrupp", 400, "compare"),
    ],
)
def test_bad_input_names_the_parameter(client, loaded, url, status, parameter):
    response = client.get(url)
    assert response.status_code == status
    assert response.json()["parameter"] == parameter and response.json()["detail"]
