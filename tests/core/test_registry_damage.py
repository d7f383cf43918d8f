"""Damaged registry files: each one imports, or fails with one written line; nothing changes.

Every real registry fixture (OHCHR thematic lists, the Working Group report and
the State's responses) and a generated CSV and XLSX table is damaged ~30 ways,
deterministically (``random.Random(n)``): bytes flipped, the file cut short, the
zip's directory zeroed, a part's XML cut in the middle, a part missing, a PDF's
cross-reference table wiped.  Each goes through the public import into a copy of a
seeded workspace.  A failure must say what is wrong in words (no exception class
name, no traceback, one line), and leave the workspace as it was.
"""

from __future__ import annotations

import builtins
import csv
import io
import random
import re
import sqlite3
import struct
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from reviewer.workspace import Workspace
from tests.conftest import FIXTURES

pytestmark = pytest.mark.slow  # 180 mutated imports; the core-only CI pass skips it

UN = FIXTURES / "un"
REGISTRY_FIXTURES = [
    UN / "China-UPR3-thematic-list-A_HRC_40_6.docx",
    UN / "Slovenia-UPR2-thematic-list-A_HRC_28_15.docx",
    UN / "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf",
    UN / "Slovenia-UPR2-A_HRC_28_15_Add.1-responses.pdf",
]
MUTATIONS_PER_FILE = 30

# ------------------------------------------------------------ messages for people


def _exception_names() -> set[str]:
    """Class names of every exception the parsers' libraries can raise."""
    import docx.exceptions
    import docx.opc.exceptions
    import openpyxl.utils.exceptions
    import pymupdf
    from lxml import etree

    modules = [builtins, zipfile, etree, docx.exceptions, docx.opc.exceptions, pymupdf]
    modules += [openpyxl.utils.exceptions, getattr(pymupdf, "mupdf", builtins), csv]
    names = set()
    for module in modules:
        for name in dir(module):
            obj = getattr(module, name, None)
            if isinstance(obj, type) and issubclass(obj, BaseException):
                names.add(obj.__name__)
    return names


EXCEPTION_NAMES = _exception_names()
_LEAKS = re.compile(
    r"Traceback|\b\w+(?:Error|Exception|Exit|Interrupt)\b|\b(?:zlib|struct|csv)\.error\b|"
    r"could not read this file \(|unexpected error|File \"|line \d+, in |"
    r"\bcode\s*=\s*-?\d|\berrno\b|\bfz_\w+"  # a library's error code (MuPDF's "code=7: …")
)


def leaks(message: str) -> list[str]:
    """What in ``message`` is an exception talking rather than a sentence for a person."""
    found = [m.group(0) for m in _LEAKS.finditer(message)]
    found += [w for w in re.findall(r"[A-Za-z_]\w+", message) if w in EXCEPTION_NAMES]
    return found


def assert_written(message: str) -> None:
    assert message.strip(), "an empty message"
    assert "\n" not in message and "\r" not in message, f"not one line: {message!r}"
    assert not leaks(message), f"{leaks(message)} in {message!r}"


# ------------------------------------------------------------------- workspaces


def dump_workspace(ws: Workspace) -> dict:
    """Everything a person made or imported: documents with paragraphs, links, footnotes,
    tags and notes; the tag list; every note; the recommendation registry."""
    documents = ws.documents()
    return {
        "documents": documents,
        "details": [ws.document(d.id) for d in documents],
        "tags": ws.tags(),
        "notes": ws.notes(),
        "recommendations": ws.recommendations(),
    }


def seed_workspace(path: Path) -> dict:
    """CANGO's submission (from its Markdown), a tag and a note; returns the dump."""
    with Workspace.open(path, author="tester") as ws:
        [result], failed = ws.import_files([FIXTURES / "cango" / "cango-upr4-submission.md"])
        assert not failed
        para = ws.document(result.document_id).paragraphs[3]
        ws.add_tag(para.id, "education")
        ws.add_note(para.id, "Compare with the national report.")
        return dump_workspace(ws)


