"""Every page of a PDF read into :class:`PageText`, by two processes on a long document.

PyMuPDF holds the GIL while it reads a page, so a thread cannot read pages beside
this one; a process can.  On Linux with a second CPU, for a document of
:data:`PARALLEL_FROM` pages or more, a forked copy of this process (the file already
open, PyMuPDF already imported: a fork costs 1-2 ms, and some 3 ms more per 100 MB
the process holds) reads pages from the last one backwards while this process reads
from the first one forwards, each page the helper reads sent back as it
is done; where the two meet, the helper is killed.  Nobody waits for anybody: when
the helper is slow (the machine busy) or dies, or the fork fails, this process reads
the pages it did not send, so the pages, their order, the warnings and an error on a
damaged page (the first one, reading in page order) are those of reading alone.  It
lowers the wall time of a long import when a core is free for the helper, and raises
its total CPU time (the fork, each page packed and unpacked, the helper's own copy of
the memory it touches, the page it was reading when it was killed): on a machine
whose cores are all busy the two take turns on one and the import is slower than
alone (bench/bench_import_pdf.py, 181 pages: 1.01x bare's wall time against 1.44x
alone with a core free; 1.6-1.9x against 1.3-1.6x with the shared machine's cores
taken by other work).

The helper is fork-safe by what it does: it uses only the document this process
opened *from memory* (no file descriptor whose offset the two would share; a
document opened from a path is read alone) and ``read_page``, which only calls
PyMuPDF; since PyMuPDF never releases the GIL, which the fork holds, no other thread
was inside MuPDF when it was taken.  It touches nothing else it inherited (database
connections, the window's Qt objects, open files), and leaves by ``os._exit`` from a
``finally``, so no ``atexit`` handler, destructor or buffered output of this process
runs twice.  Where there is no fork (Windows), or it is unsafe (macOS, with the
window's frameworks loaded), pages are read here alone: a spawned interpreter
importing PyMuPDF and the reader takes 0.35-0.45 s, which only a document of some
300 pages would win back.  (Python 3.12 warns when a process with threads forks,
for children that take a lock another thread held; this one takes none.)
"""

from __future__ import annotations

import fcntl
import os
import pickle
import select
import signal
import struct
import sys
import threading
from operator import attrgetter

import pymupdf

from reviewer.ingest.model import IngestError
from reviewer.ingest.pdf_lines import Line, PageText, read_page

__all__ = ["PARALLEL_FROM", "PDF_ERRORS", "read_pages"]

# A shorter document is read here alone: what the helper saves is small, and the fork
# and unpacking cost this process some 5 ms (bench_import_pdf.py --break-even: with a
# core free it pays from 8 pages, 0.8x at 12, 0.64x at 24; with the shared machine's
# cores busy from 24-32 pages).
PARALLEL_FROM = 24
# MuPDF's own errors (pymupdf.mupdf.FzErrorBase) are not RuntimeErrors.
PDF_ERRORS: tuple[type[BaseException], ...] = (RuntimeError, ValueError) + tuple(
    e for e in (getattr(getattr(pymupdf, "mupdf", None), "FzErrorBase", None),) if e
)
_CAN_FORK = sys.platform.startswith("linux") and hasattr(os, "fork")


