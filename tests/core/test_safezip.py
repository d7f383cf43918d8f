"""Zip packages are checked before anything parses them: bombs refused, by counting.

The bombs are real zip files built byte by byte (so their headers can lie), whose
parts inflate to hundreds of megabytes; none is ever inflated whole here.  The
builders are shared with ``bench/bench_zip_bomb.py`` and the bad-input corpus.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

import pytest

from reviewer.ingest.model import IngestError
from reviewer.ingest.safezip import CHUNK, LIMITS, MB, Limits, SafeZip, ZipBombError
from reviewer.workspace import Workspace
from tests.conftest import FIXTURES

# ------------------------------------------------------------------ bomb builders

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" '
    b'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    b'<Override PartName="/xl/workbook.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    b"</Types>"
)
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ROOT_RELS_DOCX = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
).encode()
ROOT_RELS_XLSX = ROOT_RELS_DOCX.replace(b"word/document.xml", b"xl/workbook.xml")
WORKBOOK = (
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    f'xmlns:r="{_REL}"><sheets><sheet name="Recommendations" sheetId="1" r:id="rId1"/>'
    "</sheets></workbook>"
).encode()
WORKBOOK_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
).encode()
DOC_HEAD = (
    f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>'
    "<w:p><w:r><w:t>Submission to the Universal Periodic Review</w:t></w:r></w:p>"
).encode()
DOC_TAIL = b"</w:body></w:document>"
MATRIX_HEAD = (  # a thematic list's first table row, as detection looks for it
    f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body><w:tbl>'
    "<w:tr><w:tc><w:p><w:r><w:t>Recommendation</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>Position</w:t></w:r></w:p></w:tc></w:tr>"
    "<w:tr><w:tc><w:p><w:r><w:t>28.1 Ratify the Convention (Chile);</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>Supported</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
).encode()
SHEET_HEAD = (
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>Number</t></is></c>'
    b'<c r="B1" t="inlineStr"><is><t>Recommendation</t></is></c></row>'
)
SHEET_TAIL = b"</sheetData></worksheet>"
BLANKS = b" " * MB  # whitespace between elements: valid XML, deflates ~1,000 times


def deflate_pieces(pieces: list[tuple[bytes, int]]) -> tuple[bytes, int, int]:
    """A raw deflate stream of each piece repeated ``n`` times: (stream, crc32, size).

    Each piece is compressed once on its own, ending on a full flush (no reference
    to anything before it), so its compressed bytes can simply be repeated: a 1 MB
    stream of a 1 MB blank piece inflates to ~1 GB without ever being held.
    """
    out, crc, size = [], 0, 0
    for piece, times in pieces:
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        out.append((co.compress(piece) + co.flush(zlib.Z_FULL_FLUSH)) * times)
        for _ in range(times):
            crc = zlib.crc32(piece, crc)
        size += len(piece) * times
    out.append(zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH))
    return b"".join(out), crc, size


@dataclass(frozen=True)
class Member:
    name: str
    raw: bytes  # as stored in the zip
    crc: int
    size: int  # what it really inflates to
    method: int = zipfile.ZIP_DEFLATED
    declared: int | None = None  # the size its headers state, when it lies
    flags: int = 0


def part(name: str, content: bytes, method: int = zipfile.ZIP_DEFLATED) -> Member:
    if method == zipfile.ZIP_STORED:
        raw = content
    else:
        co = zlib.compressobj(6, zlib.DEFLATED, -15)
        raw = co.compress(content) + co.flush()
    return Member(name, raw, zlib.crc32(content), len(content), method)


def bomb(
    name: str, head: bytes, megabytes: int, tail: bytes, declared: int | None = None
) -> Member:
    """A part of ``head``, ``megabytes`` MB of blanks and ``tail``; ``declared`` lies."""
    raw, crc, size = deflate_pieces([(head, 1), (BLANKS, megabytes), (tail, 1)])
    return Member(name, raw, crc, size, declared=declared)


def build_zip(members: list[Member], entries: int | None = None) -> bytes:
    """A zip written byte by byte; ``entries`` overrides the count in the end record."""
    out = io.BytesIO()
    central = []
    for m in members:
        offset = out.tell()
        name = m.name.encode("utf-8")
        flags = m.flags | 0x800  # names in UTF-8
        size = m.size if m.declared is None else m.declared
        common = (flags, m.method, 0, 0x21, m.crc, len(m.raw), size, len(name))
        out.write(struct.pack("<4s2B4HL2L2H", b"PK\x03\x04", 20, 0, *common, 0) + name + m.raw)
        entry = struct.pack(
            "<4s4B4HL2L5H2L", b"PK\x01\x02", 20, 3, 20, 0, *common, 0, 0, 0, 0, 0, offset
        )
        central.append(entry + name)
    start = out.tell()
    for entry in central:
        out.write(entry)
    count = len(members) if entries is None else entries
    directory = out.tell() - start
    if count > 0xFFFF:  # ZIP64: the count lives in its own end record
        record = out.tell()
        out.write(
            struct.pack(
                "<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, directory, start
            )
        )
        out.write(struct.pack("<4sLQL", b"PK\x06\x07", 0, record, 1))
        count = 0xFFFF
    out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, directory, start, 0))
    return out.getvalue()


def docx_parts(document: Member) -> list[Member]:
    return [
        part("[Content_Types].xml", CONTENT_TYPES),
        part("_rels/.rels", ROOT_RELS_DOCX),
        document,
    ]


def docx_bomb(megabytes: int, lie: bool = False) -> bytes:
    """A Word file whose word/document.xml inflates to ``megabytes`` MB."""
    doc = bomb("word/document.xml", DOC_HEAD, megabytes, DOC_TAIL, 4000 if lie else None)
    return build_zip(docx_parts(doc))


def thematic_list_bomb(megabytes: int, lie: bool = False) -> bytes:
    """A small, real-looking thematic list whose styles part is the bomb (python-docx path)."""
    doc = part("word/document.xml", MATRIX_HEAD + DOC_TAIL)
    declared = 2000 if lie else None
    styles = bomb("word/styles.xml", b"<w:styles>", megabytes, b"</w:styles>", declared)
    return build_zip([*docx_parts(doc), styles])


def xlsx_bomb(megabytes: int, lie: bool = False) -> bytes:
    """A workbook with a recommendations header whose sheet inflates to ``megabytes`` MB."""
    declared = 9000 if lie else None
    sheet = bomb("xl/worksheets/sheet1.xml", SHEET_HEAD, megabytes, SHEET_TAIL, declared)
    return build_zip(
        [
            part("[Content_Types].xml", CONTENT_TYPES),
            part("_rels/.rels", ROOT_RELS_XLSX),
            part("xl/workbook.xml", WORKBOOK),
            part("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
            sheet,
        ]
    )


def many_members(count: int, entries: int | None = None) -> bytes:
    """``count`` empty parts beside a real document.xml."""
    doc = part("word/document.xml", DOC_HEAD + DOC_TAIL)
    empty = [part(f"word/media/image{i}.png", b"", zipfile.ZIP_STORED) for i in range(count)]
    return build_zip([*docx_parts(doc)[:2], *empty, doc], entries=entries)


def nested_names(megabytes: int) -> bytes:
    """Names that look like paths out of the package, a zip inside, and the bomb in capitals."""
    inner = docx_bomb(megabytes, lie=True)
    return build_zip(
        [
            part("[Content_Types].xml", CONTENT_TYPES),
            part("../../word/document.xml", DOC_HEAD + DOC_TAIL),
            part("word/media/inner.docx.zip", inner, zipfile.ZIP_STORED),
            part("word\\document.xml", DOC_HEAD + DOC_TAIL),
            bomb("WORD/DOCUMENT.XML", DOC_HEAD, megabytes, DOC_TAIL),
        ]
    )


def spread_bomb(parts: int, megabytes: int) -> bytes:
    """Many parts, each under every per-part limit, adding up to a bomb."""
    members = [bomb(f"customXml/item{i}.xml", b"<a>", megabytes, b"</a>") for i in range(parts)]
    return build_zip([*docx_parts(part("word/document.xml", DOC_HEAD + DOC_TAIL)), *members])


# Every kind of bomb the import tests (here and in the corpus) use, with the words its
# refusal must hold: small files that would inflate to hundreds of megabytes.  One whose
# headers understate a part cannot inflate past that size through zipfile (CPython stops
# there, and the CRC fails), so it is refused as damaged, not as a bomb.
BOMB = "zip bomb"
LIE = "damaged or incomplete"
BOMBS = {
    "bomb-honest.docx": (lambda: docx_bomb(300), BOMB),
    "bomb-lying.docx": (lambda: docx_bomb(300, lie=True), LIE),
    "bomb-thematic-list.docx": (lambda: thematic_list_bomb(300), BOMB),
    "bomb-thematic-list-lying.docx": (lambda: thematic_list_bomb(300, lie=True), LIE),
    "bomb.xlsx": (lambda: xlsx_bomb(300), BOMB),
    "bomb-lying.xlsx": (lambda: xlsx_bomb(300, lie=True), LIE),
    "bomb-100000-parts.docx": (lambda: many_members(100_000), BOMB),
    "bomb-nested-names.docx": (lambda: nested_names(300), BOMB),
    "bomb-spread.docx": (lambda: spread_bomb(40, 3), BOMB),
}


# ------------------------------------------------------------------ normal files

NORMAL = [
    FIXTURES / "cango" / "cango-upr4-submission.docx",
    FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx",
    FIXTURES / "un" / "Slovenia-UPR2-thematic-list-A_HRC_28_15.docx",
]


@pytest.mark.parametrize("path", NORMAL, ids=lambda p: p.name)
def test_real_packages_pass_and_read_as_zipfile_does(path):
    data = path.read_bytes()
    safe = SafeZip(data, path.name)
    plain = zipfile.ZipFile(io.BytesIO(data))
    assert safe.read("word/document.xml") == plain.read("word/document.xml")
    assert safe.read("WORD/Document.XML") == plain.read("word/document.xml")  # as Word does
    assert safe.read("word/no-such-part.xml") is None
    safe.check_all()
    assert safe.total == sum(i.file_size for i in plain.infolist())


def test_a_prefix_read_stops_early_and_counts_nothing():
    data = NORMAL[1].read_bytes()
    safe = SafeZip(data, "list.docx")
    head = safe.read("word/document.xml", max_bytes=1000)
    assert head == zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")[:1000]
    assert safe.total == 0


def test_a_built_zip_is_a_real_zip():
    """The builder itself: zipfile reads what it writes, CRC included."""
    data = build_zip(docx_parts(bomb("word/document.xml", DOC_HEAD, 3, DOC_TAIL)))
    text = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    assert text.startswith(DOC_HEAD) and text.endswith(DOC_TAIL)
    assert len(text) == len(DOC_HEAD) + 3 * MB + len(DOC_TAIL)


# --------------------------------------------------------- each rule, by counting


def _refused(data: bytes, limits: Limits = LIMITS) -> ZipBombError:
    safe = None
    with pytest.raises(ZipBombError) as caught:
        safe = SafeZip(data, "bomb.docx", limits=limits)
        safe.check_all()
    reason = caught.value.reason
    assert "zip bomb" in reason and "\n" not in reason
    assert safe is None  # refused from the directory, before anything was inflated
    assert caught.value.inflated == 0
    return caught.value


def test_a_bomb_that_tells_its_size_is_refused_before_inflating_anything():
    err = _refused(docx_bomb(1000))  # ~1 MB file, ~1 GB document.xml
    assert "the part word/document.xml unpacks to more than 64 MB" in err.reason


def test_a_bomb_that_lies_about_its_size_inflates_no_more_than_it_claims():
    data = docx_bomb(1000, lie=True)  # ~1 MB file, ~1 GB inflated, declares 4,000 bytes
    assert len(data) < 1.1 * MB
    safe = SafeZip(data, "lying.docx")  # the claim is harmless: nothing to refuse yet
    with pytest.raises(IngestError, match="damaged or incomplete") as caught:
        safe.read("word/document.xml")
    assert not isinstance(caught.value, ZipBombError)
    assert safe.inflated <= 4000  # zipfile stopped at the claim; its CRC then failed
    with pytest.raises(IngestError, match="damaged or incomplete"):
        SafeZip(data, "lying.docx").check_all()


def test_the_ratio_limit_refuses_a_part_below_the_part_limit():
    err = _refused(docx_bomb(60))  # 60 MB from ~60 KB
    assert "document.xml unpacks to more than 100 times its packed size" in err.reason


def test_the_total_limit_adds_up_parts_each_allowed():
    err = _refused(spread_bomb(10, 3), Limits(total=20 * MB, ratio=10_000))
    assert "this file unpacks to more than 20 MB" in err.reason


def test_many_small_parts_are_refused_by_the_ratio_of_the_whole():
    err = _refused(spread_bomb(40, 3))  # 120 MB from ~0.12 MB, each part within limits
    assert "more than 100 times its own size" in err.reason


def test_inflating_counts_against_the_limits_too():
    """The second line: what the directory passed is still counted while it inflates.

    zipfile never inflates past a declared size, so the directory here is checked
    under generous limits and the part then read under a tight one, as if it had
    understated its size.
    """
    data = build_zip(docx_parts(bomb("word/document.xml", DOC_HEAD, 12, DOC_TAIL)))
    safe = SafeZip(data, "d.docx", limits=Limits(ratio=10_000))
    safe.limits = Limits(part=8 * MB, ratio=10_000)
    with pytest.raises(ZipBombError, match="document.xml unpacks to more than 8 MB") as caught:
        safe.check_all()
    assert 8 * MB < caught.value.inflated <= 8 * MB + CHUNK + 4096  # + the two small parts
    assert safe.inflated == caught.value.inflated  # stopped there, before the part ended


def test_too_many_parts_are_refused_from_the_end_record_or_the_directory():
    err = _refused(many_members(100_000))
    assert "says it holds 100,003 parts" in err.reason
    # the end record says 3, but the directory holds 20,003 entries: counted once read
    err = _refused(many_members(20_000, entries=3))
    assert "holds 20,003 parts" in err.reason


def test_a_directory_too_large_to_read_is_refused_before_reading_it():
    err = _refused(many_members(20_000, entries=3), Limits(directory=1 * MB))
    assert "list of parts takes" in err.reason


def test_names_in_messages_are_one_line():
    member = bomb("evil\nname\u2028.xml", b"<a>", 300, b"</a>")
    err = _refused(build_zip([member]))
    assert "evil?name?.xml" in err.reason


def test_methods_office_never_writes_and_encryption_are_written_refusals():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_BZIP2) as z:
        z.writestr("word/document.xml", DOC_HEAD + DOC_TAIL)
    with pytest.raises(IngestError, match="compression method Word never writes"):
        SafeZip(buf.getvalue(), "b.docx")
    locked = part("word/document.xml", DOC_HEAD + DOC_TAIL)
    locked = Member(locked.name, locked.raw, locked.crc, locked.size, flags=0x1)
    with pytest.raises(IngestError, match="password-protected ZIP"):
        SafeZip(build_zip([locked]), "l.docx")


def test_damaged_zips_are_written_refusals():
    data = NORMAL[0].read_bytes()
    for broken in (data[: len(data) // 2], data[:-30], b"PK\x03\x04" + b"\x00" * 100):
        with pytest.raises(IngestError, match="damaged or incomplete") as caught:
            SafeZip(broken, "c.docx").check_all()
        assert not isinstance(caught.value, ZipBombError)
    flipped = bytearray(data)
    start = zipfile.ZipFile(io.BytesIO(data)).getinfo("word/document.xml").header_offset
    flipped[start + 200] ^= 0xFF  # inside the compressed document: inflate or CRC fails
    with pytest.raises(IngestError, match="damaged or incomplete"):
        SafeZip(bytes(flipped), "c.docx").read("word/document.xml")


# ------------------------------------------------------ through the workspace API


def _counts(ws: Workspace) -> tuple[int, int]:
    return len(ws.documents()), len(ws.recommendations())


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_every_bomb_kind_is_refused_by_the_import_and_changes_nothing(tmp_path, name):
    build, expected = BOMBS[name]
    path = tmp_path / name
    path.write_bytes(build())
    with Workspace.open(tmp_path / "w.sqlite") as ws:
        ws.import_files([FIXTURES / "cango" / "cango-upr4-submission.md"])
        before = _counts(ws)
        done, failed = ws.import_files([path])
        assert done == []
        [failure] = failed
        assert failure.file == str(path)
        assert expected in failure.error and "\n" not in failure.error
        assert _counts(ws) == before
