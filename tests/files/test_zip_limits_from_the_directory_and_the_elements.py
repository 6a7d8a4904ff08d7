"""Each limit of a zip container, in ``styra.files.check_zip``: the number of members, the
packing ratio and the XML element count (counted piece by piece, stopping at the limit)."""

import dataclasses

import pytest

from styra.files import DEFAULT_FILE_LIMITS, FileRefused, check_zip
from tests.files.bombs import zip_of


def refusal(data: bytes, **limits) -> str:
    with pytest.raises(FileRefused) as refused:
        check_zip(data, "fil.xlsx", dataclasses.replace(DEFAULT_FILE_LIMITS, **limits))
    return str(refused.value)


def test_too_many_members():
    data = zip_of({f"xl/media/bild{i}.xml": b"<a/>" for i in range(12)})
    assert refusal(data, max_members=10) == "Filen fil.xlsx består av 12 delar; gränsen är 10."


def test_a_member_packed_far_more_tightly_than_office_files_are():
    data = zip_of({"xl/sharedStrings.xml": (b"<si><t>a</t></si>" * 1024, 128)})  # 2 MB
    message = refusal(data)
    assert message.startswith("Filen fil.xlsx är packad ovanligt hårt: delen xl/sharedStrings")
    assert message.endswith("gränsen är 100 gånger.")


def test_xml_elements_are_counted_and_the_count_stops_at_the_limit():
    data = zip_of({"xl/worksheets/sheet1.xml": (b"<row><c/></row>", 5000)})  # 10 000 elements
    assert check_zip(data, "fil.xlsx") == 10_000
    message = refusal(data, max_xml_elements=9_999)
    assert message == (
        "Filen fil.xlsx har fler än 9 999 XML-element (delen xl/worksheets/sheet1.xml); "
        "gränsen är 9 999."
    )


def test_an_element_end_split_between_two_pieces_is_counted_once(monkeypatch):
    from styra.files import zips

    monkeypatch.setattr(zips, "CHUNK", 7)  # "<row><c/></row>" is cut at every place
    data = zip_of({"a.xml": (b"<row><c/></row>", 50)})
    assert check_zip(data, "fil.xlsx") == 100
