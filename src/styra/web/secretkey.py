"""Django's secret key: from ``STYRA_SECRET_KEY``, else from the local key file.

``make run`` writes the file once (``python -m styra.web.secretkey``) into the
git-ignored data folder and keeps it, so sessions and reset links survive a
restart. Without either, settings fall back to a development key that
``styra serve`` refuses outside debug mode.
"""

import os
import secrets
import sys
from pathlib import Path

DEVELOPMENT_SECRET_KEY = "styra-development-only-not-secret"
KEY_FILE_NAME = "secret_key"


def read_secret_key(data_dir: Path) -> str:
    """The configured key, or the development key when none is configured."""
    key = os.environ.get("STYRA_SECRET_KEY", "").strip()
    if key:
        return key
    path = data_dir / KEY_FILE_NAME
    if path.is_file():
        key = path.read_text(encoding="utf-8").strip()
    return key or DEVELOPMENT_SECRET_KEY


def ensure_secret_key(data_dir: Path) -> Path:
    """Write a new random key file readable only by its owner, unless one exists."""
    path = data_dir / KEY_FILE_NAME
    if path.is_file() and path.read_text(encoding="utf-8").strip():
        return path
    data_dir.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(secrets.token_urlsafe(50) + "\n")
    return path


def main() -> None:
    """``python -m styra.web.secretkey``: make sure the key file of STYRA_DATA_DIR exists."""
    repo = Path(__file__).resolve().parents[3]
    data_dir = Path(os.environ.get("STYRA_DATA_DIR", repo / "var"))
    existed = (data_dir / KEY_FILE_NAME).is_file()
    path = ensure_secret_key(data_dir)
    print(f"Secret key {'kept in' if existed else 'written to'} {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
