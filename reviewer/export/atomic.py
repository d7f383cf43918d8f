"""Writing an export so that a failure never leaves half a file, nor a stray one.

The caller writes into memory; only a complete file goes to disk, to a temporary
name in the target folder (same file system, so the final ``os.replace`` is
atomic), and is moved into place once written and synced.  An existing brief is
untouched until then.  Every problem a person can cause (missing folder, a folder
as the target, no permission, the file open in Word, a full disk) becomes one
``ExportError`` whose message names the file.

Writing into memory first matters for Word files: python-docx saves through a
``ZipFile`` it leaves open when a write fails, and that object's ``__del__`` later
writes the zip directory again, printing a traceback after the error message.  In
memory the zip is always finished; the disk sees one plain write.

A temporary file is named ``.{stem}.upr-export-{host}-{pid}-{random}.partial``: a
name no person picks, so stale ones can be told apart from a user's own files.  A
kill, a power cut or a crash can still leave one behind; the next export into the
same folder removes those older than a minute or whose writer (on this computer) is
gone, and a process exiting normally removes any it started and did not finish.
"""

from __future__ import annotations

import atexit
import errno
import hashlib
import io
import os
import re
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from reviewer.errors import ExportFailed

PARTIAL_SUFFIX = ".partial"
PARTIAL_TAG = "upr-export"
STALE_AFTER_S = 60.0
_PARTIAL = re.compile(
    r"^\..*\."
    + PARTIAL_TAG
    + r"-(?P<host>[0-9a-f]{6})-(?P<pid>\d+)-[a-z0-9_]+"
    + re.escape(PARTIAL_SUFFIX)
    + r"$"
)

_unfinished: set[Path] = set()  # temporary files this process made and has not settled
_unfinished_lock = threading.Lock()
_atexit_registered = False


class ExportError(ExportFailed):
    """An export that could not be written; the message is for the user."""

    def __init__(self, message: str):
        super().__init__(message)

    def __str__(self) -> str:
        return self.args[0]


def check_target(path: str | os.PathLike) -> Path:
    """Refuse targets that cannot work before any time is spent rendering."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise ExportError(f"{path}: this is a folder; give a file name such as brief.docx")
    parent = path.parent
    if not parent.exists():
        raise ExportError(f"{path}: the folder {parent} does not exist")
    if not parent.is_dir():
        raise ExportError(f"{path}: {parent} is not a folder")
    if path.exists():
        try:  # on Windows this fails while Word has the file open
            with open(path, "ab"):
                pass
        except PermissionError as exc:
            raise ExportError(
                f"{path}: cannot replace this file: it is read-only or open in another "
                "program (close it in Word and try again)"
            ) from exc
        except OSError as exc:
            raise ExportError(f"{path}: cannot replace this file ({_reason(exc)})") from exc
    return path


@contextmanager
def atomic_write(path: str | os.PathLike) -> Iterator[BinaryIO]:
    """Yield an in-memory binary file; on a clean exit its bytes replace ``path``.

    If the block raises, nothing is written at all.
    """
    path = check_target(path)
    buffer = io.BytesIO()
    try:
        yield buffer
    except ExportError:
        raise
    except OSError as exc:  # the writer's own file errors, reported like ours
        raise ExportError(f"{path}: could not write the file ({_reason(exc)})") from exc
    # The buffer is not closed: a ZipFile still holding it may write to it once more.
    write_file(path, buffer.getbuffer())


def write_file(path: Path, data) -> None:
    """Put ``data`` at ``path`` whole, or leave ``path`` (and the folder) as it was."""
    clean_stale_partials(path.parent)
    fd, tmp = _new_partial(path)
    done = False
    try:
        error: OSError | None = None
        try:
            _write_all(fd, data)
            os.fsync(fd)
        except OSError as exc:
            error = exc
        try:
            os.close(fd)  # a network share may report a failed write only here
        except OSError as exc:
            error = error or exc
        if error is not None:
            raise ExportError(f"{path}: could not write the file ({_reason(error)})") from error
        _default_permissions(tmp)
        try:
            os.replace(tmp, path)
        except PermissionError as exc:
            raise ExportError(
                f"{path}: cannot replace this file: it is read-only or open in another "
                "program (close it in Word and try again)"
            ) from exc
        except OSError as exc:
            raise ExportError(f"{path}: could not put the file in place ({_reason(exc)})") from exc
        done = True
    finally:
        if not done:
            _remove(tmp)
        with _unfinished_lock:
            _unfinished.discard(tmp)


def _write_all(fd: int, data) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _new_partial(path: Path) -> tuple[int, Path]:
    """Create the temporary file (registered for removal at exit until settled)."""
    _register_atexit()
    prefix = f".{path.stem[:40]}.{PARTIAL_TAG}-{_host_tag()}-{os.getpid()}-"
    try:
        fd, name = tempfile.mkstemp(prefix=prefix, suffix=PARTIAL_SUFFIX, dir=path.parent)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write in {path.parent} ({_reason(exc)})") from exc
    tmp = Path(name)
    with _unfinished_lock:
        _unfinished.add(tmp)
    return fd, tmp


def clean_stale_partials(folder: str | os.PathLike[str], now: float | None = None) -> list[Path]:
    """Remove this program's temporary files in ``folder`` that no export will finish.

    Only names of our own pattern; of those, only ones older than a minute or whose
    writer process on this computer is gone.  Returns what was removed.
    """
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    host = _host_tag()
    for entry in entries:
        m = _PARTIAL.match(entry.name)
        if m is None:
            continue
        path = Path(entry.path)
        with _unfinished_lock:
            if path in _unfinished:  # another thread of ours is writing it right now
                continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            age = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        writer_gone = m["host"] == host and not _process_alive(int(m["pid"]))
        if (age > STALE_AFTER_S or writer_gone) and _remove(path):
            removed.append(path)
    return removed


def _remove_unfinished() -> None:
    """At exit: the temporary files of exports this process started and never settled."""
    with _unfinished_lock:
        left = list(_unfinished)
        _unfinished.clear()
    for path in left:
        _remove(path)


def _register_atexit() -> None:
    global _atexit_registered
    with _unfinished_lock:
        if not _atexit_registered:
            atexit.register(_remove_unfinished)
            _atexit_registered = True


def _remove(path: Path) -> bool:
    try:
        path.unlink()
        return True
    except OSError:  # gone already, or not ours to remove after all
        return False


def _host_tag() -> str:
    """Six hex digits naming this computer: a pid means nothing on another one."""
    return hashlib.sha1(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:6]


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # no safe probe here (os.kill would signal it): age alone decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: alive, another user's
        return True
    return True


def _default_permissions(path: Path) -> None:
    """mkstemp makes 0600 files; a brief should get the user's usual permissions."""
    if os.name != "posix":
        return
    umask = _current_umask()
    try:
        os.chmod(path, 0o666 & ~umask)
    except OSError:
        pass


def _current_umask() -> int:
    """Read without os.umask(), which would briefly change it for every thread."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "the location is read-only"
    return exc.strerror or str(exc)
