"""Document or fail: every CLI command and every setting is in the docs."""

import re
from pathlib import Path

import click

from styra.cli import main

REPO = Path(__file__).resolve().parents[1]


def command_paths(group: click.Group, prefix: str = "styra") -> list[str]:
    paths = []
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            paths += command_paths(command, f"{prefix} {name}")
        else:
            paths.append(f"{prefix} {name}")
    return paths


def test_every_cli_command_is_in_the_readme():
    readme = (REPO / "README.md").read_text()
    missing = [path for path in command_paths(main) if f"`{path}" not in readme]
    assert not missing, f"document these commands in README.md: {missing}"


def test_every_environment_variable_is_documented():
    settings = (REPO / "src/styra/web/settings.py").read_text()
    readers = r"(?:environ\.get|envbool|envint|envlist|environ)"
    read = set(re.findall(readers + r"""\(\s*["']([A-Z][A-Z0-9_]*)""", settings))
    read |= set(re.findall(r"""environ\[["']([A-Z][A-Z0-9_]*)""", settings))
    documented = (REPO / "docs/configuration.md").read_text()
    missing = sorted(name for name in read if f"`{name}`" not in documented)
    assert read and not missing, f"document these variables in docs/configuration.md: {missing}"


def test_every_make_target_the_readme_names_exists():
    makefile = (REPO / "Makefile").read_text()
    for target in re.findall(r"make (\w+)", (REPO / "README.md").read_text()):
        assert re.search(rf"^{target}:", makefile, re.M), f"README names make {target}"
