"""The page view on the real window and a real imported PDF (the CANGO submission):
the page of the selected paragraph with the paragraph highlighted in the image on
screen, following the selection, turning pages and zooming; remembered across
windows; a file moved or replaced says so and "Locate the file…" accepts only the
file imported; a Word document offers Word; page numbers in the reading pane, the
search hits and the inspector.

Files open through ``QDesktopServices``: a handler for ``file:`` URLs registered
with Qt takes them here instead of the system's viewer.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices

from tests.conftest import FIXTURES
from tests.ui.conftest import import_and_wait, select_label
from ui.actions import shortcut_table
from ui.models import HTML_ROLE

CANGO_PDF = FIXTURES / "cango" / "cango-upr4-submission.pdf"
CANGO_DOCX = FIXTURES / "cango" / "cango-upr4-submission.docx"
OTHER_PDF = FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf"


class Opened(QObject):
    """Takes the ``file:`` URLs the window asks the system to open."""

    def __init__(self):
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture(autouse=True)
def _no_pdf_viewer_known(tmp_path, monkeypatch):
    """No default PDF application: the system's opener is used (a test may name one)."""
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CONFIG_DIRS", "XDG_DATA_DIRS"):
        monkeypatch.setenv(var, str(tmp_path / "xdg" / var.lower()))


@pytest.fixture
def opened():
    handler = Opened()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


