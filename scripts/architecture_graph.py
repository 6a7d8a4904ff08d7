"""The package map in docs/architecture.md, drawn from the real import graph (grimp).

Packages, not modules: ``styra.analysis.area`` counts as ``analysis``, every
module of ``styra.web.nulage`` as the web app ``nulage``. Two Mermaid diagrams
(the core; the shell) and a table of the core packages each part of the shell
imports. Arrows into the shared shell (``common``, ``accounts``,
``organisations``) are not drawn: every app has them.

    .venv/bin/python scripts/architecture_graph.py          # print the generated part
    .venv/bin/python scripts/architecture_graph.py --write  # put it into the doc

tests/test_architecture_doc.py fails when the doc's part differs from this
script's output, or when a core package or web app has no group below.
"""

import sys
from collections import defaultdict
from pathlib import Path

import grimp

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "architecture.md"
BEGIN = "<!-- BEGIN architecture_graph.py: generated, do not edit by hand -->"
END = "<!-- END architecture_graph.py -->"

CORE_GROUPS = {
    "reference data": ("sdg", "agenda2030", "kolada"),
    "analysis and files": ("analysis", "search", "tables", "files", "changes", "backup"),
    "steps": (
        "focus",
        "radighet",
        "samverkan",
        "maturity",
        "reports",
        "priorities",
        "dialogue",
        "actionplan",
        "followup",
    ),
    "network": ("network",),
    "sign-in": ("signin",),
}
SHELL_GROUPS = {
    "shared shell": ("common", "accounts", "organisations", "background"),
    "operations and trust": ("signin", "twofactor", "audit", "personal", "backup", "health"),
    "web apps": (
        "nulage",
        "indicators",
        "focus",
        "radighet",
        "samverkan",
        "maturity",
        "reports",
        "priorities",
        "actionplan",
        "followup",
        "vlr",
        "changes",
        "public",
        "api",
        "dialogue",
        "consultation",
        "contact",
        "network",
        "meetings",
        "twins",
        "practices",
    ),
}
SHELL = ("web", "cli")
SHARED = ("common", "accounts", "organisations")  # every app imports them: not drawn
WEB_ROOT_MODULES = {"urls", "settings", "wsgi", "secretkey", "benchviews", "errors"}


def package_of(module: str) -> str | None:
    """``analysis``, ``web.nulage``, ``cli``; None for ``styra`` itself and the web root."""
    parts = module.split(".")
    if len(parts) < 2:
        return None
    if parts[1] != "web":
        return parts[1]
    if len(parts) < 3 or parts[2] in WEB_ROOT_MODULES:
        return None
    return f"web.{parts[2]}"


def import_graph() -> dict[str, set[str]]:
    """Package → the other packages its modules import directly."""
    graph = grimp.build_graph("styra")
    edges: dict[str, set[str]] = defaultdict(set)
    for module in graph.modules:
        source = package_of(module)
        if source is None:
            continue
        edges[source]  # noqa: B018 (a package without imports is still a package)
        for imported in graph.find_modules_directly_imported_by(module):
            target = package_of(imported)
            if target is not None and target != source:
                edges[source].add(target)
    return edges


def core_packages() -> list[str]:
    """Every package under src/styra but the shell (web, cli)."""
    src = REPO / "src" / "styra"
    return sorted(
        p.name for p in src.iterdir() if (p / "__init__.py").exists() and p.name not in SHELL
    )


def web_apps() -> list[str]:
    """Every Django app under src/styra/web (a package with an apps.py)."""
    web = REPO / "src" / "styra" / "web"
    return sorted(p.name for p in web.iterdir() if (p / "apps.py").exists())


def ungrouped() -> list[str]:
    """Core packages and web apps that no group above names."""
    core = {name for names in CORE_GROUPS.values() for name in names}
    shell = {name for names in SHELL_GROUPS.values() for name in names}
    missing = [f"styra.{name}" for name in core_packages() if name not in core]
    return missing + [f"styra.web.{name}" for name in web_apps() if name not in shell]


def existing(groups: dict[str, tuple[str, ...]], names: list[str]) -> dict[str, tuple[str, ...]]:
    """The groups with only the packages that exist (a group may name one still to come)."""
    return {label: tuple(n for n in group if n in names) for label, group in groups.items()}


def node(package: str) -> str:
    return package.replace(".", "_")


def subgraphs(groups: dict[str, tuple[str, ...]], prefix: str) -> list[str]:
    """One Mermaid subgraph per group; ``prefix`` makes the packages' names (``web.``)."""
    lines = []
    for label, names in groups.items():
        lines.append(f'  subgraph {label.replace(" ", "_")}["{label}"]')
        lines += [f'    {node(prefix + name)}["{name}"]' for name in names]
        lines.append("  end")
    return lines


def core_diagram(edges: dict[str, set[str]]) -> list[str]:
    groups = existing(CORE_GROUPS, core_packages())
    core = {name for names in groups.values() for name in names}
    lines = ["```mermaid", "flowchart BT", *subgraphs(groups, "")]
    for source in sorted(core):
        lines += [f"  {source} --> {target}" for target in sorted(edges[source] & core)]
    return [*lines, "```"]


def shell_diagram(edges: dict[str, set[str]]) -> list[str]:
    groups = existing(SHELL_GROUPS, web_apps())
    apps = {f"web.{name}" for names in groups.values() for name in names}
    shared = {f"web.{name}" for name in SHARED}
    lines = ["```mermaid", "flowchart BT", *subgraphs(groups, "web."), '  cli["cli"]']
    for source in sorted(apps | {"cli"}):
        targets = edges[source] & apps
        if source not in shared:
            targets -= shared
        lines += [f"  {node(source)} --> {node(target)}" for target in sorted(targets)]
    return [*lines, "```"]


def core_table(edges: dict[str, set[str]]) -> list[str]:
    core = set(core_packages())
    lines = ["| shell package | core packages it imports |", "|---|---|"]
    groups = existing(SHELL_GROUPS, web_apps())
    shell = [f"web.{name}" for names in groups.values() for name in names]
    for source in [*shell, "cli"]:
        used = ", ".join(f"`{name}`" for name in sorted(edges[source] & core)) or "–"
        lines.append(f"| `{source}` | {used} |")
    return lines


def generated() -> str:
    """The doc's generated part: both diagrams and the table, between the markers."""
    edges = import_graph()
    lines = [BEGIN, "", "**The core** (an arrow: imports):", ""]
    lines += core_diagram(edges)
    lines += ["", "**The shell** (arrows into common, accounts and organisations not drawn:"]
    lines += ["every app has them):", ""]
    lines += shell_diagram(edges)
    lines += ["", *core_table(edges), "", END]
    return "\n".join(lines)


def doc_part(text: str) -> str:
    """The generated part as the doc has it now ("" without the markers)."""
    start, end = text.find(BEGIN), text.find(END)
    return text[start : end + len(END)] if start >= 0 and end > start else ""


def write() -> None:
    text = DOC.read_text(encoding="utf-8")
    old = doc_part(text)
    if not old:
        raise SystemExit(f"{DOC} has no {BEGIN} … {END}")
    DOC.write_text(text.replace(old, generated()), encoding="utf-8")


if __name__ == "__main__":
    if ungrouped():
        raise SystemExit(f"give these a group in {Path(__file__).name}: {ungrouped()}")
    if sys.argv[1:] == ["--write"]:
        write()
    else:
        print(generated())
