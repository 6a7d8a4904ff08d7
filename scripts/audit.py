"""Supply chain: check the locked dependencies for known vulnerabilities.

``make audit`` (and so ``make test``) runs it:

1. Python: ``pip-audit`` on requirements.lock (every pin, ``--no-deps``: the
   lock is complete), against PyPI's vulnerability data, or an OSV API
   (``--osv-url``, ``STYRA_AUDIT_OSV_URL``: osv.dev's or a mirror of it).
2. JavaScript: ``npm audit --omit=dev`` on package-lock.json (the files Styra
   serves; axe-core, a test tool, is left out), when npm is there, against the
   npm registry or another one (``--npm-registry``, ``STYRA_AUDIT_NPM_REGISTRY``).

A known vulnerability fails the run unless audit-exceptions.txt documents it:
one line per vulnerability, ``ID  package  until  why`` (whitespace between the
first three fields, the rest is the reason; ``#`` starts a comment). An
exception past its ``until`` date (YYYY-MM-DD) fails the run too: look again
and renew or upgrade. An exception no finding uses is reported (remove it).

When the vulnerability service cannot be asked (no network; a registry mirror
without PyPI's per-release JSON or npm's audit endpoint), nothing could be
checked: ``--unreachable fail`` (the default) fails, ``--unreachable warn``
prints NOT AUDITED and goes on (``make test`` on machines where the services
are out of reach; see README "Supply chain").

    .venv/bin/python scripts/audit.py [--unreachable fail|warn] [--osv-url URL]
        [--npm-registry URL] [--exceptions FILE]
"""

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LOCK = REPO / "requirements.lock"
EXCEPTIONS = REPO / "audit-exceptions.txt"
BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Exception_:
    vuln_id: str
    package: str
    until: dt.date
    why: str


@dataclass
class Findings:
    """One ecosystem's result: what is vulnerable, what an exception covers, what was not
    checked (package: reason), and whether the service answered at all."""

    name: str
    vulnerable: list[str] = field(default_factory=list)
    excepted: list[str] = field(default_factory=list)
    unaudited: dict[str, str] = field(default_factory=dict)
    audited: int = 0
    reached: bool = True
    used_exceptions: set[str] = field(default_factory=set)


def parse_exceptions(text: str, today: dt.date) -> tuple[dict[str, Exception_], list[str]]:
    """The exceptions in force by vulnerability id, and the problems (malformed, expired)."""
    active, problems = {}, []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split(None, 3)
        if len(parts) < 4:
            problems.append(f"audit-exceptions.txt:{number}: want `ID package until why`")
            continue
        vuln_id, package, until, why = parts
        try:
            until_date = dt.date.fromisoformat(until)
        except ValueError:
            problems.append(f"audit-exceptions.txt:{number}: {until!r} is not YYYY-MM-DD")
            continue
        if until_date < today:
            problems.append(
                f"audit-exceptions.txt:{number}: the exception for {vuln_id} ({package}) "
                f"ran out on {until}: upgrade {package}, or look again and renew it"
            )
            continue
        active[vuln_id] = Exception_(vuln_id, package.lower(), until_date, why)
    return active, problems


def covered(ids: list[str], package: str, exceptions: dict[str, Exception_]) -> str | None:
    """The id of the exception that documents one of ``ids`` for ``package``, if any."""
    for vuln_id in ids:
        found = exceptions.get(vuln_id)
        if found is not None and found.package == package.lower():
            return vuln_id
    return None


def python_findings(report: dict, exceptions: dict[str, Exception_]) -> Findings:
    """pip-audit's JSON report (``--format json``) against the exceptions; ``{"error": …}``
    when pip-audit gave none (e.g. the OSV API did not answer)."""
    findings = Findings("Python (pip-audit, requirements.lock)")
    if "dependencies" not in report:
        findings.reached = False
        findings.unaudited["pip-audit"] = report.get("error", "no report")
        return findings
    for dependency in report.get("dependencies", []):
        name = dependency["name"]
        if "skip_reason" in dependency:
            findings.unaudited[name] = dependency["skip_reason"]
            continue
        findings.audited += 1
        for vuln in dependency.get("vulns", []):
            ids = [vuln["id"], *vuln.get("aliases", [])]
            fixes = ", ".join(vuln.get("fix_versions", [])) or "none yet"
            text = f"{name} {dependency['version']}: {' = '.join(ids)} (fixed in: {fixes})"
            used = covered(ids, name, exceptions)
            if used:
                findings.excepted.append(text)
                findings.used_exceptions.add(used)
            else:
                findings.vulnerable.append(text)
    findings.reached = findings.audited > 0 or not findings.unaudited
    return findings