def _copy(src: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(src, dest)
    return dest


def _open_view(qtbot, w):
    act = w.actions_.all["page_view"]
    if not act.isChecked():
        act.trigger()
    qtbot.waitUntil(w.page_dock.isVisible, timeout=5000)
    qtbot.wait(150)  # the fit to the dock's width settles
    return w.page_view


def _tinted(c: QColor) -> bool:
    """The highlighter's yellow over paper or over ink."""
    return c.red() - c.blue() > 40


def _on_screen(view) -> tuple[QPoint, QColor]:
    """The highlighted box's centre as seen in the view's viewport, and its colour."""
    box = view.canvas.highlight_at(0)
    assert box is not None
    port = view.scroll.viewport()
    at = view.canvas.mapTo(port, box.center().toPoint())
    assert port.rect().contains(at), "the highlight is scrolled out of view"
    return at, port.grab().toImage().pixelColor(at)


def _imported(qtbot, w, path):
    done, failed = import_and_wait(qtbot, w, [path])
    assert failed == [] and done
    return done[0]


def test_the_page_of_the_selected_paragraph_with_it_highlighted(qtbot, make_window, tmp_path):
    w = make_window()
    pdf = _copy(CANGO_PDF, tmp_path / "files" / "cango.pdf")
    _imported(qtbot, w, pdf)
    view = _open_view(qtbot, w)
    row = select_label(w, "3")
    assert row.boxes and row.pages == "p. 2"
    qtbot.waitUntil(view.showing_page, timeout=5000)
    assert view.page == row.boxes[0][0] == 2
    assert view.page_label.text() == "Page 2 of 6"
    at, colour = _on_screen(view)
    assert _tinted(colour), colour.name()
    # the page's paper outside the box is not tinted
    image = view.canvas.grab().toImage()
    assert not _tinted(image.pixelColor(12, 12)) and image.pixelColor(12, 12).red() > 240

    # the selection moves: the view follows, to another page, and scrolls to it
    later = select_label(w, "12")
    first = later.boxes[0][0]
    assert first != 2
    qtbot.waitUntil(lambda: view.page == first, timeout=5000)
    assert view.page_label.text() == f"Page {first} of 6"
    at, colour = _on_screen(view)
    assert _tinted(colour)
    # a paragraph over a page break: its first page, and its box on the next one too
    spanning = next(
        w.reading.model.paragraph(r)
        for r in range(w.reading.model.rowCount())
        if w.reading.model.paragraph(r).page_end != w.reading.model.paragraph(r).page_start
    )
    w.reading.select_paragraph(spanning.id)
    qtbot.waitUntil(lambda: view.page == spanning.page_start, timeout=5000)
    assert _tinted(_on_screen(view)[1])
    view.next_button.click()
    assert view.page == spanning.page_start + 1 and view.canvas.rects
    assert _tinted(_on_screen(view)[1])
    view.next_button.click()  # a page the paragraph is not on: nothing highlighted
    assert view.page == spanning.page_start + 2 and view.canvas.rects == []
    view.prev_button.click()
    view.prev_button.click()
    assert view.page == spanning.page_start


def test_zoom_with_buttons_and_keys(qtbot, make_window, tmp_path):
    w = make_window()
    _imported(qtbot, w, _copy(CANGO_PDF, tmp_path / "cango.pdf"))
    view = _open_view(qtbot, w)
    select_label(w, "5")
    qtbot.waitUntil(view.showing_page, timeout=5000)
    fit = view.shown_zoom()
    width = view.canvas.width()
    assert width <= view.scroll.viewport().width()  # fit to the width: no side scrolling
    view.zoom_in_button.click()
    assert view.shown_zoom() == pytest.approx(fit * 1.25, rel=1e-3)
    assert view.canvas.width() > width and view.zoom_label.text() == f"{round(fit * 125)}%"
    assert _tinted(_on_screen(view)[1])  # the highlight follows the zoom and stays in view
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.shown_zoom() == pytest.approx(fit * 1.25 * 1.25, rel=1e-3)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.shown_zoom() == pytest.approx(fit / 1.25, rel=1e-3)
    assert view.canvas.width() < width
    qtbot.keyClick(view.canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom is None and view.shown_zoom() == pytest.approx(fit, rel=1e-3)
    assert view.fit_button.isChecked()
    assert _tinted(_on_screen(view)[1])


def test_the_toggle_is_remembered_by_a_new_window(qtbot, make_window, settings):
    w = make_window()
    act = w.actions_.all["page_view"]
    assert not act.isChecked() and not w.page_dock.isVisible()
    assert ("Page view", "Ctrl+Shift+P") in shortcut_table(w.actions_)
    view_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&View")
    assert act in view_menu.actions()
    qtbot.keyClick(w.reading.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert act.isChecked() and w.page_dock.isVisible() and settings.page_view()
    again = make_window()
    assert again.actions_.all["page_view"].isChecked() and not again.page_dock.isHidden()
    again.actions_.all["page_view"].trigger()
    assert not settings.page_view()
    third = make_window()
    assert third.page_dock.isHidden() and not third.actions_.all["page_view"].isChecked()


def test_page_view_has_its_own_key(qtbot, make_window):
    # that no two actions share a key is checked for every action in test_tags_window
    from ui.actions import shortcut_table

    w = make_window()
    assert [t for t, k in shortcut_table(w.actions_) if k == "Ctrl+Shift+P"] == ["Page view"]


def test_a_moved_file_is_located_and_only_the_right_one_accepted(
    qtbot, make_window, tmp_path, opened
):
    w = make_window()
    pdf = _copy(CANGO_PDF, tmp_path / "files" / "cango.pdf")
    result = _imported(qtbot, w, pdf)
    pdf.unlink()  # moved away
    view = _open_view(qtbot, w)
    select_label(w, "3")
    assert not view.showing_page()
    assert "not at" in view.message_text() and str(pdf.resolve()) in view.message_text()
    assert view.locate_button.isVisible() and not view.open_button.isEnabled()

    wrong = _copy(OTHER_PDF, tmp_path / "elsewhere" / "cango.pdf")
    view.locate_button.click()
    dialog = w.locate_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(wrong))
    dialog.accept()
    assert "not the file" in view.problem.text() and view.problem.isVisible()
    assert "not the file" in w.statusBar().currentMessage()
    assert w.ws.get_document(result.document_id).source_path == str(pdf.resolve())
    assert not view.showing_page()

    right = _copy(CANGO_PDF, tmp_path / "moved" / "renamed.pdf")
    view.locate_button.click()
    w.locate_dialog.selectFile(str(right))
    w.locate_dialog.accept()
    assert w.ws.get_document(result.document_id).source_path == str(right.resolve())
    qtbot.waitUntil(view.showing_page, timeout=5000)
    assert view.page == 2 and _tinted(_on_screen(view)[1])

    # open the original at this page: the system is asked for the file, told the page
    view.open_button.click()
    assert [u.toLocalFile() for u in opened.urls] == [str(right.resolve())]
    assert "go to page 2" in w.statusBar().currentMessage()


def test_a_file_saved_over_is_not_shown(qtbot, make_window, tmp_path):
    w = make_window()
    pdf = _copy(CANGO_PDF, tmp_path / "cango.pdf")
    _imported(qtbot, w, pdf)
    shutil.copy(OTHER_PDF, pdf)  # another file under the same name
    view = _open_view(qtbot, w)
    select_label(w, "3")
    assert not view.showing_page()
    assert "not the one that was imported" in view.message_text()
    assert view.locate_button.isVisible()


def test_a_word_document_offers_word(qtbot, make_window, tmp_path, opened):
    w = make_window()
    docx = _copy(CANGO_DOCX, tmp_path / "cango.docx")
    _imported(qtbot, w, docx)
    view = _open_view(qtbot, w)
    row = select_label(w, "3")
    assert row.boxes == () and row.pages == ""
    assert not view.showing_page() and "Word document" in view.message_text()
    assert view.word_button.isVisible() and not view.locate_button.isVisible()
    assert view.word_button.text().replace("&", "") == "Open in Word/LibreOffice"
    view.word_button.click()
    assert [u.toLocalFile() for u in opened.urls] == [str(docx.resolve())]


def test_importing_again_fills_the_highlight(qtbot, make_window, tmp_path):
    """A document imported before boxes were kept shows its page without a highlight
    and says how to get one; importing the file again brings it."""
    w = make_window()
    pdf = _copy(CANGO_PDF, tmp_path / "cango.pdf")
    _imported(qtbot, w, pdf)
    con = sqlite3.connect(w.ws.path)
    con.execute("UPDATE paragraph SET boxes = NULL")
    con.commit()
    con.close()
    w.reload_all()
    view = _open_view(qtbot, w)
    select_label(w, "3")
    qtbot.waitUntil(view.showing_page, timeout=5000)
    assert view.page == 2 and view.canvas.rects == []
    assert view.hint.isVisible() and "import the file again" in view.hint.text()
    again = _imported(qtbot, w, pdf)
    assert again.duplicate
    qtbot.waitUntil(lambda: bool(view.canvas.rects), timeout=5000)
    assert view.page == 2 and not view.hint.isVisible()
    assert _tinted(_on_screen(view)[1])


def test_page_numbers_in_the_reading_pane_search_and_inspector(qtbot, make_window, tmp_path):
    w = make_window()
    _imported(qtbot, w, _copy(CANGO_PDF, tmp_path / "cango.pdf"))
    row = select_label(w, "3")
    assert "p. 2" in w.inspector.title.text() and "page 2" not in w.inspector.title.text()
    # the reading pane: "p. 2" under the label, the row tall enough for both
    model = w.reading.model
    spanning = next(
        model.paragraph(r)
        for r in range(model.rowCount())
        if model.paragraph(r).page_end != model.paragraph(r).page_start
    )
    assert spanning.pages == f"pp. {spanning.page_start}–{spanning.page_end}"
    index = model.index(model.row_of(row.id), 0)
    gutter = w.reading.view.visualRect(index)
    image = w.reading.view.viewport().grab().toImage()
    label_h = w.reading.view.fontMetrics().height()
    ink = [
        image.pixelColor(x, y)
        for x in range(gutter.x() + 10, gutter.x() + 50)
        for y in range(gutter.y() + 9 + label_h, gutter.y() + 9 + 2 * label_h)
    ]
    assert any(c.lightness() < 180 for c in ink)  # something is written under the label
    w.search.field.setText("South-South")
    w.search.run()
    assert w.search.wait()  # the answer comes from a worker thread
    assert w.search.model.rowCount()
    html = w.search.model.data(w.search.model.index(0), HTML_ROLE)
    assert "p. " in html


def test_no_paragraph_then_one_again(qtbot, make_window, tmp_path):
    """Filters that match nothing leave no paragraph: the view says so, and shows the
    page again when a paragraph is selected."""
    w = make_window()
    _imported(qtbot, w, _copy(CANGO_PDF, tmp_path / "cango.pdf"))
    view = _open_view(qtbot, w)
    row = select_label(w, "3")
    qtbot.waitUntil(view.showing_page, timeout=5000)
    view.show_paragraph(None)
    assert not view.showing_page() and "Select a paragraph" in view.message_text()
    view.show_paragraph(row)
    assert view.showing_page() and view.page == 2 and _tinted(_on_screen(view)[1])


@pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="freedesktop mimeapps.list: Linux and BSD"
)
def test_open_the_file_at_this_page_in_a_viewer_that_takes_a_page(
    qtbot, make_window, tmp_path, monkeypatch, opened
):
    """The person's default PDF viewer (mimeapps.list) is Evince: it is started with
    the page; the system's opener is not asked."""
    config = tmp_path / "xdg" / "xdg_config_home"
    config.mkdir(parents=True)
    (config / "mimeapps.list").write_text(
        "[Default Applications]\napplication/pdf=org.gnome.Evince.desktop;\n", encoding="utf-8"
    )
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    record = tmp_path / "evince-args.txt"
    viewer = bin_dir / "evince"
    viewer.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {record}\n', encoding="utf-8")
    viewer.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")

    w = make_window()
    pdf = _copy(CANGO_PDF, tmp_path / "files" / "cango.pdf")
    _imported(qtbot, w, pdf)
    view = _open_view(qtbot, w)
    select_label(w, "8")
    qtbot.waitUntil(view.showing_page, timeout=5000)
    page = view.page
    view.open_button.click()
    qtbot.waitUntil(record.exists, timeout=10000)
    qtbot.waitUntil(lambda: record.read_text().strip() != "", timeout=5000)
    assert record.read_text().split("\n")[:3] == ["-i", str(page), str(pdf.resolve())]
    assert opened.urls == []
    assert f"at page {page}" in w.statusBar().currentMessage()
