"""Shared by the window's tests of drafts that change (versions, watching, the check):
the real CANGO Word submission copied to a folder of its own, imported with China's
3rd-cycle thematic list, and a person's work on three of its paragraphs.

Paragraph indices are the Word file's (``tests/core/version_helpers``): index 5 is
¶ 4 (on gender disparities in education), index 8 is ¶ 7 (on climate governance).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.core import version_helpers as vh
from tests.ui.conftest import CHINA_LIST, import_and_wait, select_label
from ui.undo import AddNoteCommand, TagCommand

EDITED, REMOVED = 5, 8  # Word paragraph indices of ¶ 4 and ¶ 7
NOTE = "Check the 2021 statistics against the national report."
GONE_NOTE = "Climate paragraph: ask for the sources."


def copy_draft(folder: Path, name: str = "cango.docx") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(vh.CANGO_DOCX, folder / name))


def imported_draft(qtbot, w, folder: Path):
    """The thematic list and a copy of the CANGO draft imported; returns (path, doc)."""
    draft = copy_draft(folder)
    done, failed = import_and_wait(qtbot, w, [CHINA_LIST, draft])
    assert failed == []
    doc = next(d for d in w.ws.documents() if d.kind == "submission")
    assert w.documents.current_id() == doc.id
    return draft, doc


def work_on_it(w) -> dict[str, int]:
    """¶ 4 reviewed with a note, ¶ 7 tagged with a note; ¶ 4 selected at the end.
    Returns the paragraph ids by label."""
    p4 = select_label(w, "4")
    w.toggle_reviewed()
    assert w.session.push(AddNoteCommand(w.session, p4.id, NOTE))
    p7 = select_label(w, "7")
    assert w.session.push(AddNoteCommand(w.session, p7.id, GONE_NOTE))
    assert w.session.push(TagCommand(w.session, p7.id, "climate", True))
    select_label(w, "4")
    return {"4": p4.id, "7": p7.id}


def second_version(source: Path, target: Path) -> Path:
    """The draft saved again: words of ¶ 4 changed, ¶ 7 removed."""
    doc = vh.load(source)
    vh.edit_words(doc, EDITED, "fully recognize", "recognize")
    vh.edit_words(doc, EDITED, "is basically eliminated", "has been eliminated")
    vh.remove(doc, REMOVED)
    return vh.save(doc, target)
