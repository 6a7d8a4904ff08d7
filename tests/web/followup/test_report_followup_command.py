"""``styra report followup ORG --cycle ID --format pdf|docx|xlsx --out FILE``: writes the
cycle's report for scripts, and refuses an unknown organisation, cycle or format."""

from io import BytesIO

from click.testing import CliRunner
from openpyxl import load_workbook

from styra.cli import main
from styra.web.followup.models import Report


def run(*args: str):
    return CliRunner().invoke(main, ["report", "followup", *args])


def test_writes_each_format(plan, cycles, tmp_path):
    Report.objects.create(cycle=cycles["open"], action=plan["x"], status="more_than_half")
    cycle = str(cycles["open"].pk)
    for fmt, magic in (("xlsx", b"PK"), ("docx", b"PK"), ("pdf", b"%PDF")):
        out = tmp_path / f"rapport.{fmt}"
        result = run("0180", "--cycle", cycle, "--format", fmt, "--out", str(out))
        assert result.exit_code == 0, result.output
        assert f"Wrote {out}" in result.output
        assert out.read_bytes().startswith(magic)
    book = load_workbook(BytesIO((tmp_path / "rapport.xlsx").read_bytes()))
    rows = [[c.value for c in row] for row in book["Åtgärder"].iter_rows(min_row=2)]
    assert ["S1.1", "Mer än hälften"] in [[row[2], row[4]] for row in rows]


def test_refuses_bad_input(plan, cycles, org_b, tmp_path):
    out = str(tmp_path / "rapport.pdf")
    unknown = run("9999", "--cycle", "1", "--format", "pdf", "--out", out)
    assert unknown.exit_code == 1
    assert "no organisation with Kolada id '9999' uses Styra" in unknown.output
    no_cycle = run("0180", "--cycle", "999999", "--format", "pdf", "--out", out)
    assert no_cycle.exit_code == 1
    assert "Stockholm has no follow-up cycle 999999; its cycles:" in no_cycle.output
    assert "Tertial 2 2026" in no_cycle.output
    other = run("1480", "--cycle", str(cycles["open"].pk), "--format", "pdf", "--out", out)
    assert other.exit_code == 1 and "has no follow-up cycle" in other.output  # B's address
    wrong = run("0180", "--cycle", str(cycles["open"].pk), "--format", "odt", "--out", out)
    assert wrong.exit_code == 2 and "'odt' is not one of 'pdf', 'docx', 'xlsx'" in wrong.output
    assert not (tmp_path / "rapport.pdf").exists()