def _cores() -> int:
    """The CPUs this process may run on (one: a helper could only take turns with it)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


_HEAD = struct.Struct("<I")  # a page's length before it in the pipe
_line_values = attrgetter(*Line.__slots__)
_new_line = object.__new__


def read_pages(
    doc: pymupdf.Document,
    file_name: str,
    parallel_from: int | None = None,
    *,
    helper_first: bool = False,
) -> tuple[list[PageText], list[int]]:
    """All pages in order, and the numbers of those without text.  ``parallel_from``:
    the page count from which a helper process reads too (default PARALLEL_FROM).
    ``helper_first`` (for tests): wait until the helper has read every page it can
    (all but the first, unless it dies or fails first), then read the rest here."""
    count = doc.page_count
    least = PARALLEL_FROM if parallel_from is None else parallel_from
    helper = None
    if count >= max(least, 2) and _CAN_FORK and not doc.name and _cores() > 1:
        helper = _Helper.start(doc)
    pages: list[PageText | None] = [None] * count
    try:
        lo, hi = 0, count  # read here: [0, lo); sent by the helper: [hi, count)
        while helper_first and helper is not None and helper.fd is not None:
            select.select([helper.fd], [], [])
            hi = helper.collect(pages, hi)
        while lo < hi:
            if helper is not None:
                hi = helper.collect(pages, hi)
                if lo >= hi:
                    break
            pages[lo] = _read(doc, lo, file_name)
            lo += 1
    finally:
        if helper is not None:
            helper.stop()
    done = [p for p in pages if p is not None]
    assert len(done) == count  # (each index was filled, here or by the helper)
    return done, [p.number for p in done if not p.lines]


def _read(doc: pymupdf.Document, i: int, file_name: str) -> PageText:
    try:
        return read_page(doc.load_page(i), i + 1)
    except PDF_ERRORS:
        raise IngestError(
            file_name,
            f"page {i + 1} of this PDF is damaged and cannot be read; get a fresh copy of the file",
        ) from None


def _pack(pt: PageText) -> tuple:
    return (
        pt.number,
        pt.width,
        pt.height,
        pt.rules,
        pt.sideways,
        list(map(_line_values, pt.lines)),
    )


def _unpack(packed: tuple) -> PageText:
    number, width, height, rules, sideways, rows = packed
    lines = []
    for values in rows:
        ln = _new_line(Line)
        # (in Line.__slots__'s order: the tests fail if the two part)
        (
            ln.page, ln.x0, ln.y0, ln.x1, ln.y1, ln.base, ln.size, ln.bold, ln.italic,
            ln.font, ln.chars, ln.text, ln.lead, ln.label, ln.label_bold, ln.text_x0,
            ln.role, ln.spread, ln.mirror,
        ) = values  # fmt: skip
        lines.append(ln)
    return PageText(number, width, height, lines, rules, sideways)


class _Helper:
    """The forked process reading pages from the last one backwards, and the read end
    of the pipe it sends them through."""

    def __init__(self, pid: int, fd: int):
        self.pid = pid
        self.fd: int | None = fd
        self.buf = bytearray()

    @classmethod
    def start(cls, doc: pymupdf.Document) -> _Helper | None:
        try:
            r, w = os.pipe()
        except OSError:
            return None
        try:
            pid = os.fork()
        except OSError:  # no memory or process left for it: read alone
            os.close(r)
            os.close(w)
            return None
        if pid == 0:  # the helper: never returns
            try:
                os.close(r)
                _serve(doc, w)
            finally:
                os._exit(0)
        helper = cls(pid, r)
        try:
            os.close(w)
            os.set_blocking(r, False)
        except OSError:  # (never seen) read alone
            helper.stop()
            return None
        try:  # room for a few dozen pages: the helper never waits for this one to read
            fcntl.fcntl(r, fcntl.F_SETPIPE_SZ, 1 << 20)
        except (OSError, AttributeError):
            pass
        return helper

    def collect(self, pages: list[PageText | None], hi: int) -> int:
        """Take the pages the helper has sent so far (without waiting); the first
        index it covers."""
        fd = self.fd
        if fd is None:
            return hi
        try:
            while True:
                chunk = os.read(fd, 1 << 20)
                if not chunk:  # the helper is gone (done, or died): read on alone
                    self._close()
                    break
                self.buf += chunk
        except BlockingIOError:
            pass
        except OSError:
            self._close()
        buf = self.buf
        at = 0
        while len(buf) - at >= 4:
            (size,) = _HEAD.unpack_from(buf, at)
            if len(buf) - at - 4 < size:
                break
            try:
                i, packed = pickle.loads(buf[at + 4 : at + 4 + size])
                page = _unpack(packed)
            except Exception:  # (never seen) a page that does not come back whole
                self._close()
                return hi
            at += 4 + size
            if i != hi - 1:  # (never seen) out of turn: stop listening
                self._close()
                return hi
            pages[i] = page
            hi = i
        del buf[:at]
        return hi

    def _close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def stop(self) -> None:
        """Kill the helper; it is reaped by a thread of its own, so that the kernel's
        unmapping its copy of this process (milliseconds for a large one) is not
        waited for here."""
        self._close()
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        reaper = threading.Thread(target=_reap, args=(self.pid,), name="pdf-pages-reaper")
        reaper.daemon = True
        with _reaping_lock:
            _reaping.append(reaper)
        reaper.start()


_reaping: list[threading.Thread] = []
_reaping_lock = threading.Lock()


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:  # (reaped elsewhere: SIGCHLD ignored)
        pass
    with _reaping_lock:
        _reaping.remove(threading.current_thread())


def wait_reaped() -> None:
    """Until every helper is reaped (its CPU time counted in RUSAGE_CHILDREN)."""
    with _reaping_lock:
        threads = list(_reaping)
    for t in threads:
        t.join()


def _serve(doc: pymupdf.Document, w: int) -> None:
    """In the helper: pages from the last to the second, each sent when read; a page
    that cannot be read ends it (this process reads that one and raises its error)."""
    try:
        for i in range(doc.page_count - 1, 0, -1):
            pt = read_page(doc.load_page(i), i + 1)
            blob = pickle.dumps((i, _pack(pt)), pickle.HIGHEST_PROTOCOL)
            data = memoryview(_HEAD.pack(len(blob)) + blob)
            while data:
                data = data[os.write(w, data) :]
    except BaseException:  # noqa: BLE001 - anything: the reader goes on alone
        pass
