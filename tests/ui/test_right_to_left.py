"""Arabic reads right to left in the window: the reading pane (painted and in the
selectable editor), search hits, the inspector's notes and the notes list.

Real widgets on a real workspace holding the Arabic fixture submission
(tests/fixtures/languages/submission-ar.docx) and an English one.  An Arabic
paragraph's block is laid out right to left, its first line starting at the right
edge; within it Qt's bidi algorithm keeps "A/HRC/40/6" and "28.45" as written and
the Arabic words around them in Arabic order.  An English paragraph is as before.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextDocument
from PySide6.QtWidgets import QStyleOptionViewItem

from tests.conftest import FIXTURES
from tests.ui.conftest import CANGO_MD, import_and_wait, select_label, settled
from ui.passage_view import PassageEditor
from ui.render import dir_attr, right_to_left

ARABIC = FIXTURES / "languages" / "submission-ar.docx"
PARAGRAPH_4 = "واستمر التعاون فيما بين بلدان الجنوب"  # "(A/HRC/40/6، الفقرات 28.45 إلى 28.49)"


def _block(doc: QTextDocument, words: str) -> QTextBlock:
    block = doc.begin()
    while block.isValid():
        if words in block.text():
            doc.documentLayout().blockBoundingRect(block)  # laid out
            return block
        block = block.next()
    raise AssertionError(f"no block shows {words!r}")


def _x(block: QTextBlock, words: str, offset: int = 1) -> float:
    """Where the cursor stands ``offset`` characters into ``words`` on its line (inside a
    run of one direction, where a cursor position has one place)."""
    at = block.text().index(words) + offset
    return block.layout().lineForTextPosition(at).cursorToX(at)[0]


def _read_before(block: QTextBlock, first: str, then: str) -> bool:
    """``first`` is read before ``then`` right to left: on an earlier line, or to its
    right on the same line."""
    lines = [
        block.layout().lineForTextPosition(block.text().index(w) + 1).lineNumber()
        for w in (first, then)
    ]
    return lines[0] < lines[1] or (lines[0] == lines[1] and _x(block, first) > _x(block, then))


def _reads_right_to_left(block: QTextBlock, width: float) -> None:
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft
    first = block.layout().lineAt(0).naturalTextRect()
    assert abs(first.right() - width) <= 1.0  # the first line starts at the right edge
    assert first.left() > 0 or first.width() >= width - 1


def _reading_doc(w, row) -> QTextDocument:
    view, delegate = w.reading.view, w.reading.delegate
    index = w.reading.model.index(row, 0)
    return delegate.document(index, view.font(), delegate.text_width())


def test_direction_of_a_text():
    assert right_to_left("التوصية 28.294")
    assert right_to_left("A/HRC/40/6، الفقرة 28.294: مواصلة اتخاذ تدابير (الهند).")
    assert not right_to_left("Recommendation 28.294 (A/HRC/40/6)")
    assert not right_to_left("The word «التوصية» means recommendation in Arabic.")
    assert not right_to_left("Рекомендация 28.294") and not right_to_left("建议28.294")
    assert not right_to_left("") and not right_to_left(None)
    assert dir_attr("التوصية") == ' dir="rtl"' and dir_attr("recommendation") == ""


def test_the_reading_pane_lays_arabic_out_right_to_left(qtbot, make_window, tmp_path):
    w = make_window()
    done, failed = import_and_wait(qtbot, w, [ARABIC, CANGO_MD])
    assert failed == [] and len(done) == 2
    arabic, english = (d.document_id for d in done)

    w.select_document(arabic)
    para = select_label(w, "4")
    row = w.reading.view.currentIndex().row()
    width = w.reading.delegate.text_width()
    doc = _reading_doc(w, row)
    block = _block(doc, PARAGRAPH_4)
    _reads_right_to_left(block, width)
    # the bidi algorithm: Arabic words right to left, the symbol and numbers as written
    assert _read_before(block, "المناخ", "A/HRC/40/6")  # the word before it: to its right
    assert _x(block, "A/HRC/40/6", 1) < _x(block, "A/HRC/40/6", 9)  # "A/" left of "/6"
    assert _read_before(block, "28.45", "28.49")  # "28.45 إلى 28.49"
    assert _x(block, "28.45", 1) < _x(block, "28.45", 4)
    # the selectable editor over the current paragraph: the same layout
    editor = w.reading.editor()
    assert isinstance(editor, PassageEditor) and editor.row is not None
    assert editor.row.id == para.id
    shown = _block(editor.document(), PARAGRAPH_4)
    _reads_right_to_left(shown, editor.document().textWidth())
    # over the pane, the document's Arabic title right to left, "9 paragraphs" not; the
    # inspector's "¶ 4" left to right over the title
    header = QTextDocument()
    header.setHtml(w.reading.header.text())
    assert _block(header, "تقرير الشبكة").textDirection() == Qt.LayoutDirection.RightToLeft
    assert _block(header, "paragraphs").textDirection() == Qt.LayoutDirection.LeftToRight
    title = QTextDocument()
    title.setHtml(w.inspector.title.text())
    assert _block(title, "¶ 4").textDirection() == Qt.LayoutDirection.LeftToRight
    # the title, the organisation and the footnotes (which open with the symbol) too
    assert 'dir="rtl"' in w.reading.model.html_at(row)
    select_label(w, "2")
    row2 = w.reading.view.currentIndex().row()
    notes = _block(_reading_doc(w, row2), "مواصلة اتخاذ تدابير")
    assert notes.textDirection() == Qt.LayoutDirection.RightToLeft
    w.grab().save(str(tmp_path / "arabic-reading.png"))

    # an English paragraph: left to right from the left edge, its HTML as before
    w.select_document(english)
    settled(w)  # its rows are read off the GUI thread
    w.reading.select_row(3)
    row = w.reading.view.currentIndex().row()
    html = w.reading.model.html_at(row)
    assert "dir=" not in html
    text = w.reading.model.paragraph(row).text
    block = _block(_reading_doc(w, row), text[:30])
    assert block.textDirection() == Qt.LayoutDirection.LeftToRight
    assert block.layout().lineAt(0).naturalTextRect().left() == 0


def test_search_hits_and_notes_read_right_to_left(qtbot, make_window, tmp_path):
    w = make_window()
    done, failed = import_and_wait(qtbot, w, [ARABIC, CANGO_MD])
    assert failed == []
    w.select_document(done[0].document_id)
    para = select_label(w, "4")

    # a search hit's snippet, under its English "¶ 4 · title" line
    w.search.field.setText("المناخ")
    w.search.run()
    assert w.search.wait()
    assert w.search.model.rowCount() >= 1
    view, delegate = w.search.results, w.search.delegate
    index = w.search.model.index(0)
    doc = delegate.document(index, view.font(), delegate.text_width())
    head, snippet = doc.begin(), doc.begin().next()
    assert head.text().startswith("¶ 4")  # (its direction Qt's: the title's, here Arabic)
    doc.documentLayout().blockBoundingRect(snippet)
    _reads_right_to_left(snippet, delegate.text_width())

    # an Arabic note in the inspector: its words right to left, its author line not
    body = "ملاحظة: التعاون مع A/HRC/40/6 يحتاج إلى متابعة"
    w.session.ws.add_note(para.id, body)
    w.reading.refresh_paragraph(para.id)
    select_label(w, "3")
    select_label(w, "4")
    notes = w.inspector.notes
    qtbot.waitUntil(lambda: notes.model.rowCount() == 1)
    index = notes.model.index(0)
    nd = notes.list.itemDelegate()
    doc = nd.document(index, notes.list.font(), nd.text_width())
    _reads_right_to_left(_block(doc, "ملاحظة"), nd.text_width())
    assert _block(doc, "Ana Tester").textDirection() == Qt.LayoutDirection.LeftToRight

    # the notes list: the note's column laid out right to left
    pane = w.notes_pane
    pane.stale = True
    pane.reload()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    option = QStyleOptionViewItem()
    option.initFrom(pane.view)
    index = pane.model.index(0, pane.model.NOTE)
    pane.view.itemDelegate().initStyleOption(option, index)
    assert option.direction == Qt.LayoutDirection.RightToLeft
    assert option.text == body
    english = pane.model.index(0, pane.model.AUTHOR)
    option = QStyleOptionViewItem()
    option.initFrom(pane.view)
    pane.view.itemDelegate().initStyleOption(option, english)
    assert option.direction == Qt.LayoutDirection.LeftToRight
    pane.resize(900, 300)
    pane.grab().save(str(tmp_path / "arabic-notes-list.png"))
    qtbot.wait(50)  # (the notes' empty hint follows on the next turn of the event loop)
    w.grab().save(str(tmp_path / "arabic-search-notes.png"))
