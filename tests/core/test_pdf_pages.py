"""Pages read by a helper process (reviewer/ingest/pdf_pages.py) are the pages read
alone: every line's every slot, the rules, the blank pages, the parsed document, the
error a damaged page raises; a helper that dies, raises or cannot be forked leaves
the pages to this process, and the import succeeds the same.

``helper_first`` makes the helper read every page it can before this process reads
any (so that the pages sent through the pipe are the ones compared, whatever the
machine's load); the faults are real: the helper process exits, is killed or raises
at a page, in the helper only (its process id differs from this one's).
"""

from __future__ import annotations

import errno
import os
import signal
import sys
from pathlib import Path

import pymupdf
import pytest

from reviewer.ingest import pdf_pages
from reviewer.ingest.model import IngestError
from reviewer.ingest.pdf import parse_pdf
from reviewer.ingest.pdf_lines import Line, PageText
from reviewer.workspace import Workspace
from tests.conftest import FIXTURES

BENCH_PDF = FIXTURES.parent.parent / "bench" / "data" / "A_HRC_28_2-council-session-report-181p.pdf"
LANG = FIXTURES / "languages"
MULTI_PAGE = [
    *sorted((FIXTURES / "un").glob("*.pdf")),
    FIXTURES / "cango" / "cango-upr4-submission.pdf",
    *(LANG / n for n in ("submission-es.pdf", "submission-ru.pdf", "submission-zh.pdf")),
]
ALONE = sys.maxsize  # parallel_from: never a helper


def rtl_pdf() -> bytes:
    """The two Arabic submissions one after the other: right-to-left pages, which
    read_page reads again glyph by glyph."""
    out = pymupdf.open()
    for name in ("submission-ar.pdf", "submission-ar-html.pdf", "submission-ar.pdf"):
        out.insert_pdf(pymupdf.open(LANG / name))
    return out.tobytes()


def encrypted_pdf() -> bytes:
    """The national report encrypted with an owner password only: it opens without
    one, each page decrypted as it is read."""
    doc = pymupdf.open(FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf")
    return doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="owner", user_pw="")


def pages_with_warnings_pdf() -> bytes:
    """The stakeholder summary with blank pages and pages printed sideways among its
    own, near its end (where the helper reads): each page's warning must be given."""
    doc = pymupdf.open(
        FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_3-stakeholder-summary.pdf"
    )
    for at in (3, 10, 12):
        doc.new_page(at)  # no text, as a scan without OCR
    for at in (11, 14):
        page = doc.new_page(at)
        for i in range(6):
            page.insert_text((100 + 20 * i, 700), f"Table column {i} set sideways", rotate=90)
    return doc.tobytes()


def cases() -> list[tuple[str, bytes]]:
    found = [(p.name, p.read_bytes()) for p in MULTI_PAGE]
    found.append(("arabic-3p.pdf", rtl_pdf()))
    found.append(("encrypted-national.pdf", encrypted_pdf()))
    found.append(("blank-and-sideways.pdf", pages_with_warnings_pdf()))
    if BENCH_PDF.exists():
        found.append((BENCH_PDF.name, BENCH_PDF.read_bytes()))
    return found


CASES = cases()
IDS = [name for name, _ in CASES]


def page_values(pages: list[PageText]) -> list[tuple]:
    """Everything a page holds, every slot of every line."""
    return [
        (
            p.number, p.width, p.height, p.sideways, list(p.rules),
            [tuple(getattr(ln, s) for s in Line.__slots__) for ln in p.lines],
        )
        for p in pages
    ]  # fmt: skip


@pytest.fixture
def read_here(monkeypatch):
    """The page numbers read_page read in this process (the helper's are its own)."""
    me = os.getpid()
    seen: list[int] = []
    real = pdf_pages.read_page

    def counted(page, number):
        if os.getpid() == me:
            seen.append(number)
        return real(page, number)

    monkeypatch.setattr(pdf_pages, "read_page", counted)
    return seen


def failing_in_helper(monkeypatch, at: int, how: str) -> None:
    """read_page fails at page ``at`` in the helper process only."""
    me = os.getpid()
    real = pdf_pages.read_page

    def read(page, number):
        if os.getpid() != me and number == at:
            if how == "exits":
                os._exit(3)
            if how == "killed":
                os.kill(os.getpid(), signal.SIGKILL)
            if how == "raises":
                raise RuntimeError("a program error in the helper")
            if how == "no memory":
                raise MemoryError
        return real(page, number)

    monkeypatch.setattr(pdf_pages, "read_page", read)


def opened(data: bytes) -> pymupdf.Document:
    return pymupdf.open(stream=data, filetype="pdf")


@pytest.mark.parametrize(("name", "data"), CASES, ids=IDS)
def test_the_helpers_pages_are_the_pages_read_alone(name, data, read_here):
    doc = opened(data)
    alone, blank = pdf_pages.read_pages(doc, name, ALONE)
    assert read_here == list(range(1, doc.page_count + 1))
    read_here.clear()
    helped, helped_blank = pdf_pages.read_pages(doc, name, 2, helper_first=True)
    assert read_here == [1]  # the helper sent every other page
    assert page_values(helped) == page_values(alone)
    assert helped_blank == blank
    assert all(type(ln) is Line for p in helped for ln in p.lines)


@pytest.mark.parametrize(("name", "data"), CASES, ids=IDS)
def test_the_parsed_document_is_the_same_with_a_helper(name, data):
    alone = parse_pdf(data, name, parallel_from=ALONE)
    assert parse_pdf(data, name, parallel_from=2, helper_first=True) == alone
    assert parse_pdf(data, name, parallel_from=2) == alone  # both reading at once