def clone(template: Path, target: Path) -> Path:
    """A copy of a workspace file, made by SQLite itself (consistent, WAL included)."""
    src, dst = sqlite3.connect(template), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return target


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, dict]:
    path = tmp_path_factory.mktemp("template") / "seeded.sqlite"
    return path, seed_workspace(path)


# ----------------------------------------------------------------- the fixtures


TABLE = [
    ["Symbol", "Number", "Recommendation", "Recommending State(s)", "Position", "Themes"],
    ["A/HRC/40/6", "28.1", "Ratify the ICCPR (France);", "", "Noted", "A12 Norms"],
    ["A/HRC/40/6", "28.2", "Continue poverty reduction (India);", "", "Supported", "E1 Poverty"],
    ["A/HRC/40/6", "28.3", "Protect the rights of women (Chile);", "", "Supported", "F14 Women"],
] + [
    ["A/HRC/40/6", f"28.{n}", f"Recommendation number {n} (Peru);", "", "Supported", "B3 X"]
    for n in range(4, 60)
]


def table_csv() -> bytes:
    buf = io.StringIO()
    csv.writer(buf).writerows(TABLE)
    return buf.getvalue().encode("utf-8-sig")


def table_xlsx() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    for row in TABLE:
        book.active.append(row)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def originals() -> dict[str, bytes]:
    files = {p.name: p.read_bytes() for p in REGISTRY_FIXTURES}
    files["recommendations-A_HRC_40_6.csv"] = table_csv()
    files["recommendations-A_HRC_40_6.xlsx"] = table_xlsx()
    return files


# ------------------------------------------------------------------- mutations


