"""Check a .docx or .xlsx (a zip archive) before any part of it is parsed.

First from the archive's directory alone, nothing unpacked: the number of
members, their total unpacked size, each member's size and how tightly each
is packed. Then the XML members are unpacked in pieces of ``CHUNK`` bytes,
never whole, and their elements counted, so a parser is only handed a file
whose tree is known to be of a size it can hold. ``zipfile`` never yields
more than a member's declared size, so a directory that lies about sizes
cannot get past the first checks either.
"""

import io
import zipfile

from styra.files.limits import (
    DEFAULT_FILE_LIMITS,
    RATIO_FLOOR,
    Deadline,
    FileLimits,
    FileRefused,
    human_size,
    thousands,
)

CHUNK = 1024 * 1024
XML_SUFFIXES = (".xml", ".rels")
ELEMENT_ENDS = (b"</", b"/>")  # every element ends with one of these (ignoring <?…?>)


def check_zip(
    data: bytes,
    filename: str,
    limits: FileLimits = DEFAULT_FILE_LIMITS,
    deadline: Deadline | None = None,
) -> int:
    """The number of XML elements in the archive; raises ``FileRefused`` if it is beyond a
    limit, ``zipfile.BadZipFile`` if it is no archive."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
        check_directory(members, filename, limits)
        return count_elements(archive, members, filename, limits, deadline or Deadline(filename, 0))


def check_directory(members: list[zipfile.ZipInfo], filename: str, limits: FileLimits) -> None:
    """The limits that the archive's directory alone can tell."""
    if len(members) > limits.max_members:
        raise FileRefused(
            f"Filen {filename} består av {thousands(len(members))} delar; gränsen är "
            f"{thousands(limits.max_members)}."
        )
    unpacked = sum(member.file_size for member in members)
    if unpacked > limits.max_unpacked_bytes:
        raise FileRefused(
            f"Filen {filename} packas upp till {human_size(unpacked)}; gränsen är "
            f"{human_size(limits.max_unpacked_bytes)}."
        )
    for member in members:
        if member.file_size > limits.max_member_bytes:
            raise FileRefused(
                f"Filen {filename} packas upp till {human_size(member.file_size)} i delen "
                f"{member.filename}; gränsen är {human_size(limits.max_member_bytes)} per del."
            )
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_FLOOR and ratio > limits.max_ratio:
            raise FileRefused(
                f"Filen {filename} är packad ovanligt hårt: delen {member.filename} blir "
                f"{ratio:.0f} gånger större när den packas upp; gränsen är "
                f"{limits.max_ratio} gånger."
            )


def count_elements(
    archive: zipfile.ZipFile,
    members: list[zipfile.ZipInfo],
    filename: str,
    limits: FileLimits,
    deadline: Deadline,
) -> int:
    """The XML elements of all XML members, unpacked piece by piece; refused past the limit."""
    total = 0
    for member in members:
        if not member.filename.lower().endswith(XML_SUFFIXES):
            continue
        with archive.open(member) as stream:
            carry = b""
            while chunk := stream.read(CHUNK):
                deadline.check()
                piece = carry + chunk
                total += sum(piece.count(end) for end in ELEMENT_ENDS)
                carry = chunk[-1:]  # an end split between two pieces is counted once, here
                if total > limits.max_xml_elements:
                    raise FileRefused(
                        f"Filen {filename} har fler än {thousands(limits.max_xml_elements)} "
                        f"XML-element (delen {member.filename}); gränsen är "
                        f"{thousands(limits.max_xml_elements)}."
                    )
    return total
