"""scripts/audit.py: a known vulnerability fails unless an exception in force documents it
for that package; an expired or malformed exception fails; a service that does not answer
is "not audited", never "no vulnerabilities"."""

import datetime as dt
import importlib.util
from pathlib import Path

spec = importlib.util.spec_from_file_location(
    "audit", Path(__file__).resolve().parents[2] / "scripts" / "audit.py"
)
audit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit)

TODAY = dt.date(2026, 12, 6)
EXCEPTIONS = """\
# a comment
GHSA-aaaa-bbbb-cccc  django  2027-01-31  Styra never calls the affected function
PYSEC-2026-1  pyyaml  2026-12-01  ran out
"""


def vuln(id_: str, aliases=()) -> dict:
    return {"id": id_, "aliases": list(aliases), "fix_versions": ["9.9"], "description": ""}


def test_exceptions_in_force_are_kept_and_expired_or_malformed_ones_are_problems():
    active, problems = audit.parse_exceptions(EXCEPTIONS + "CVE-1 only-two\n", TODAY)
    assert list(active) == ["GHSA-aaaa-bbbb-cccc"]
    assert active["GHSA-aaaa-bbbb-cccc"].package == "django"
    assert len(problems) == 2
    assert "ran out on 2026-12-01" in problems[0] and "pyyaml" in problems[0]
    assert "want `ID package until why`" in problems[1]
    assert audit.parse_exceptions("X pkg 31/01/2027 why\n", TODAY)[1]  # not a date


def test_a_vulnerability_fails_unless_documented_for_that_package():
    exceptions, _ = audit.parse_exceptions(EXCEPTIONS, TODAY)
    aliased = vuln("PYSEC-9", ["GHSA-aaaa-bbbb-cccc"])
    report = {
        "dependencies": [
            {"name": "django", "version": "5.2.1", "vulns": [aliased]},
            {"name": "httpx", "version": "0.28.1", "vulns": [vuln("GHSA-aaaa-bbbb-cccc")]},
            {"name": "pyyaml", "version": "6.0", "vulns": [vuln("PYSEC-2026-1")]},
            {"name": "rules", "version": "3.5", "vulns": []},
        ]
    }
    findings = audit.python_findings(report, exceptions)
    assert findings.reached and findings.audited == 4
    assert [text.split(":")[0] for text in findings.excepted] == ["django 5.2.1"]
    # The same id in another package, and an expired exception, cover nothing.
    assert [text.split(":")[0] for text in findings.vulnerable] == ["httpx 0.28.1", "pyyaml 6.0"]
    assert findings.used_exceptions == {"GHSA-aaaa-bbbb-cccc"}


def test_nothing_audited_is_not_reached_rather_than_clean():
    skipped = "Dependency not found on PyPI and could not be audited: django (5.2.1)"
    report = {"dependencies": [{"name": "django", "skip_reason": skipped}]}
    findings = audit.python_findings(report, {})
    assert not findings.reached and not findings.vulnerable and findings.audited == 0


def test_npm_audit_findings_and_a_refused_endpoint():
    exceptions, _ = audit.parse_exceptions(
        "GHSA-xxxx-yyyy-zzzz  vega  2027-01-31  not reachable from Styra's charts\n", TODAY
    )
    advisory = {
        "source": 1100,
        "name": "vega",
        "title": "XSS",
        "url": "https://github.com/advisories/GHSA-xxxx-yyyy-zzzz",
        "range": "<6.5.0",
    }
    other = advisory | {"url": "https://github.com/advisories/GHSA-1111-2222-3333"}
    report = {
        "vulnerabilities": {
            "vega": {"via": [advisory]},
            "vega-lite": {"via": [other, "vega"]},
        },
        "metadata": {"dependencies": {"prod": 80}},
    }
    findings = audit.npm_findings(report, exceptions)
    assert findings.reached and findings.audited == 80
    assert len(findings.excepted) == 1 and "GHSA-xxxx-yyyy-zzzz" in findings.excepted[0]
    assert len(findings.vulnerable) == 1 and "GHSA-1111-2222-3333" in findings.vulnerable[0]
    refused = {"message": "405 Method Not Allowed - POST …/advisories/bulk", "statusCode": 405}
    assert not audit.npm_findings(refused, exceptions).reached


def test_the_exceptions_file_parses_without_problems():
    text = (Path(audit.EXCEPTIONS)).read_text()
    assert audit.parse_exceptions(text, dt.date.today())[1] == []
