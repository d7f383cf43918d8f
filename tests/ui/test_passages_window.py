"""Passages in a real MainWindow: words of the current paragraph selected in the reading
pane (the editor's own cursor, a mouse drag, F2 then Shift+arrows), tagged with 1–9 or
noted with Shift+N, highlighted, listed in the inspector, undone and redone.

Real files: the CANGO submission (footnote markers inside its paragraphs) and a small
Markdown submission written here with non-ASCII text, characters outside the BMP and
a footnote marker in the middle.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QMenu, QToolTip

from tests.core.test_passages import UNICODE_MD
from tests.ui.conftest import CANGO_MD, import_and_wait, select_label
from tests.ui.drafts_helpers import imported_draft, second_version
from ui.passage_view import PassageEditor

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _tags(w, *names):
    for name in names:
        w.ws.create_tag(name)
    w.reload_tags()


def _editor(w) -> PassageEditor:
    editor = w.reading.editor()
    assert editor is not None and editor.isVisible()
    return editor


def _find(editor: PassageEditor, words: str) -> QTextCursor:
    """The words as the editor's document shows them (found there, not computed)."""
    cursor = editor.document().find(words)
    assert not cursor.isNull(), words
    return cursor


def _select(editor: PassageEditor, words: str) -> QTextCursor:
    cursor = _find(editor, words)
    editor.setTextCursor(cursor)
    return cursor