def _rezip(data: bytes, change) -> bytes:
    """The package written again with ``change(name, content)`` → content, or None to drop."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = change(info.filename, src.read(info))
            if content is not None:
                dst.writestr(info, content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _cut_xml(data: bytes, name: str, rng: random.Random) -> bytes:
    def change(member: str, content: bytes) -> bytes:
        if member != name:
            return content
        return content[: rng.randrange(len(content) // 4, 3 * len(content) // 4)]

    return _rezip(data, change)


def _zip_mutations(data: bytes, rng: random.Random) -> list[tuple[str, bytes]]:
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    xml = [n for n in names if n.endswith((".xml", ".rels"))]
    main = next(n for n in ("word/document.xml", "xl/worksheets/sheet1.xml") if n in names)
    out = []
    eocd = data.rfind(b"PK\x05\x06")
    (cd_size, cd_start) = struct.unpack_from("<LL", data, eocd + 12)
    zeroed = bytearray(data)
    zeroed[cd_start : cd_start + cd_size] = bytes(cd_size)
    out.append(("directory zeroed", bytes(zeroed)))
    zeroed = bytearray(data)
    zeroed[eocd:] = bytes(len(data) - eocd)
    out.append(("end record zeroed", bytes(zeroed)))
    out.append((f"{main} cut in the middle", _cut_xml(data, main, rng)))
    for name in rng.sample(xml, 3):
        out.append((f"{name} cut in the middle", _cut_xml(data, name, rng)))
    for name in (main, "[Content_Types].xml", rng.choice(xml)):
        out.append(
            (f"{name} missing", _rezip(data, lambda n, c, gone=name: None if n == gone else c))
        )
    out.append(
        (
            f"{main} not XML",
            _rezip(
                data, lambda n, c: bytes(rng.randrange(256) for _ in range(300)) if n == main else c
            ),
        )
    )
    return out


def _pdf_mutations(data: bytes, rng: random.Random) -> list[tuple[str, bytes]]:
    out = []
    xref = data.rfind(b"xref")
    if xref >= 0:
        wiped = bytearray(data)
        wiped[xref : xref + 2000] = b" " * len(wiped[xref : xref + 2000])
        out.append(("cross-reference table wiped", bytes(wiped)))
    out.append(
        ("trailer cut", data[: data.rfind(b"trailer")] if b"trailer" in data else data[:-200])
    )
    streams = [m.end() for m in re.finditer(rb"stream\r?\n", data)]
    for at in rng.sample(streams, min(4, len(streams))):
        broken = bytearray(data)
        broken[at : at + 64] = bytes(rng.randrange(256) for _ in range(64))
        out.append(("a stream's data garbled", bytes(broken)))
    out.append(("header only", data[:1024]))
    return out


def _csv_mutations(data: bytes, rng: random.Random) -> list[tuple[str, bytes]]:
    lines = data.split(b"\n")
    return [
        ("a NUL in a row", data.replace(b"28.2", b"28\x00.2", 1)),
        ("bytes no encoding knows", data.replace(b"India", b"\x81\x8d\x8f\x90\x9d", 1)),
        ("a field over the csv limit", data.replace(b"Peru", b"P" * 200_000, 1)),
        ("an unclosed quote", data.replace(b"Ratify", b'"Ratify', 1)),
        ("rows shuffled into the header", b"\n".join(lines[3:] + lines[:3])),
        ("header only", lines[0]),
        (
            "binary noise after the header",
            lines[0] + bytes(rng.randrange(256) for _ in range(4000)),
        ),
        ("UTF-16 without its BOM", data.decode("utf-8-sig").encode("utf-16-le")),
    ]


def mutations(name: str, data: bytes, seed: int) -> list[tuple[str, bytes]]:
    """About 30 damaged copies of ``data``: (what was done, bytes)."""
    rng = random.Random(seed)
    out: list[tuple[str, bytes]] = []
    if data[:2] == b"PK":
        out += _zip_mutations(data, rng)
    elif data[:4] == b"%PDF":
        out += _pdf_mutations(data, rng)
    else:
        out += _csv_mutations(data, rng)
    for cut in (0.02, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99):
        out.append((f"cut at {cut:.0%}", data[: int(len(data) * cut)]))
    out.append(("last 22 bytes cut", data[:-22]))
    while len(out) < MUTATIONS_PER_FILE:
        flipped = bytearray(data)
        spots = sorted(rng.randrange(len(data)) for _ in range(rng.choice((1, 2, 8, 64))))
        for at in spots:
            flipped[at] ^= 1 << rng.randrange(8)
        out.append((f"{len(spots)} bit(s) flipped from byte {spots[0]}", bytes(flipped)))
    return out


# ---------------------------------------------------------------------- the test


def import_damaged(tmp_path: Path, template: tuple[Path, dict], name: str, data: bytes):
    """Import ``data`` as ``name`` into a copy of the seeded workspace: (failure, unchanged)."""
    path = tmp_path / name
    path.write_bytes(data)
    workspace = clone(template[0], tmp_path / "w.sqlite")
    with Workspace.open(workspace, author="tester") as ws:
        done, failed = ws.import_files([path])
        after = dump_workspace(ws)
    workspace.unlink()
    path.unlink()
    assert len(done) + len(failed) == 1
    return (failed[0] if failed else None), after == template[1]


@pytest.mark.parametrize("fixture", sorted(originals()))
def test_damaged_registry_files_import_or_fail_in_words(tmp_path, template, fixture):
    data = originals()[fixture]
    tally: Counter[str] = Counter()
    for i, (what, damaged) in enumerate(mutations(fixture, data, seed=len(data))):
        failure, unchanged = import_damaged(tmp_path, template, fixture, damaged)
        if failure is None:
            tally["imported"] += 1
            continue
        tally["refused"] += 1
        assert failure.file.endswith(fixture), failure
        assert_written(failure.error)
        assert unchanged, f"mutation {i} ({what}) failed but changed the workspace"
    assert sum(tally.values()) >= MUTATIONS_PER_FILE - 2
    print(f"{fixture}: {dict(tally)}")


def test_the_leak_check_catches_what_it_should():
    """The check above, on the messages the reliability run found."""
    for bad in (
        "could not read this file (XMLSyntaxError: Premature end of data, line 1)",
        "the table cannot be read (File is not a zip file) BadZipFile",
        "KeyError: 'word/document.xml'",
        "error: Error -3 while decompressing data (zlib.error)",
        "the PDF cannot be opened (FzErrorFormat: code=7)",
        'Traceback (most recent call last):\n  File "x.py", line 1, in <module>',
    ):
        with pytest.raises(AssertionError):
            assert_written(bad)
    assert_written("the file is damaged or incomplete; get it again")
