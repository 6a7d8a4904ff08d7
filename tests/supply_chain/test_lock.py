"""requirements.lock pins every package styra[dev] needs, as installed, within the ranges
of pyproject.toml (scripts/lock.py writes it: `make lock`)."""

import importlib.util
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("lock", REPO / "scripts" / "lock.py")
lock = importlib.util.module_from_spec(spec)
spec.loader.exec_module(lock)


def pins() -> dict[str, str]:
    lines = (REPO / "requirements.lock").read_text().splitlines()
    pairs = [line.split("==") for line in lines if line and not line.startswith("#")]
    return {canonicalize_name(name): version for name, version in pairs}


def test_every_pyproject_dependency_is_pinned_within_its_range():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    wanted = project["dependencies"] + project["optional-dependencies"]["dev"]
    pinned = pins()
    for line in wanted:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{name} is not in requirements.lock: run `make lock`"
        assert requirement.specifier.contains(pinned[name], prereleases=True), (
            f"requirements.lock pins {name}=={pinned[name]} outside {requirement.specifier}"
        )


def test_the_lock_is_what_is_installed():
    written = (REPO / "requirements.lock").read_text()
    assert written == lock.lock_text(lock.closure(lock.ROOT, lock.ROOT_EXTRAS)), (
        "requirements.lock differs from the installed packages: run `make lock` "
        "(after `make setup`), or `make setup` to install the lock"
    )


def test_markers_follow_the_extras_asked_for():
    dev_only = Requirement('pytest>=8; extra == "dev"')
    assert lock.wanted(dev_only, ("dev",)) and not lock.wanted(dev_only, ())
    assert not lock.wanted(Requirement('pywin32; sys_platform == "win32"'), ("dev",))
