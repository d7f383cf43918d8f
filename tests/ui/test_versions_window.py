"""A document's versions in the window: a new version imported keeps the work and the
paragraph read, marks the edited paragraph "changed since reviewed" with its
difference (reading pane and inspector), clears the mark by marking it reviewed
(undoable), lists the work left on paragraphs that are gone; an earlier version
reads read-only; File › Import as new version of… chooses the document.

Real files: the CANGO Word submission (edited with python-docx as a drafter would)
and China's 3rd-cycle thematic list.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QUrl

from reviewer.workspace import ParagraphChange
from tests.ui.conftest import import_and_wait, select_label
from tests.ui.drafts_helpers import GONE_NOTE, NOTE, imported_draft, second_version, work_on_it
from ui.models import HTML_ROLE
from ui.models.documents import SUBTITLE_ROLE


def _html(w, pid: int) -> str:
    model = w.reading.model
    return model.data(model.index(model.row_of(pid), 0), HTML_ROLE)


def _new_version(qtbot, w, tmp_path):
    draft, doc = imported_draft(qtbot, w, tmp_path / "draft")
    ids = work_on_it(w)
    assert w.reading.current_id() == ids["4"]
    v2 = second_version(draft, tmp_path / "saved" / "cango.docx")
    done, failed = import_and_wait(qtbot, w, [v2])
    assert failed == [] and len(done) == 1
    return doc, ids, done[0]


def test_a_new_version_keeps_the_work_and_the_paragraph_read(qtbot, make_window, tmp_path):
    w = make_window()
    doc, ids, result = _new_version(qtbot, w, tmp_path)
    assert result.version == 2 and result.document_id == doc.id
    assert result.versioning.changes.edited == 1 and result.versioning.changes.removed == 1
    # one document, at its second version
    assert [d.id for d in w.ws.documents() if d.kind == "submission"] == [doc.id]
    assert "version 2 imported" in w.statusBar().currentMessage()
    index = w.documents.tree.document_index(doc.id)
    assert index.data(SUBTITLE_ROLE).startswith("v2 · ")
    # the paragraph read is the new version's ¶ 4, continuing the old one
    row = w.reading.current_paragraph()
    assert row.label == "4" and row.id != ids["4"] and row.previous_id == ids["4"]
    assert row.change == ParagraphChange.EDITED and row.changed_since_review
    assert row.reviewed and [n.body for n in row.notes] == [NOTE]
    # the reading pane: the badge and the difference, words struck and added
    html = _html(w, row.id)
    assert "Changed since reviewed" in html
    assert re.search(r"<s [^>]*>\s*fully\s*</s>", html)
    assert re.search(r"<s [^>]*>\s*is basically\s*</s> ?<u [^>]*>\s*has been\s*</u>", html)
    # the inspector: the same, with a way to clear the mark
    bar = w.inspector.change_bar
    assert bar.isVisible() and "Changed since reviewed" in bar.title.text()
    assert "fully" in bar.diff.text() and bar.reviewed_button.isVisible()
    # the bar above the paragraphs: the version, the count, the work on gone paragraphs
    vb = w.version_bar
    assert vb.isVisible() and vb.combo.currentText() == "v2 (latest)" and vb.combo.count() == 2
    text = vb.text.text()
    assert "1 paragraph changed since reviewed" in text
    assert "1 note, 1 tag on paragraphs that are gone" in text
    # an unchanged paragraph carries no badge
    assert "Changed since reviewed" not in _html(w, select_label(w, "5").id)


def test_marking_it_reviewed_clears_the_mark_and_undo_puts_it_back(qtbot, make_window, tmp_path):
    w = make_window()
    doc, _ids, _result = _new_version(qtbot, w, tmp_path)
    pid = w.reading.current_id()
    # C goes to the next paragraph changed since reviewed
    select_label(w, "1")
    assert w.next_changed() and w.reading.current_id() == pid
    # Space on a changed paragraph marks it reviewed (it was already): the mark goes
    w.actions_.reviewed.trigger()
    row = w.ws.paragraph(pid)
    assert row.reviewed and not row.changed_since_review
    bar = w.inspector.change_bar  # quieter: how it differs, nothing to clear
    assert not bar.changed and not bar.reviewed_button.isVisible()
    assert "Edited in version 2" in bar.title.text() and "fully" in bar.diff.text()
    assert "Changed since reviewed" not in _html(w, pid)
    assert "edited in version 2" in _html(w, pid)
    assert "No paragraph changed since reviewed" in w.version_bar.text.text()
    # Ctrl+Z: the mark is back, the paragraph still reviewed
    w.actions_.undo.trigger()
    row = w.ws.paragraph(pid)
    assert row.reviewed and row.changed_since_review
    assert bar.changed and bar.reviewed_button.isVisible()
    assert "1 paragraph changed since reviewed" in w.version_bar.text.text()
    # "Clear mark" takes it off without touching the reviewed mark, undoably too
    w.inspector.change_bar.clear_button.click()
    assert not w.ws.paragraph(pid).changed_since_review and w.ws.paragraph(pid).reviewed
    w.actions_.undo.trigger()
    assert w.ws.paragraph(pid).changed_since_review


def test_an_earlier_version_reads_read_only_and_the_gone_work_is_listed(
    qtbot, make_window, tmp_path
):
    w = make_window()
    doc, ids, _result = _new_version(qtbot, w, tmp_path)
    # the work on the paragraph that is gone: listed, its note in full
    w.version_bar.text.linkActivated.emit("gone")
    dialog = w.versions_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.tabs.currentIndex() == 1 and "(1)" in dialog.tabs.tabText(1)
    assert GONE_NOTE in dialog.gone.toPlainText()
    assert "1 edited" in dialog.changes.toPlainText() and "removed" in dialog.changes.toPlainText()
    # "read it there": version 1 in the reading pane, that paragraph selected
    dialog.gone.anchorClicked.emit(QUrl(f"show:1:{ids['7']}"))
    shown = w.reading.document
    assert shown.version == 1 and shown.version_of == doc.id
    assert w.reading.current_id() == ids["7"]
    assert "read-only" in w.reading.header.text()
    assert w.version_bar.latest.isVisible() and w.version_bar.combo.currentText() == "v1"
    # read-only: the inspector's controls are off, and Space changes nothing
    assert w.inspector.read_only and not w.inspector.reviewed.isEnabled()
    assert not w.inspector.notes.editor.isEnabled()
    w.actions_.reviewed.trigger()
    assert not w.ws.paragraph(ids["7"]).reviewed
    assert "read-only" in w.statusBar().currentMessage()
    assert [n.body for n in w.ws.paragraph(ids["7"]).notes] == [GONE_NOTE]
    # back to the latest version: work goes on again
    w.version_bar.latest.click()
    assert w.reading.document.id == doc.id and w.reading.document.version_of is None
    assert not w.inspector.read_only and not w.version_bar.latest.isVisible()
    current = w.reading.current_paragraph()  # the paragraph read before, again
    assert current.label == "4" and current.previous_id == ids["4"]
    # the switcher reads any version, at the paragraph read as it was there
    w.version_bar.combo.activated.emit(1)
    assert w.reading.document.version == 1 and w.reading.current_id() == ids["4"]
    # a paragraph of the latest version opened from elsewhere (search, a finding)
    assert w.open_paragraph(doc.id, current.id)
    assert w.reading.document.version_of is None and w.reading.current_id() == current.id
    dialog.close()


def test_import_as_new_version_of_a_chosen_document(qtbot, make_window, tmp_path):
    w = make_window()
    draft, doc = imported_draft(qtbot, w, tmp_path / "draft")
    renamed = second_version(draft, tmp_path / "saved" / "CANGO final (2).docx")
    assert w.import_as_version(renamed)
    dialog = w.version_of_dialog
    assert dialog is not None and dialog.isVisible()
    # the current document is preselected; the thematic list is not offered
    assert dialog.document_id() == doc.id and dialog.list.count() == 1
    dialog.accept()
    qtbot.waitUntil(lambda: w.importer.last is not None and not w.importer.busy, timeout=60_000)
    done, failed = w.importer.last
    assert failed == [] and done[0].document_id == doc.id and done[0].version == 2
    assert w.ws.get_document(doc.id).file == "CANGO final (2).docx"
    # a registry document cannot take versions
    thematic = next(d for d in w.ws.documents() if d.recommendations)
    assert not w.import_as_version(renamed, thematic.id)
    # the documents pane's menu: versions, a new version, watching, the check
    menu = w.documents.document_menu(w.ws.get_document(doc.id))
    acts = {a.objectName(): a for a in menu.actions() if a.objectName()}
    for name in ("documentVersions", "documentNewVersion", "documentWatch", "documentCheck"):
        assert acts[name].isEnabled(), name
    acts["documentVersions"].trigger()
    assert w.versions_dialog.isVisible() and w.versions_dialog.list.count() == 2
    w.versions_dialog.close()
    menu = w.documents.document_menu(thematic)
    acts = {a.objectName(): a for a in menu.actions() if a.objectName()}
    assert not acts["documentWatch"].isEnabled() and not acts["documentVersions"].isEnabled()
    assert "registry" in acts["documentNewVersion"].toolTip()
