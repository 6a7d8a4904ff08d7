"""The vendored front-end files match the versions package-lock.json pins.

`make setup` (or `make vendor`) copies them from node_modules after `npm ci`.
"""

import json
import os
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
VENDOR = REPO / "src/styra/web/static/vendor"


def vendored_pairs() -> list[tuple[str, str]]:
    makefile = (REPO / "Makefile").read_text()
    block = re.search(r"^VENDORED := \\\n((?:\t.*\n)+)", makefile, re.M).group(1)
    return [tuple(item.split(":")) for item in block.replace("\\", " ").split()]


def test_every_vendored_file_is_there():
    missing = [dst for _, dst in vendored_pairs() if not (VENDOR / dst).is_file()]
    assert not missing, f"run `make vendor`: missing {missing}"


def test_vendored_files_match_node_modules():
    if not (REPO / "node_modules").is_dir():
        if os.environ.get("CI"):
            pytest.fail("node_modules is missing in CI: .ci/run must run `npm ci`")
        pytest.skip("node_modules is absent (run `npm ci`)")
    stale = [
        dst
        for src, dst in vendored_pairs()
        if (REPO / "node_modules" / src).read_bytes() != (VENDOR / dst).read_bytes()
    ]
    assert not stale, f"run `make vendor`: {stale} differ from node_modules"


def test_lock_file_pins_what_package_json_asks_for():
    package = json.loads((REPO / "package.json").read_text())
    lock = json.loads((REPO / "package-lock.json").read_text())
    wanted = {**package["dependencies"], **package["devDependencies"]}
    locked = {name.removeprefix("node_modules/") for name in lock["packages"] if name}
    assert set(wanted) <= locked


def test_vega_interpreter_is_the_wrapped_module():
    """The wrapped interpreter holds the npm module's code minus its import/export lines."""
    wrapped = (VENDOR / "vega-interpreter/vega-interpreter.js").read_text()
    assert wrapped.startswith("(function (vega) {")
    assert "vega.expressionInterpreter = expression;" in wrapped
    assert "import " not in wrapped.splitlines()[2]
    source = REPO / "node_modules/vega-interpreter/build/vega-interpreter.js"
    if not source.is_file():
        pytest.skip("node_modules is absent (run `npm ci`)")
    body = [
        line
        for line in source.read_text().splitlines()
        if not line.startswith(("import ", "export ")) and "sourceMappingURL" not in line
    ]
    assert "\n".join(body) in wrapped, "run `make vendor`: vega-interpreter.js is stale"
