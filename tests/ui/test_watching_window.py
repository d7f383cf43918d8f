"""Watching a draft in the window: File › Watch this file imports the document's file
again, as its next version, when it is saved the way Word saves (the new content
written to ~WRL0001.tmp, then renamed over the document, a lock file beside it);
the window updates in place, keeping the paragraph read; lock files coming and
going are no save; several files can be watched; closing the window stops them.

Real files: the CANGO Word submission and China's 3rd-cycle thematic list.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.core import version_helpers as vh
from tests.ui.conftest import import_and_wait
from tests.ui.drafts_helpers import imported_draft, second_version, work_on_it

WAIT = 15_000  # ms: a save settles in a second; an import takes a fraction of one


def save_like_word(target: Path, content: bytes) -> None:
    """Word's save: the new content in a temporary file beside the document, renamed
    over it (for a moment there is no file by that name)."""
    tmp = target.with_name("~WRL0001.tmp")
    tmp.write_bytes(content)
    os.replace(tmp, target)


def _quick(w) -> None:
    """Saves settle in half a second (a second in use): the tests wait less."""
    w.watcher.settle = w.watcher.margin = 0.5


def _versions(w, doc_id: int) -> int:
    return len(w.ws.versions(doc_id))


def test_a_watched_draft_saved_by_word_comes_in_as_its_next_version(qtbot, make_window, tmp_path):
    w = make_window()
    _quick(w)
    draft, doc = imported_draft(qtbot, w, tmp_path / "draft")
    ids = work_on_it(w)
    told: list[str] = []
    w.statusBar().messageChanged.connect(told.append)
    act = w.actions_.watch_file
    assert act.isEnabled() and not act.isChecked()
    act.trigger()
    assert w.watcher.path(doc.id) == draft and act.isChecked()
    assert w.watch_label.isVisible() and "Watching 1 file" in w.watch_label.text()
    assert "Watching <b>cango.docx</b>" in w.version_bar.text.text()
    assert {str(draft), str(draft.parent)} <= set(w.watcher.fs.files()) | set(
        w.watcher.fs.directories()
    )
    qtbot.waitUntil(lambda: w.watcher.idle, timeout=WAIT)
    assert _versions(w, doc.id) == 1  # what it holds is what was imported

    # Word opens the file (its lock file), the drafter edits and saves
    lock = draft.with_name("~$ngo.docx")
    lock.write_bytes(b"\x00" * 162)
    edited = second_version(draft, tmp_path / "elsewhere" / "cango.docx").read_bytes()
    save_like_word(draft, edited)
    qtbot.waitUntil(lambda: w.ws.get_document(doc.id).version == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: w.watcher.idle, timeout=WAIT)
    assert not draft.with_name("~WRL0001.tmp").exists()
    # the window followed in place: the paragraph read continues in the new version
    row = w.reading.current_paragraph()
    assert row.label == "4" and row.previous_id == ids["4"] and row.changed_since_review
    assert w.documents.current_id() == doc.id
    saved = "Draft saved (cango.docx): version 2 imported, 1 paragraph changed, 1 removed"
    assert any(t.startswith(saved) for t in told)
    assert "v2 (latest)" == w.version_bar.combo.currentText()
    # the renamed-over file is watched again
    qtbot.waitUntil(lambda: str(draft) in w.watcher.fs.files(), timeout=WAIT)

    # lock files coming and going are no save
    events = w.watcher.events
    libre = draft.with_name(".~lock.cango.docx#")
    libre.write_text("Ana,host,01.12.2026 15:00,file:///home/ana/.config/libreoffice/4;")
    lock.unlink()
    qtbot.waitUntil(lambda: w.watcher.events > events, timeout=WAIT)
    qtbot.waitUntil(lambda: w.watcher.idle, timeout=WAIT)
    libre.unlink()
    assert _versions(w, doc.id) == 2 and w.watcher.running is None

    # a save of the same bytes is no new version either
    events = w.watcher.events
    save_like_word(draft, edited)
    qtbot.waitUntil(lambda: w.watcher.events > events, timeout=WAIT)
    qtbot.waitUntil(lambda: w.watcher.idle, timeout=WAIT)
    assert _versions(w, doc.id) == 2

    # off again, from the same action
    act.trigger()
    assert w.watcher.path(doc.id) is None and not act.isChecked()
    assert not w.watch_label.isVisible()


def test_several_drafts_are_watched_and_closing_the_window_stops_them(qtbot, make_window, tmp_path):
    w = make_window()
    _quick(w)
    draft, doc = imported_draft(qtbot, w, tmp_path / "draft")
    other = vh.write_paragraphs(
        [
            (None, "title", "Joint submission on the right to housing"),
            ("1", "body", "Forced evictions continued in three provinces during the period."),
            ("2", "body", "We recommend a moratorium on evictions until remedies exist."),
        ],
        tmp_path / "housing" / "housing.docx",
    )
    done, failed = import_and_wait(qtbot, w, [other])
    assert failed == [] and done[0].versioning is None
    housing = done[0].document_id
    told: list[str] = []
    w.statusBar().messageChanged.connect(told.append)
    assert w.set_watching(doc.id, True) and w.set_watching(housing, True)
    assert "Watching 2 files" in w.watch_label.text()
    qtbot.waitUntil(lambda: w.watcher.idle, timeout=WAIT)

    again = vh.load(other)
    again.add_paragraph("3. We also ask for data on evictions by province.")
    save_like_word(other, vh.to_bytes(again))
    qtbot.waitUntil(lambda: w.ws.get_document(housing).version == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: w.watcher.idle, timeout=WAIT)
    assert w.ws.get_document(doc.id).version == 1
    assert any(
        "Draft saved (housing.docx): version 2 imported" in t and "1 added" in t for t in told
    )

    w.close()
    assert w.watcher.watches == {} and not w.watcher.timer.isActive()
    assert w.watcher.fs.files() == [] and w.watcher.fs.directories() == []
