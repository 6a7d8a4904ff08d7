"""The English catalogue is complete and up to date with the Swedish source strings.

After changing a UI string: `make messages`, translate the new entries in
src/styra/web/locale/en/LC_MESSAGES/django.po, then `make compilemessages`.
"""

import shutil
from pathlib import Path

import polib
from django.core.management import call_command

STYRA = Path(__file__).resolve().parents[2] / "src/styra"
PO = STYRA / "web/locale/en/LC_MESSAGES/django.po"


def test_every_entry_is_translated_and_none_is_fuzzy():
    po = polib.pofile(str(PO))
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert not untranslated and not fuzzy, f"translate in {PO}: {untranslated + fuzzy}"


def test_catalogue_has_every_string_the_code_uses(tmp_path, settings, monkeypatch):
    # As `make messages` does: from src/styra, so the method's words in
    # styra/analysis/words.py are read too (into the web's catalogue).
    copy = tmp_path / "styra"
    shutil.copytree(STYRA, copy, ignore=shutil.ignore_patterns("vendor", "__pycache__", "*.mo"))
    settings.LOCALE_PATHS = [copy / "web/locale"]
    monkeypatch.chdir(copy)
    call_command("makemessages", locale=["en"], no_location=True, verbosity=0)
    fresh = {entry.msgid for entry in polib.pofile(str(copy / PO.relative_to(STYRA)))}
    committed = {entry.msgid for entry in polib.pofile(str(PO)) if not entry.obsolete}
    assert fresh == committed, (
        f"run `make messages` and translate: new {sorted(fresh - committed)}, "
        f"gone {sorted(committed - fresh)}"
    )
