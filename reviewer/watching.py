"""Watching a draft: telling when the drafter has saved the file, whatever the editor.

Word and LibreOffice do not write a document in place.  Word writes the new content
to a temporary file, renames the old file away and the temporary one to the
document's name (for a moment there is no file by that name), and keeps a lock file
``~$name.docx`` beside it while the document is open; LibreOffice keeps
``.~lock.name.docx#`` and may truncate and rewrite.  So a change is not "the file's
modification time moved": it is *the file by that name now holds other bytes, and
has held them unchanged for a moment* (``settle`` seconds: no half-written file is
read).  Lock files are never the document, and their coming and going is no save.

``DraftWatch.poll()`` is called on a timer (the command line's loop, the window's
QFileSystemWatcher signal or timer) and says when to import again; it reads the file
only when its size or time changed, and hashes it to tell a real change from a save
that wrote the same bytes.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


def lock_files(path: Path) -> tuple[Path, ...]:
    """The lock files Word and LibreOffice keep beside an open document."""
    name = path.name
    word = "~$" + (name[2:] if len(name) > 8 else name)  # Word drops 2 letters of long names
    return (
        path.with_name(word),
        path.with_name("~$" + name),
        path.with_name(f".~lock.{name}#"),
    )


def is_lock_file(path: Path) -> bool:
    """A lock file or an editor's temporary file, never a document to import."""
    name = path.name
    return (
        name.startswith("~$")
        or (name.startswith(".~lock.") and name.endswith("#"))
        or (name.startswith("~WRL") and name.endswith(".tmp"))
        or name.endswith("~")
    )


@dataclass(frozen=True)
class Seen:
    size: int
    mtime_ns: int
    inode: int


def _stat(path: Path) -> Seen | None:
    try:
        st = path.stat()
    except OSError:
        return None  # renamed away for a moment, or gone
    return Seen(st.st_size, st.st_mtime_ns, st.st_ino)


def digest(path: Path) -> str | None:
    try:
        with path.open("rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None


class DraftWatch:
    """Says when ``path`` holds a new saved version (``poll``).

    ``known`` is the hash of the content already imported (None: anything there
    counts as new once it settles)."""

    def __init__(
        self,
        path: str | Path,
        known: str | None = None,
        settle: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.path = Path(path)
        self.known = known
        self.settle = settle
        self.clock = clock
        self._last: Seen | None = _stat(self.path)
        self._since = clock()
        self._checked: Seen | None = self._last if known is not None else None

    @property
    def exists(self) -> bool:
        return self._last is not None

    def locked(self) -> bool:
        """The document is open in Word or LibreOffice (a lock file beside it)."""
        return any(p.exists() for p in lock_files(self.path))

    def poll(self) -> str | None:
        """The new content's hash when the file has settled on bytes not yet imported;
        None otherwise.  Call ``imported(hash)`` once that content is in."""
        now = _stat(self.path)
        if now != self._last:
            self._last, self._since = now, self.clock()
            return None
        if now is None or now.size == 0 or now == self._checked:
            return None
        if self.clock() - self._since < self.settle:
            return None
        h = digest(self.path)
        if _stat(self.path) != now:  # written while being read: wait for it to settle
            self._last, self._since = _stat(self.path), self.clock()
            return None
        self._checked = now
        if h is None or h == self.known:
            return None
        return h

    def imported(self, content_hash: str) -> None:
        self.known = content_hash


def watched_paths(path: Path) -> list[str]:
    """What to give a file system watcher: the file (when there) and its folder, so a
    save that replaces the file by a rename is seen too."""
    out = [str(path.parent)]
    if path.exists():
        out.insert(0, str(path))
    return out
