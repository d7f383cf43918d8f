"""How long this process waits for another program's write lock on a workspace file.

An engine reads it when it is made, and its connections keep it: the window's
engines wait ``BUSY_TIMEOUT_MS`` (5 s), so a click never hangs long; the command line
opens its workspace ``waiting_for_locks`` longer: a script's calls, often several at
once on a busy machine, take their turns instead of failing with "locked".
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

BUSY_TIMEOUT_MS = 5000
_wait_ms = BUSY_TIMEOUT_MS


def wait_ms() -> int:
    """The wait, in milliseconds, for engines made now."""
    return _wait_ms


@contextmanager
def waiting_for_locks(seconds: float) -> Iterator[None]:
    """Engines made inside wait up to ``seconds`` for another program's lock."""
    global _wait_ms
    before, _wait_ms = _wait_ms, max(0, int(seconds * 1000))
    try:
        yield
    finally:
        _wait_ms = before