def test_the_page_warnings_and_decryption_cases_are_what_they_say():
    """(The cases above hold what they are there for.)"""
    data = dict(CASES)
    assert opened(data["encrypted-national.pdf"]).is_encrypted is False  # opened, decrypted
    assert b"/Encrypt" in data["encrypted-national.pdf"]
    warnings = parse_pdf(data["blank-and-sideways.pdf"], "x.pdf", parallel_from=ALONE).warnings
    assert any(w.startswith("pages 4, 11, 14 have no text") for w in warnings), warnings
    assert any("page(s) 12, 15 is printed sideways" in w for w in warnings), warnings


def test_right_to_left_pages_read_by_the_helper_come_out_mirrored_as_alone(read_here):
    data = rtl_pdf()
    helped, _ = pdf_pages.read_pages(opened(data), "ar.pdf", 2, helper_first=True)
    assert read_here == [1]
    assert all(ln.mirror for p in helped[1:] for ln in p.lines)


@pytest.mark.parametrize("how", ["exits", "killed", "raises", "no memory"])
def test_a_helper_that_fails_leaves_the_rest_to_this_process(how, monkeypatch, read_here):
    data = (FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf").read_bytes()
    alone = parse_pdf(data, "national.pdf", parallel_from=ALONE)
    failing_in_helper(monkeypatch, 15, how)
    read_here.clear()
    helped = parse_pdf(data, "national.pdf", parallel_from=2, helper_first=True)
    assert read_here == list(range(1, 16))  # the helper sent pages 22 to 16, then failed
    assert helped == alone


def test_a_damaged_page_raises_the_error_of_reading_alone(monkeypatch):
    """Two pages that cannot be read: the helper meets the later one, this process
    the first, which is the one named, as reading in page order names it."""
    data = (FIXTURES / "un" / "Norway-UPR2-A_HRC_27_3-wg-report.pdf").read_bytes()
    real = pdf_pages.read_page

    def read(page, number):
        if number in (9, 20):
            raise RuntimeError("code=2: cannot parse content stream")
        return real(page, number)

    monkeypatch.setattr(pdf_pages, "read_page", read)
    errors = []
    for least, first in ((ALONE, False), (2, True), (2, False)):
        with pytest.raises(IngestError) as err:
            parse_pdf(data, "norway.pdf", parallel_from=least, helper_first=first)
        errors.append(err.value.reason)
    assert errors[0].startswith("page 9 of this PDF is damaged")
    assert errors == [errors[0]] * 3


def test_when_the_helper_cannot_be_forked_the_pages_are_read_here(monkeypatch, read_here):
    data = (
        FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_3-stakeholder-summary.pdf"
    ).read_bytes()
    alone = parse_pdf(data, "summary.pdf", parallel_from=ALONE)

    def no_fork():
        raise OSError(errno.EAGAIN, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    read_here.clear()
    assert parse_pdf(data, "summary.pdf", parallel_from=2, helper_first=True) == alone
    assert read_here == list(range(1, 15))


def test_a_document_opened_from_a_path_is_read_alone(read_here):
    """Its file's offset would be shared with a forked helper."""
    path = FIXTURES / "un" / "Norway-UPR2-A_HRC_27_3-wg-report.pdf"
    pages, _ = pdf_pages.read_pages(pymupdf.open(path), path.name, 2, helper_first=True)
    assert read_here == list(range(1, 28)) and len(pages) == 27


def test_the_helper_is_reaped(monkeypatch):
    started: list[int] = []
    real = pdf_pages._Helper.start.__func__

    def start(cls, doc):
        helper = real(cls, doc)
        if helper is not None:
            started.append(helper.pid)
        return helper

    monkeypatch.setattr(pdf_pages._Helper, "start", classmethod(start))
    data = (FIXTURES / "un" / "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf").read_bytes()
    pdf_pages.read_pages(opened(data), "wg.pdf", 2)  # killed where the two met
    pdf_pages.read_pages(opened(data), "wg.pdf", 2, helper_first=True)  # gone by itself
    pdf_pages.wait_reaped()
    assert len(started) == 2
    for pid in started:
        with pytest.raises(ChildProcessError):  # neither running nor a zombie
            os.waitpid(pid, os.WNOHANG)


def test_an_import_with_a_helper_stores_what_reading_alone_stores(tmp_path: Path, monkeypatch):
    """The helper is forked while the workspace's SQLite connection is open: the
    workspace goes on (another import, a read) as before."""
    national = FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf"
    summary = FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_3-stakeholder-summary.pdf"
    stored = []
    for least in (ALONE, 2):
        monkeypatch.setattr(pdf_pages, "PARALLEL_FROM", least)
        with Workspace.open(tmp_path / f"ws-{least % 1000}.sqlite", author="ana") as ws:
            results = [ws.import_file(national), ws.import_file(summary)]
            rows = [
                [(r.text, r.page_start, r.page_end) for r in ws.paragraphs(ws.paragraph_ids(d))]
                for d in (x.document_id for x in results)
            ]
            stored.append(([(x.paragraphs, x.footnotes, x.links, x.kind) for x in results], rows))
    assert stored[1] == stored[0]
    assert stored[0][0][0][0] == 146


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="Linux only")
def test_a_process_held_to_one_cpu_reads_alone(read_here):
    """A helper could only take turns with it."""
    data = (FIXTURES / "un" / "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf").read_bytes()
    cpus = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(cpus)})  # (this thread's: restored below)
    try:
        pages, _ = pdf_pages.read_pages(opened(data), "wg.pdf", 2, helper_first=True)
    finally:
        os.sched_setaffinity(0, cpus)
    assert read_here == list(range(1, len(pages) + 1))