def npm_findings(report: dict, exceptions: dict[str, Exception_]) -> Findings:
    """``npm audit --json``'s report against the exceptions (ids: GHSA-… or npm's number)."""
    findings = Findings("JavaScript (npm audit --omit=dev, package-lock.json)")
    if "vulnerabilities" not in report:  # the endpoint refused or could not be reached
        findings.reached = False
        findings.unaudited["npm"] = report.get("message") or json.dumps(report.get("error"))
        return findings
    findings.audited = report.get("metadata", {}).get("dependencies", {}).get("prod", 0)
    for name, entry in sorted(report["vulnerabilities"].items()):
        for via in entry.get("via", []):
            if not isinstance(via, dict):  # another package's advisory, counted there
                continue
            ids = [str(via.get("source", "")), via.get("url", "").rsplit("/", 1)[-1]]
            text = f"{name} {via.get('range', '')}: {ids[1] or ids[0]} ({via.get('title', '')})"
            used = covered(ids, name, exceptions)
            if used:
                findings.excepted.append(text)
                findings.used_exceptions.add(used)
            else:
                findings.vulnerable.append(text)
    return findings


def run_pip_audit(osv_url: str | None = None) -> dict:
    argv = [BIN / "pip-audit", "--requirement", LOCK, "--no-deps", "--disable-pip"]
    argv += ["--format", "json", "--progress-spinner", "off"]
    if osv_url:
        argv += ["--vulnerability-service", "osv", "--osv-url", osv_url]
    done = subprocess.run(argv, capture_output=True, text=True, cwd=REPO)
    try:
        return json.loads(done.stdout)
    except json.JSONDecodeError:
        last = done.stderr.strip().splitlines()[-1:] or ["no output"]
        return {"error": f"pip-audit failed ({done.returncode}): {last[0][-500:]}"}


def run_npm_audit(registry: str | None = None) -> dict | None:
    if shutil.which("npm") is None:
        return None
    argv = ["npm", "audit", "--omit=dev", "--json"]
    if registry:
        argv += ["--registry", registry]
    done = subprocess.run(argv, capture_output=True, text=True, cwd=REPO)
    try:
        return json.loads(done.stdout)
    except json.JSONDecodeError:
        return {"message": f"npm audit failed ({done.returncode}): {done.stderr[-500:]}"}


def report(findings: Findings) -> None:
    checked = f"{findings.audited} packages checked"
    if findings.unaudited:
        checked += f", {len(findings.unaudited)} could not be checked"
    print(f"{findings.name}: {checked}")
    for text in findings.vulnerable:
        print(f"  VULNERABLE {text}")
    for text in findings.excepted:
        print(f"  excepted (audit-exceptions.txt) {text}")
    if not findings.reached:
        reason = next(iter(findings.unaudited.values()), "")
        print(f"  NOT AUDITED: the vulnerability service did not answer ({reason})")
    else:
        for name, reason in sorted(findings.unaudited.items()):
            print(f"  not checked: {name}: {reason}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--unreachable",
        choices=("fail", "warn"),
        default="fail",
        help="when a vulnerability service cannot be asked",
    )
    parser.add_argument(
        "--osv-url",
        default=os.environ.get("STYRA_AUDIT_OSV_URL") or None,
        help="ask this OSV API (…/v1/query) instead of PyPI's vulnerability data",
    )
    parser.add_argument(
        "--npm-registry",
        default=os.environ.get("STYRA_AUDIT_NPM_REGISTRY") or None,
        help="ask this npm registry's audit endpoint instead of the configured one",
    )
    parser.add_argument("--exceptions", type=Path, default=EXCEPTIONS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    exceptions, problems = parse_exceptions(args.exceptions.read_text(), dt.date.today())
    results = [python_findings(run_pip_audit(args.osv_url), exceptions)]
    npm = run_npm_audit(args.npm_registry)
    if npm is None:
        print("npm not found: the JavaScript dependencies are not audited")
    else:
        results.append(npm_findings(npm, exceptions))
    for findings in results:
        report(findings)
    used = set().union(*(f.used_exceptions for f in results))
    if all(f.reached for f in results):
        for unused in sorted(set(exceptions) - used):
            print(f"audit-exceptions.txt: {unused} matches no finding any more: remove it")
    for problem in problems:
        print(problem)
    failed = problems or any(f.vulnerable for f in results)
    unreachable = [f.name for f in results if not f.reached]
    if unreachable and args.unreachable == "fail":
        print("the audit could not run (--unreachable warn goes on): " + "; ".join(unreachable))
        failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
