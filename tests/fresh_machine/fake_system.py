"""A fake Debian for scripts/system-packages.sh: a PATH of stand-in commands.

``id`` answers the given user id, ``dpkg-query`` knows the packages listed in
``dpkg-installed`` and ``apt-get`` records its arguments in ``apt-get.log``;
``apt-get install`` "installs" by adding the commands and the dpkg records.
"""

import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "system-packages.sh"
COMMANDS = ("msgfmt", "pdftotext", "node", "npm", "xmlsec1")
LIBRARIES = ("fonts-dejavu-core", "libpango-1.0-0", "libpangoft2-1.0-0")
CHMOD = shutil.which("chmod")

FAKES = {
    "id": 'echo "$FAKE_UID"',
    "dpkg-query": (
        "for package; do :; done\n"
        'while read -r known; do [ "$known" = "$package" ] && '
        '{ printf "install ok installed"; exit 0; }; done < "$FAKE_ROOT/dpkg-installed"\n'
        "exit 1"
    ),
    "apt-get": (
        'echo "$*" >> "$FAKE_ROOT/apt-get.log"\n'
        '[ "$1" = install ] || exit 0\n'
        + "".join(f'printf "#!/bin/sh\\n" > "$FAKE_ROOT/bin/{c}"\n' for c in COMMANDS)
        + f'{CHMOD} +x "$FAKE_ROOT"/bin/*\n'
        f'printf "#!/bin/sh\\n" > "$FAKE_ROOT/chromium" && {CHMOD} +x "$FAKE_ROOT/chromium"\n'
        + "".join(f'echo {library} >> "$FAKE_ROOT/dpkg-installed"\n' for library in LIBRARIES)
    ),
}


class FakeSystem:
    def __init__(self, root: Path, uid: int):
        self.root, self.uid = root, uid
        (root / "bin").mkdir()
        (root / "dpkg-installed").write_text("")
        for name, body in FAKES.items():
            self.add_command(name, body)

    def add_command(self, name: str, body: str = "") -> None:
        path = self.root / "bin" / name
        path.write_text(f"#!/bin/sh\n{body}\n")
        path.chmod(0o755)

    def install_everything(self) -> None:
        for command in COMMANDS:
            self.add_command(command)
        self.add_command("../chromium")
        (self.root / "dpkg-installed").write_text("\n".join(LIBRARIES) + "\n")

    @property
    def apt_get_calls(self) -> list[str]:
        log = self.root / "apt-get.log"
        return log.read_text().splitlines() if log.exists() else []

    def run(self, *args: str) -> subprocess.CompletedProcess:
        env = {
            "PATH": str(self.root / "bin"),
            "FAKE_ROOT": str(self.root),
            "FAKE_UID": str(self.uid),
            "STYRA_CHROMIUM": str(self.root / "chromium"),
        }
        return subprocess.run(
            ["/bin/sh", str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=60
        )
