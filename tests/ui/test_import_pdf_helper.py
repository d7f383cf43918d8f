"""The window's import (a worker thread, the workspace's connections open, Qt running)
forks the PDF reader's helper process (reviewer/ingest/pdf_pages.py) and stores what
reading alone stores; the window goes on working after it."""

from __future__ import annotations

import sys
import threading

from reviewer.ingest import pdf_pages
from reviewer.ingest.pdf import parse_pdf
from tests.conftest import FIXTURES
from tests.ui.conftest import import_and_wait

NATIONAL = FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf"
SUMMARY = FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_3-stakeholder-summary.pdf"


def test_the_windows_import_reads_with_a_helper_and_stores_the_same(
    qtbot, make_window, monkeypatch
):
    forked: list[tuple[int, bool]] = []  # (helper pid, forked off the GUI thread)
    real = pdf_pages._Helper.start.__func__

    def start(cls, doc):
        helper = real(cls, doc)
        if helper is not None:
            forked.append((helper.pid, threading.current_thread() is not threading.main_thread()))
        return helper

    monkeypatch.setattr(pdf_pages._Helper, "start", classmethod(start))
    monkeypatch.setattr(pdf_pages, "PARALLEL_FROM", 2)
    w = make_window()
    done, failed = import_and_wait(qtbot, w, [NATIONAL, SUMMARY])
    assert not failed and [d.paragraphs for d in done] == [146, 92]
    assert len(forked) == 2 and all(off_gui for _pid, off_gui in forked)
    for result, path in zip(done, (NATIONAL, SUMMARY), strict=True):
        alone = parse_pdf(path.read_bytes(), path.name, parallel_from=sys.maxsize)
        rows = w.ws.paragraphs(w.ws.paragraph_ids(result.document_id))
        assert [(r.text, r.page_start, r.page_end) for r in rows] == [
            (p.text, p.page_start, p.page_end) for p in alone.paragraphs
        ]
    assert w.documents.model.rowCount() == 2  # the window lists both, and goes on