def _point(editor: PassageEditor, position: int) -> QPoint:
    """A point on the character at ``position``, in the editor's viewport."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(position)
    rect = editor.cursorRect(cursor)
    return QPoint(rect.x() + 1, rect.center().y())


def _top(editor: PassageEditor, position: int) -> int:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(position)
    return editor.cursorRect(cursor).top()


def _format_at(doc: QTextDocument, position: int):
    cursor = QTextCursor(doc)
    cursor.setPosition(position + 1)  # the format of the character before the cursor
    return cursor.charFormat()


def _painted(w, index, words: str) -> tuple[QPoint, QPoint]:
    """Points on the first and the last character of ``words`` where the pane paints
    them (from the paragraph's laid-out document), in its viewport."""
    view, delegate = w.reading.view, w.reading.delegate
    rect = view.visualRect(index)
    doc = delegate.document(index, view.font(), delegate.text_width())
    found = doc.find(words)
    assert not found.isNull(), words

    def spot(position: int) -> QPoint:
        block = doc.findBlock(position)
        line = block.layout().lineForTextPosition(position - block.position())
        top = doc.documentLayout().blockBoundingRect(block).top() + line.y()
        x = line.cursorToX(position - block.position())[0] + 1
        origin = QPointF(rect.x() + delegate.text_left(), rect.y() + delegate.PAD_Y)
        return (origin + QPointF(x, top + line.height() / 2)).toPoint()

    return spot(found.selectionStart()), spot(found.selectionEnd() - 1)


def test_select_words_press_3_tag_them_undo_and_redo(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    _tags(w, "women", "climate", "education")
    row = select_label(w, "6")
    w.reading.view.setFocus()
    # F2: the keys go into the paragraph's text
    qtbot.keyClick(w.reading.view, Qt.Key.Key_F2)
    editor = _editor(w)
    assert editor.hasFocus() and editor.isReadOnly()
    # words between two footnote markers ("28.45⁴, 28.47⁵ and"), selected in the widget
    words = "South-South cooperation"
    at = _select(editor, words).selectionStart()  # a position in the editor's document
    start = row.text.index(words)
    assert w.reading.selected_passage() == (row, start, start + len(words))
    qtbot.keyClick(editor, Qt.Key.Key_3)
    [passage] = w.ws.paragraph(row.id).passages
    assert (passage.tag, passage.start, passage.end) == ("education", start, start + len(words))
    assert passage.text == words and passage.author == "Ana Tester"
    assert w.ws.paragraph(row.id).tags == ()  # not the whole paragraph
    assert w.reading.selected_passage() is None  # the selection cleared: the colour shows
    # highlighted in the pane: the tag's colour under the words, a tooltip naming it
    fmt = _format_at(editor.document(), at + 3)
    colour = QColor(next(t.colour for t in w.ws.tags() if t.name == "education"))
    assert fmt.background().color().rgb() == colour.rgb() and "Tag: education" in fmt.toolTip()
    plain = _format_at(editor.document(), at - 3)
    assert plain.background().style() == Qt.BrushStyle.NoBrush and not plain.toolTip()
    # ... and in pixels: above the glyphs of the passage the row is tinted, before it not
    image = editor.viewport().grab().toImage()
    on, off = _point(editor, at + 4), _point(editor, at - 9)
    top = _top(editor, at + 4)
    tinted, bare = image.pixelColor(on.x(), top + 1), image.pixelColor(off.x(), top + 1)
    assert tinted != bare and tinted.blue() > tinted.red()  # education: #00798c, a teal
    # the inspector lists it with its quote
    box = w.inspector.passages
    assert box.model.rowCount() == 1 and words in box.model.html(box.model.item(0))
    # undo takes it off; redo puts the same passage back (its uid kept)
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert w.ws.paragraph(row.id).passages == ()
    assert _format_at(editor.document(), at + 3).toolTip() == ""
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [p.uid for p in w.ws.paragraph(row.id).passages] == [passage.uid]
    w.actions_.undo.trigger()
    qtbot.keyClick(editor, Qt.Key.Key_Y, CTRL)
    [back] = w.ws.paragraph(row.id).passages
    assert (back.uid, back.start, back.end, back.created_at) == (
        passage.uid,
        passage.start,
        passage.end,
        passage.created_at,
    )
    # the same words and key again: untagged (1–9 toggle, as on paragraphs)
    _select(editor, words)
    qtbot.keyClick(editor, Qt.Key.Key_3)
    assert w.ws.paragraph(row.id).passages == ()
    # nothing selected: 3 tags the whole paragraph, as before
    qtbot.keyClick(editor, Qt.Key.Key_3)
    assert [t.name for t in w.ws.paragraph(row.id).tags] == ["education"]
    assert w.ws.paragraph(row.id).passages == ()


def test_shift_arrows_select_esc_leaves_and_arrows_move_between_paragraphs(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    _tags(w, "women")
    row = select_label(w, "2")
    view = w.reading.view
    view.setFocus()
    # the editor is open over the current paragraph, but the list keeps the keys
    assert _editor(w) is not None and not _editor(w).hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert w.reading.current_paragraph().label == "3"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert w.reading.current_paragraph().label == "2"
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = _editor(w)
    assert editor.hasFocus()
    # from the start of the text, Ctrl+Shift+Right twice: "We appreciate"
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    for _ in range(2):
        qtbot.keyClick(editor, Qt.Key.Key_Right, CTRL | SHIFT)
    assert w.reading.selected_passage() == (row, 0, len("We appreciate"))
    qtbot.keyClick(editor, Qt.Key.Key_1)
    assert [(p.tag, p.text) for p in w.ws.paragraph(row.id).passages] == [
        ("women", "We appreciate")
    ]
    # Esc: first the selection, then back to the list, where arrows move again
    qtbot.keyClick(editor, Qt.Key.Key_Right, SHIFT)
    assert w.reading.selected_passage() is not None
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert w.reading.selected_passage() is None and editor.hasFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert w.reading.current_paragraph().label == "3"
    # J/K while selecting move on and keep selecting in the next paragraph
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClick(_editor(w), Qt.Key.Key_J)
    assert w.reading.current_paragraph().label == "4" and _editor(w).hasFocus()


def test_a_mouse_drag_over_unicode_words_then_shift_n_notes_them(qtbot, make_window, tmp_path):
    md = tmp_path / "défenseurs.md"
    md.write_text(UNICODE_MD, encoding="utf-8")
    w = make_window()
    done, failed = import_and_wait(qtbot, w, [md])
    assert failed == []
    row = select_label(w, "1")
    assert [f.marker for f in row.footnotes] == ["1"]
    editor = _editor(w)
    # drag from "reçu" over 𝒜 (two UTF-16 units) and the footnote marker to "mais"
    words = "reçu 𝒜 l’aide promise"
    first = _find(editor, "reçu")
    last = _find(editor, "mais")
    press = _point(editor, first.selectionStart())
    release = _point(editor, last.selectionStart() + 4)
    qtbot.mousePress(editor.viewport(), Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(editor.viewport(), pos=release)
    qtbot.mouseRelease(editor.viewport(), Qt.MouseButton.LeftButton, pos=release)
    text = row.text
    start = text.index(words)
    got = w.reading.selected_passage()
    assert got is not None and got[1] == start
    assert text[got[1] : got[2]] == text[start : text.index("mais") + 4]
    assert "1" not in text[got[1] : got[2]]  # the marker is shown, not in the text
    # Shift+N: a note on those words, written in the inspector
    qtbot.keyClick(editor, Qt.Key.Key_N, SHIFT)
    notes = w.inspector.notes
    assert notes.editor.hasFocus() and notes.quote.isVisible()
    assert "reçu 𝒜 l’aide" in notes.quote.text()
    qtbot.keyClicks(notes.editor, "Which aid? Ask for the decree.")
    qtbot.waitUntil(lambda: len(w.ws.notes(row.id)) == 1, timeout=5000)
    [note] = w.ws.notes(row.id)
    assert (note.span_start, note.span_end) == got[1:]
    assert note.quote == text[got[1] : got[2]] and note.body == "Which aid? Ask for the decree."
    # underlined in the pane, with the note in the tooltip
    editor = _editor(w)
    at = _find(editor, "l’aide").selectionStart()
    fmt = _format_at(editor.document(), at)
    assert fmt.underlineStyle() == fmt.UnderlineStyle.DashUnderline
    assert "Note: Which aid?" in fmt.toolTip()
    assert _format_at(editor.document(), _find(editor, "Ürümqi").selectionStart()).toolTip() == ""
    # listed in the inspector (passages and notes); undo removes the note, redo brings
    # it back with its span
    assert "on “reçu 𝒜 l’aide" in notes.model.html(notes.model.item(0))
    box = w.inspector.passages
    assert box.model.rowCount() == 1 and "Which aid?" in box.model.html(box.model.item(0))
    w.reading.view.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_Z, CTRL)
    assert w.ws.notes(row.id) == [] and box.model.rowCount() == 0
    qtbot.keyClick(w, Qt.Key.Key_Y, CTRL)
    [again] = w.ws.notes(row.id)
    assert (again.uid, again.span_start, again.span_end) == (note.uid, *got[1:])


def test_a_drag_starting_on_another_paragraph_selects_its_words(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    select_label(w, "4")
    view = w.reading.view
    model = w.reading.model
    target = select_label(w, "5")  # loaded, then back to ¶ 4 to drag from there
    select_label(w, "4")
    index = model.index(model.row_of(target.id), 0)
    view.scrollTo(index)
    # where "Paris Agreement" is painted in ¶ 5 (its laid-out document, as painted)
    a, b = _painted(w, index, "Paris Agreement")
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=a)
    assert w.reading.current_paragraph().id == target.id
    editor = _editor(w)
    qtbot.mouseMove(editor.viewport(), pos=editor.viewport().mapFrom(view.viewport(), b))
    # the moves and the release arrive at the pane, which hands them to the editor
    qtbot.mouseMove(view.viewport(), pos=b)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=b)
    got = w.reading.selected_passage()
    start = target.text.index("Paris Agreement")
    assert got is not None and got[1] == start and got[2] in (start + 14, start + 15)


def test_the_inspector_lists_passages_shows_and_removes_them(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    _tags(w, "women", "climate")
    row = select_label(w, "4")
    text = row.text
    early, late = "gender disparities", "female students"
    for words, n in ((late, 2), (early, 1)):
        _select(_editor(w), words)
        w.toggle_tag_number(n)
    box = w.inspector.passages
    assert [box.model.item(i).text for i in range(box.model.rowCount())] == [early, late]
    assert "Passages (2)" in box.title.text()
    # Enter on one: its words selected in the reading pane
    box.list.setFocus()
    box.list.setCurrentIndex(box.model.index(1))
    qtbot.keyClick(box.list, Qt.Key.Key_Return)
    start = text.index(late)
    assert w.reading.selected_passage() == (w.reading.current_paragraph(), start, start + len(late))
    # Delete removes it (undoable)
    box.list.setFocus()
    box.list.setCurrentIndex(box.model.index(1))
    qtbot.keyClick(box.list, Qt.Key.Key_Delete)
    assert [p.text for p in w.ws.paragraph(row.id).passages] == [early]
    assert "removed" in w.statusBar().currentMessage()
    w.actions_.undo.trigger()
    assert [p.text for p in w.ws.paragraph(row.id).passages] == [early, late]
    # the context menu of the words offers the tags and the note
    _select(_editor(w), "statistical monitoring")
    menu = QMenu()
    w.reading.passage_menu(menu)
    [tags] = [a.menu() for a in menu.actions() if a.menu()]
    assert tags.isEnabled() and any("climate" in a.text() for a in tags.actions())
    assert w.actions_.note_passage in menu.actions()
    # painted (another paragraph current): hovering the words names their tag
    select_label(w, "5")
    view = w.reading.view
    index = w.reading.model.index(w.reading.model.row_of(row.id), 0)
    view.scrollTo(index)
    for words, tagged in (("statistical", False), (early, True)):
        pos, _ = _painted(w, index, words)
        tip = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
        QApplication.sendEvent(view.viewport(), tip)
        shown = QToolTip.text() if QToolTip.isVisible() else ""
        assert ("Tag: women (Ana Tester)" in shown) == tagged, shown
        QToolTip.hideText()
    select_label(w, "4")
    # the tag filter finds the paragraph by its passages
    w.reading.filter_bar.tag.setCurrentIndex(w.reading.filter_bar.tag.findText("climate"))
    qtbot.waitUntil(lambda: w.reading.model.total() == 1, timeout=3000)
    assert w.reading.model.ids() == [row.id]


def test_a_changed_paragraph_shows_its_passage_among_struck_words(qtbot, make_window, tmp_path):
    """A new version's edited paragraph reads as a difference (removed words struck
    through): its passage, carried over, is still highlighted on the right words, and
    words selected there map to the new text."""
    w = make_window()
    draft, doc = imported_draft(qtbot, w, tmp_path / "draft")
    _tags(w, "education")
    p4 = select_label(w, "4")
    w.toggle_reviewed()
    words = "gender disparities in education"
    _select(_editor(w), words)
    w.toggle_tag_number(1)
    done, failed = import_and_wait(
        qtbot, w, [second_version(draft, tmp_path / "v2" / "cango.docx")]
    )
    assert failed == [] and done[0].versioning.changes.edited == 1
    row = w.reading.current_paragraph()
    assert row.label == "4" and row.changed_since_review and row.id != p4.id
    [passage] = row.passages
    assert passage.text == words
    editor = _editor(w)
    struck = _find(editor, "fully")  # removed in version 2, shown struck through
    assert _format_at(editor.document(), struck.selectionStart()).fontStrikeOut()
    at = _find(editor, words).selectionStart()
    assert "Tag: education" in _format_at(editor.document(), at + 2).toolTip()
    # a selection over struck and kept words maps to the new text only
    cursor = QTextCursor(editor.document())
    cursor.setPosition(struck.selectionStart())
    cursor.setPosition(
        _find(editor, "contribution").selectionEnd(), QTextCursor.MoveMode.KeepAnchor
    )
    editor.setTextCursor(cursor)
    got = w.reading.selected_passage()
    assert got is not None and row.text[got[1] : got[2]] == "recognize the contribution"
