"""Writing an export so that a failure never leaves half a file.

The file is written to a temporary name in the target folder (same file system,
so the final ``os.replace`` is atomic) and moved into place only once complete.
An existing brief is untouched until then.  Every problem a person can cause
(missing folder, a folder as the target, no permission, the file open in Word)
becomes one ``ExportError`` whose message names the file.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


class ExportError(OSError):
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
    """Yield a binary file; on a clean exit it replaces ``path``, otherwise it vanishes."""
    path = check_target(path)
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{path.stem[:40]}.", suffix=".partial", dir=path.parent
        )
    except OSError as exc:
        raise ExportError(f"{path}: cannot write in {path.parent} ({_reason(exc)})") from exc
    tmp = Path(tmp_name)
    done = False
    try:
        with os.fdopen(fd, "wb") as fh:
            try:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
            except ExportError:
                raise
            except OSError as exc:
                raise ExportError(f"{path}: could not write the file ({_reason(exc)})") from exc
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
            try:
                tmp.unlink()
            except OSError:
                pass


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
