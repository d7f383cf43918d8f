"""Python's cycle collector held off while a PDF is read.

Reading a page makes a few thousand small dicts and tuples (PyMuPDF's text) and line
objects, none of them in a cycle (a 181-page report leaves no cyclic garbage at
all); the collector, woken every few hundred new objects, walks the growing heap
again and again for nothing: about a tenth of the reader's own time on a long
report.  It is paused while a PDF is read (only then: Word and text readers make
cycles, and a hostile file could pile them up), and resumes after; the process-wide
switch is counted, so two readers in two threads resume it only when both are done.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def paused_gc() -> Iterator[None]:
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
