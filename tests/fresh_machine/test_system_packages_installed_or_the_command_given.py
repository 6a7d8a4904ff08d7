"""`make system` (scripts/system-packages.sh) installs what is missing as root, and
otherwise stops with the exact command to run; with everything there it does nothing."""

from tests.fresh_machine.fake_system import FakeSystem

EVERY_PACKAGE = (
    "chromium fonts-dejavu-core gettext libpango-1.0-0 libpangoft2-1.0-0 poppler-utils nodejs npm"
    " xmlsec1"
)


def test_a_user_is_told_the_exact_command_and_make_stops(tmp_path):
    system = FakeSystem(tmp_path, uid=1000)

    result = system.run()

    assert result.returncode == 1
    assert f"    sudo apt-get update && sudo apt-get install -y {EVERY_PACKAGE}\n" in result.stderr
    assert system.apt_get_calls == []


def test_root_installs_only_what_is_missing_with_apt_get(tmp_path):
    system = FakeSystem(tmp_path, uid=0)
    system.install_everything()
    (tmp_path / "bin" / "pdftotext").unlink()
    (tmp_path / "chromium").unlink()

    result = system.run()

    assert result.returncode == 0, result.stderr
    assert system.apt_get_calls == ["update -qq", "install -y -qq chromium poppler-utils"]
    assert system.run("--missing").stdout == ""


def test_nothing_is_asked_when_everything_is_there(tmp_path):
    system = FakeSystem(tmp_path, uid=1000)
    system.install_everything()

    result = system.run()

    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert system.apt_get_calls == []


def test_a_library_dpkg_does_not_know_is_missing(tmp_path):
    system = FakeSystem(tmp_path, uid=1000)
    system.install_everything()
    (tmp_path / "dpkg-installed").write_text("fonts-dejavu-core\nlibpango-1.0-0\n")

    assert system.run("--missing").stdout == "libpangoft2-1.0-0\n"
