"""Write requirements.lock: every package ``styra[dev]`` needs, pinned as installed.

``make lock`` runs it after ``make setup`` (or after raising a range in
pyproject.toml and installing): it walks the installed distributions from
Styra's own requirements (with the ``dev`` extra) through each one's
requirements (their extras and environment markers as this Python sees them)
and pins each one reached at its installed version. Packages in the virtual
environment that Styra does not need are left out. ``make setup`` installs
with the lock as constraints (``pip install -c requirements.lock``), and
``make audit`` checks exactly these pins.

    .venv/bin/python scripts/lock.py [--output requirements.lock]
"""

import argparse
import sys
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = "styra"
ROOT_EXTRAS = ("dev",)
HEADER = """\
# Every package styra[dev] needs, pinned as installed: `make lock` (scripts/lock.py)
# writes it, `make setup` installs with it as constraints, `make audit` checks it.
"""


def wanted(requirement: Requirement, extras: tuple[str, ...]) -> bool:
    """Whether a requirement applies here, for the given extras of its parent."""
    if requirement.marker is None:
        return True
    return any(requirement.marker.evaluate({"extra": extra}) for extra in ("", *extras))


def closure(root: str, extras: tuple[str, ...]) -> dict[str, str]:
    """Canonical name -> installed version of every distribution ``root[extras]`` needs."""
    pinned: dict[str, str] = {}
    seen: set[tuple[str, tuple[str, ...]]] = set()
    todo = [(root, extras)]
    while todo:
        name, name_extras = todo.pop()
        if (name, name_extras) in seen:
            continue
        seen.add((name, name_extras))
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            raise SystemExit(f"{name} is needed but not installed: run `make setup`") from None
        if canonicalize_name(name) != ROOT:
            pinned[canonicalize_name(name)] = distribution.version
        for line in distribution.requires or []:
            requirement = Requirement(line)
            if wanted(requirement, name_extras):
                todo.append(
                    (canonicalize_name(requirement.name), tuple(sorted(requirement.extras)))
                )
    return pinned


def lock_text(pinned: dict[str, str]) -> str:
    return HEADER + "".join(f"{name}=={pinned[name]}\n" for name in sorted(pinned))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", type=Path, default=Path("requirements.lock"))
    args = parser.parse_args()
    pinned = closure(ROOT, ROOT_EXTRAS)
    args.output.write_text(lock_text(pinned))
    print(f"{args.output}: {len(pinned)} packages pinned", file=sys.stderr)


if __name__ == "__main__":
    main()
