"""Search indexing after the rows are stored (``reviewer.storage.fts_index``).

A document is usable (listed, read, tagged) as soon as its rows are stored; its
paragraphs enter the search index in steps afterwards, each step a short write
transaction of its own, so other writers (the window's clicks) take turns with it.

Who runs the steps:
- a workspace with ``background`` indexing (the window's): the window, off its GUI
  thread, whenever something is owed (after an import, an undo, at open: an indexing
  interrupted by a crash resumes there);
- any other (the command line, scripts, a task's own workspace): ``settle`` before it
  searches and at the end of an import, so a search right after an import finds it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from reviewer.storage import fts_index
from reviewer.storage.roles import EDITOR
from reviewer.workspace.core import Store

# Paragraphs a step: some tens of milliseconds, FTS5's own merging of its segments
# included (at 1.2M paragraphs too): the window's writes wait no longer than that.
BATCH = 400

Progress = Callable[[int, int], bool | None]  # (done, total) → False to stop


@dataclass(frozen=True)
class IndexBacklog:
    """What the search index has still to take in."""

    paragraphs: int = 0  # paragraphs not searchable yet
    documents: int = 0  # the documents they belong to
    removed: int = 0  # entries of removed or changed paragraphs still to take out

    @property
    def owed(self) -> bool:
        return bool(self.paragraphs or self.removed)

    def note(self) -> str:
        """What a search says meanwhile ("" when nothing is owed)."""
        if not self.paragraphs:
            return ""
        n = self.documents
        if n == 1:
            return "1 document is still being indexed: search does not find its paragraphs yet"
        return f"{n} documents are still being indexed: search does not find their paragraphs yet"


class Indexing:
    """The steps that bring the search index up to date, and what is owed."""

    def __init__(self, store: Store):
        self.store = store
        self.background = False  # the window's: it runs the steps itself

    def _may(self) -> bool:
        return self.store.can(EDITOR)

    def owed(self) -> bool:
        """Anything to index (one cheap look)?"""
        with self.store.read() as s:
            return fts_index.owed(s.connection())

    def backlog(self) -> IndexBacklog:
        with self.store.read() as s:
            return IndexBacklog(*fts_index.backlog(s.connection()))

    def steps(self, batch: int = BATCH) -> Iterator[int]:
        """Index ``batch`` paragraphs at a time, each step its own transaction; yields
        what each step did until nothing is owed.  Stop iterating to stop (what is
        left stays owed: a later run, or the next open, takes it on)."""
        if not self._may():
            return  # a team workspace's reader or reviewer: an editor's window does it
        while True:
            with self.store.write() as s:
                done = fts_index.index_step(s.connection(), batch)
            if not done:
                break
            yield done

    def index_pending(self, progress: Progress | None = None, batch: int = BATCH) -> int:
        """Index everything owed; how many paragraphs (and removed entries) it took.
        ``progress(done, total)`` returning False stops between two steps."""
        total = 0
        owed = self.backlog() if progress is not None else None
        size = (owed.paragraphs + owed.removed) if owed is not None else 0
        for done in self.steps(batch):
            total += done
            if progress is not None and progress(total, max(size, total)) is False:
                break
        return total

    def settle(self) -> None:
        """Index what is owed now, unless the window does it in the background."""
        if not self.background and self._may() and self.owed():
            self.index_pending()
