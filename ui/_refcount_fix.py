"""Work around PySide6 6.12 dropping references to None/True/False on CPython 3.11.

Measured on this project's machines (PySide6-Essentials 6.12.0, CPython 3.11.7):
every call of a void Qt method (``widget.setEnabled(True)``) takes one reference
from ``None``, and every signal ``emit`` one from ``True``.  CPython 3.12+ makes these
objects immortal, so nothing happens there; on 3.11 the count reaches zero after a
few thousand calls and the interpreter aborts with "Fatal Python error:
none_dealloc" — a window used for a minute would crash.

The fix does what 3.12 does: it raises the three counts by 2**40, which no session
can use up.  Only on release builds of CPython < 3.12, and only after checking that
the count sits where CPython keeps it.
"""

from __future__ import annotations

import ctypes
import sys

PINNED = 1 << 40
_done = False


def pin_singletons() -> bool:
    """Make None, True and False effectively immortal; True if it was needed and done."""
    global _done
    if _done:
        return True
    if (
        sys.implementation.name != "cpython"
        or sys.version_info >= (3, 12)
        or hasattr(sys, "gettotalrefcount")  # debug build: another object layout
    ):
        return False
    refs = [ctypes.c_ssize_t.from_address(id(obj)) for obj in (None, True, False)]
    for obj, ref in zip((None, True, False), refs, strict=True):
        # getrefcount sees one more (its own argument); anything else: unknown layout
        if abs(ref.value - (sys.getrefcount(obj) - 1)) > 4:
            return False
    for ref in refs:
        ref.value += PINNED
    _done = True
    return True
