"""The members × goals export: one row per member and goal, what the page says, with the
source and what each group is compared with."""

import io

from django.urls import reverse
from openpyxl import load_workbook


def test_csv_has_a_row_per_member_and_goal(mixed_network, platform_admin, client_for):
    client = client_for(platform_admin)
    response = client.get(reverse("network-compare-export", args=[mixed_network.pk, "csv"]))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Typ;Medlem;Kolada-id;Mål;Namn;Utmaning;Poäng")
    rows = [line.split(";") for line in lines[1:] if line.startswith(("Kommuner;", "Regioner;"))]
    assert len(rows) == 3 * 17
    assert {(r[0], r[1]) for r in rows} == {
        ("Kommuner", "Göteborg"),
        ("Kommuner", "Stockholm"),
        ("Regioner", "Region Stockholm"),
    }
    text = "\n".join(lines)
    assert "Källa: Kolada (RKA)" in text and "jämförd med alla regioner" in text

    xlsx = client.get(reverse("network-compare-export", args=[mixed_network.pk, "xlsx"]))
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    values = [
        row for row in sheet.iter_rows(values_only=True) if row[0] in ("Kommuner", "Regioner")
    ]
    assert len(values) == 3 * 17
    assert all(isinstance(row[3], int) for row in values)


def test_an_unknown_format_is_404(kommun_network, coordinator, client_for):
    url = reverse("network-compare-export", args=[kommun_network.pk, "pdf"])
    assert client_for(coordinator).get(url).status_code == 404
