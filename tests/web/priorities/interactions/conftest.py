"""Fixtures for the interaction matrices: a small matrix of organisation A (Stockholm),
a network, the real Weitz et al. (2018) files from ../shared/data, and helpers."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from styra.web.organisations.models import Network
from styra.web.priorities.interactions.models import Matrix, MatrixCell, MatrixTarget
from tests.shared_data import SHARED_DATA, read_shared_csv
from tests.web.pages import text_of  # noqa: F401  (the tests import it from here)

FOLDER = SHARED_DATA / "sdg_interactions"
SECRET_TITLE = "Stockholms hemliga matris"
SECRET_RATIONALE = "Förnybar el minskar utsläppen från uppvärmningen i Stockholm"
TEN = ["1.1", "2.1", "3.1", "4.1", "5.1", "6.1", "7.1", "7.2", "11.1", "13.1"]


def url(name: str, *args, kolada_id: str = "0180") -> str:
    return reverse(f"interactions-{name}", args=[kolada_id, *args])


def network_url(name: str, network_id: int, *args) -> str:
    return reverse(f"interactions-network-{name}", args=[network_id, *args])


def csv_file(text: str, name: str = "matris.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def make_matrix(owner_field: str, owner, title: str, targets, cells: dict) -> Matrix:
    matrix = Matrix.objects.create(**{owner_field: owner}, title=title)
    MatrixTarget.objects.bulk_create(MatrixTarget(matrix=matrix, target_id=t) for t in targets)
    MatrixCell.objects.bulk_create(
        MatrixCell(matrix=matrix, from_target=s, to_target=t, score=score, rationale=why)
        for (s, t), (score, why) in cells.items()
    )
    return matrix


SMALL_CELLS = {
    ("7.2", "13.1"): (3, SECRET_RATIONALE),
    ("13.1", "7.2"): (2, ""),
    ("7.2", "11.1"): (1, ""),
    ("11.1", "7.2"): (-2, "Förtätning tar mark från solparker"),
    ("11.1", "6.1"): (-1, ""),
    ("1.1", "2.1"): (0, ""),
}


@pytest.fixture
def matrix_a(org_a) -> Matrix:
    """Ten targets, six cells scored (one +3 with a rationale, two trade-offs of 11.1)."""
    return make_matrix("organisation", org_a, SECRET_TITLE, TEN, SMALL_CELLS)


@pytest.fixture
def matrix_b(org_b) -> Matrix:
    return make_matrix("organisation", org_b, "Göteborgs matris", TEN, {})


@pytest.fixture
def network(org_a, org_b, editor_b):
    """A network of A and B, coordinated by editor of B."""
    found = Network.objects.create(name="Styra med Agenda 2030")
    found.coordinators.add(editor_b)
    found.members.set([org_a, org_b])
    return found


@pytest.fixture
def network_matrix(network) -> Matrix:
    return make_matrix("network", network, "Nätverkets matris", TEN, SMALL_CELLS)


def shared_text(name: str) -> str:
    path = FOLDER / name
    if not path.is_file():
        pytest.skip(f"the Weitz 2018 matrix is not at {FOLDER}")
    return path.read_text(encoding="utf-8")


@pytest.fixture
def weitz_long() -> str:
    return shared_text("sweden_weitz2018_matrix_long.csv")


@pytest.fixture
def weitz_wide() -> str:
    return shared_text("sweden_weitz2018_matrix_wide.csv")


@pytest.fixture
def shipped_sums() -> dict[str, tuple[int, int, int]]:
    """Target → (out_positive_sum, out_negative_sum, in_sum) as shipped with the matrix."""
    rows = read_shared_csv("sdg_interactions/sweden_weitz2018_targets.csv")
    return {
        row["target"]: (
            int(row["out_positive_sum"]),
            int(row["out_negative_sum"]),
            int(row["in_sum"]),
        )
        for row in rows
    }


def state():
    """Everything stored about matrices, to prove that nothing changed."""
    return (
        sorted(Matrix.objects.values_list("pk", "title", "description", "organisation", "network")),
        sorted(MatrixTarget.objects.values_list("matrix", "target_id")),
        sorted(
            MatrixCell.objects.values_list(
                "matrix", "from_target", "to_target", "score", "rationale"
            )
        ),
    )
