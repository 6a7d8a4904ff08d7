"""A PostgreSQL cluster of a test's own, in a temporary directory, started with ``pg_ctl``.

``initdb`` refuses to run as root: as root the cluster belongs to the ``postgres`` OS
user (``runuser``), otherwise to the user running the tests.
"""

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from glob import glob
from pathlib import Path

OWNER = "postgres"


def postgres_bin() -> Path:
    found = sorted(glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4]))
    assert found, "PostgreSQL's server programs are not in /usr/lib/postgresql/*/bin"
    return Path(found[-1]).parent


def as_owner(*command: str, timeout: int = 120) -> subprocess.CompletedProcess:
    prefix = ["runuser", "-u", OWNER, "--"] if os.geteuid() == 0 else []
    result = subprocess.run(
        [*prefix, *command], capture_output=True, text=True, timeout=timeout, cwd="/"
    )
    assert result.returncode == 0, f"{command[0]} failed: {result.stdout}{result.stderr}"
    return result


@dataclass
class Cluster:
    base: Path
    port: int

    @property
    def data(self) -> Path:
        return self.base / "data"

    def url(self, database: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def pg_ctl(self, action: str, *options: str) -> None:
        """``pg_ctl <action> -w``; starting, with the port, the socket directory in ``base``
        and no fsync (a throwaway cluster)."""
        if action in ("start", "restart"):
            server_options = (
                f"-p {self.port} -k {self.base / 'sockets'} -c listen_addresses=127.0.0.1 "
                "-c fsync=off -c full_page_writes=off"
            )
            options = ("-l", str(self.base / "postgres.log"), "-o", server_options, *options)
        as_owner(str(postgres_bin() / "pg_ctl"), action, "-D", str(self.data), "-w", *options)

    def restart(self) -> None:
        """``pg_ctl restart -m fast``: every connection is cut, then the server starts again."""
        self.pg_ctl("restart", "-m", "fast")

    def log(self) -> str:
        path = self.base / "postgres.log"
        return path.read_text(errors="replace") if path.exists() else ""


def start_cluster(port: int) -> Cluster:
    base = Path(tempfile.mkdtemp(prefix="styra-pg-"))
    if os.geteuid() == 0:
        shutil.chown(base, OWNER, OWNER)
    cluster = Cluster(base, port)
    as_owner("mkdir", str(base / "sockets"))
    as_owner(
        str(postgres_bin() / "initdb"),
        "-D",
        str(cluster.data),
        "-A",
        "trust",
        "-U",
        "postgres",
        "-E",
        "UTF8",
        "--locale=C.UTF-8",
        "--no-sync",
    )
    cluster.pg_ctl("start")
    return cluster


def remove_cluster(cluster: Cluster) -> None:
    try:
        cluster.pg_ctl("stop", "-m", "immediate")
    finally:
        shutil.rmtree(cluster.base, ignore_errors=True)
