"""scripts/system-packages.sh lists exactly the Debian packages the code needs: every
program the code runs, the browser it drives, the PDF library and the font it names."""

import re
import subprocess

from tests.fresh_machine.fake_system import REPO, SCRIPT

# What the code needs -> the Debian packages that provide it.
PROVIDED_BY = {
    "/usr/bin/chromium": {"chromium"},
    "pdftotext": {"poppler-utils"},
    "msgfmt": {"gettext"},
    "npm": {"nodejs", "npm"},
    "weasyprint": {"libpango-1.0-0", "libpangoft2-1.0-0"},
    "DejaVu Sans": {"fonts-dejavu-core"},
    "xmlsec1": {"xmlsec1"},  # pysaml2 signs and checks SAML assertions with it
    "sh": set(),  # every Debian has it
}
# Programs started from Python, e.g. subprocess.run(["pdftotext", …]).
RUN_PROGRAM = re.compile(r"subprocess\.\w+\(\s*\[\s*\"([\w.-]+)\"")
# Programs the Makefile checks for with `command -v`.
MAKE_PROGRAM = re.compile(r"command -v (\w+)")


def python_sources():
    for folder in ("src", "tests", "scripts", "bench"):
        yield from (REPO / folder).rglob("*.py")


def needs() -> set[str]:
    found = set()
    for path in python_sources():
        text = path.read_text(encoding="utf-8")
        found |= set(RUN_PROGRAM.findall(text))
        if "/usr/bin/chromium" in text and "executable_path" in text:
            found.add("/usr/bin/chromium")
    found |= set(MAKE_PROGRAM.findall((REPO / "Makefile").read_text()))
    if '"weasyprint' in (REPO / "pyproject.toml").read_text():
        found.add("weasyprint")
    if '"DejaVu Sans"' in (REPO / "src/styra/web/reports/render.py").read_text():
        found.add("DejaVu Sans")
    if '"/usr/bin/xmlsec1"' in (REPO / "src/styra/web/settings.py").read_text():
        found.add("xmlsec1")  # the SAML sign-in's default STYRA_SAML_XMLSEC_BINARY
    return found


def listed() -> set[str]:
    result = subprocess.run(["sh", str(SCRIPT), "--list"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def test_every_need_is_known_and_listed():
    unknown = needs() - PROVIDED_BY.keys()
    assert not unknown, f"which Debian package provides {unknown}? Add it to PROVIDED_BY"
    wanted = set().union(*(PROVIDED_BY[need] for need in needs()))
    assert listed() == wanted
