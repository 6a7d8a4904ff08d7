"""Document or fail: M8 and M9's public functions and default weights are in docs/methods.md."""

from pathlib import Path

import styra.priorities
from styra.priorities import DEFAULT_WEIGHTS

METHODS = Path(__file__).resolve().parents[2] / "docs" / "methods.md"


def test_every_public_function_is_named_in_the_methods_doc():
    text = METHODS.read_text(encoding="utf-8")
    functions = [name for name in styra.priorities.__all__ if name.islower()]
    missing = [name for name in functions if f"`{name}`" not in text]
    assert not missing, f"name these in docs/methods.md (M8/M9): {missing}"


def test_the_default_weights_in_the_doc_are_the_code_s():
    text = METHODS.read_text(encoding="utf-8")
    for criterion, weight in DEFAULT_WEIGHTS.as_dict().items():
        row = next(line for line in text.splitlines() if line.startswith(f"| `{criterion}`"))
        assert row.rstrip(" |").endswith(f"{weight:.2f}".replace(".", ",")), row
