"""A text whose encoding is unclear: the window asks, and imports it the way chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.core.test_decoding import _ambiguous_gb18030
from tests.ui.conftest import CANGO_MD, import_and_wait

NAME = Qt.ItemDataRole.UserRole


def _rows(dlg) -> list[str]:
    return [dlg.list.item(i).data(NAME) for i in range(dlg.list.count())]


def _paragraph_texts(w, document_id: int) -> list[str]:
    return [p.text for p in w.ws.paragraphs(w.ws.paragraph_ids(document_id))]


def _open_dialog(qtbot, w, tmp_path):
    text, data = _ambiguous_gb18030()
    src = tmp_path / "coalition.txt"
    src.write_bytes(data)
    done, failed = import_and_wait(qtbot, w, [src, CANGO_MD])
    assert [r.file for r in done] == [str(CANGO_MD)]  # the other file is imported all the same
    assert [f.file for f in failed] == [str(src)]
    dlg = w.importer.encoding_dialog
    assert dlg is not None
    qtbot.waitUntil(dlg.isVisible)
    assert w.importer.report_box is None  # a question, not a failure report
    return text, dlg


def test_choosing_the_encoding_with_the_keyboard_imports_the_right_text(
    qtbot, make_window, tmp_path
):
    w = make_window()
    text, dlg = _open_dialog(qtbot, w, tmp_path)
    names = _rows(dlg)
    assert {"gb18030", "big5"} <= set(names)
    assert dlg.list.currentRow() == 0 and dlg.list.hasFocus()
    chinese = text.split("1. ")[1].strip()

    # Arrow keys move through the candidates; the preview shows the text read each way.
    qtbot.keyClick(dlg.list, Qt.Key.Key_End)
    previews = {}
    for _ in names:
        previews[dlg.encoding()] = dlg.preview.toPlainText()
        qtbot.keyClick(dlg.list, Qt.Key.Key_Up)
    assert set(previews) == set(names)
    assert chinese in previews["gb18030"] and chinese not in previews["big5"]

    while dlg.encoding() != "gb18030":
        qtbot.keyClick(dlg.list, Qt.Key.Key_Down)
    qtbot.keyClick(dlg.list, Qt.Key.Key_Return)  # Enter: the default button, Import
    qtbot.waitUntil(lambda: not dlg.isVisible())
    qtbot.waitUntil(lambda: not w.importer.busy and bool(w.importer.last[0]), timeout=60_000)
    [result] = w.importer.last[0]
    assert result.file.endswith("coalition.txt") and result.paragraphs == 2
    assert _paragraph_texts(w, result.document_id) == ["Submission by a coalition", chinese]
    assert w.documents.model.rowCount() == 2
    assert w.importer.encoding_dialog is None


def test_escape_leaves_the_file_unimported(qtbot, make_window, tmp_path):
    w = make_window()
    _, dlg = _open_dialog(qtbot, w, tmp_path)
    qtbot.keyClick(dlg.list, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dlg.isVisible())
    qtbot.wait(50)
    assert not w.importer.busy and w.importer.encoding_dialog is None
    assert w.documents.model.rowCount() == 1  # CANGO only
    assert len(w.importer.last[1]) == 1  # the unclear file stays failed
