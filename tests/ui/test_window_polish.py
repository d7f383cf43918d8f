"""The window's finish on a real MainWindow: the first start asks the reviewer's name
inside the window, the import dialog's folder, what empty panes say and do, the
search's words marked in the paragraph a hit opened, and a layout that stays put."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QWidget

from reviewer.paths import AppPaths
from reviewer.storage.models import Document
from reviewer.workspace import default_author
from tests.conftest import FIXTURES
from tests.ui.conftest import CANGO_MD, CHINA_LIST, import_and_wait, select_label, settled
from ui.app import Launcher, build_parser, choose_author
from ui.models import HTML_ROLE
from ui.settings import Settings
from ui.theme_colours import LIGHT

SVN_NATIONAL = FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf"
MARK = re.compile(r'<span style="background-color:' + LIGHT["search_mark"] + r'">([^<]*)</span>')


# -- the first start ------------------------------------------------------------------------
def _first_start(qtbot, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a) or ("", False))
    paths = AppPaths.default(tmp_path / "data")
    settings = Settings.for_paths(paths)
    args = build_parser().parse_args(["--workspace", str(tmp_path / "w.sqlite")])
    author, ask = choose_author(args, settings, interactive=True)
    assert (author, ask) == (default_author(), True)
    w = Launcher(settings, author, interactive=True, ask_name=ask).open(tmp_path / "w.sqlite")
    qtbot.addWidget(w)
    qtbot.waitExposed(w)
    return w, settings, paths, args, asked


def test_the_first_start_asks_the_name_inside_the_window(qtbot, tmp_path, monkeypatch):
    w, settings, paths, args, asked = _first_start(qtbot, tmp_path, monkeypatch)
    # no dialog over an empty screen: the window is up, the bar at its top
    assert asked == [] and QApplication.activeModalWidget() is None
    bar = w.name_bar
    assert bar is not None and bar.isVisible() and w.isVisible()
    top = bar.mapTo(w, QPoint(0, 0)).y()
    assert top < w.centralWidget().mapTo(w, QPoint(0, 0)).y()
    assert top < w.docks[0].mapTo(w, QPoint(0, 0)).y()
    assert bar.field.text() == default_author()  # the login name offered
    bar.field.clear()
    qtbot.keyClicks(bar.field, "  Bea   Reviewer ")
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    # where Edit › Reviewer name… puts it: the settings and the workspace
    assert (settings.author, w.ws.author) == ("Bea Reviewer", "Bea Reviewer")
    assert w.author_label.text().strip() == "Reviewer: Bea Reviewer"
    assert w.name_bar is None
    qtbot.waitUntil(lambda: not bar.isVisible())
    done, failed = import_and_wait(qtbot, w, [CANGO_MD])
    assert failed == []
    with w.ws.read() as s:
        assert s.get(Document, done[0].document_id).imported_by == "Bea Reviewer"
    # the next start knows it: nothing asked
    again = Settings.for_paths(paths)
    assert choose_author(args, again, interactive=True) == ("Bea Reviewer", False)
    w.close()


def test_not_now_keeps_the_login_name_and_asks_again_next_time(qtbot, tmp_path, monkeypatch):
    w, settings, paths, args, _ = _first_start(qtbot, tmp_path, monkeypatch)
    login = f"Reviewer: not named yet (work recorded as {default_author()})"
    assert w.author_label.text().strip() == login  # never shown as the reviewer's name
    qtbot.mouseClick(w.name_bar.not_now, Qt.MouseButton.LeftButton)
    assert w.name_bar is None and w.ws.author == default_author()
    assert w.author_label.text().strip() == login
    assert settings.author is None
    assert choose_author(args, Settings.for_paths(paths), True) == (default_author(), True)
    # the command line's --author and a screenshot never ask
    named = build_parser().parse_args(["--author", "Cy", "--screenshot", "x.png"])
    assert choose_author(named, settings, True) == ("Cy", False)
    assert choose_author(build_parser().parse_args([]), settings, False)[1] is False
    w.close()


# -- the import dialog's folder ---------------------------------------------------------------
def test_the_import_dialog_opens_in_documents_then_where_files_came_from(
    qtbot, make_window, settings, tmp_path, monkeypatch
):
    documents = Path(os.environ["HOME"]) / "Documents"  # the tests' own home folder
    documents.mkdir(parents=True, exist_ok=True)
    folder = tmp_path / "submissions"
    folder.mkdir()
    shutil.copy(CANGO_MD, folder / CANGO_MD.name)
    shutil.copy(SVN_NATIONAL, folder / SVN_NATIONAL.name)
    opened, answers = [], [[folder / CANGO_MD.name], [folder / SVN_NATIONAL.name]]

    def dialog(parent, title, start, filters):
        opened.append(Path(start))
        return [str(p) for p in answers.pop(0)], filters

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", dialog)
    w = make_window()
    w.actions_.import_files.trigger()  # File › Import files…
    qtbot.waitUntil(lambda: not w.importer.busy, timeout=60_000)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert opened == [Path(docs)] == [documents]
    w.actions_.import_files.trigger()
    qtbot.waitUntil(lambda: not w.importer.busy, timeout=60_000)
    assert opened[1] == folder
    assert w.documents.model.rowCount() == 2
    # remembered for the next start
    again = Settings(QSettings(settings.q.fileName(), QSettings.Format.IniFormat))
    assert again.import_folder == folder


# -- empty panes --------------------------------------------------------------------------------
def test_empty_panes_say_what_fills_them_and_do_it(qtbot, make_window, monkeypatch):
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a: ([str(CHINA_LIST), str(CANGO_MD)], a[-1])
    )
    w = make_window()
    # the registry: empty, and it says what to import to fill it
    w.show_tab(1)
    qtbot.waitUntil(lambda: w.registry_empty.isVisible())
    text = w.registry_empty.label.text()
    assert "No recommendations yet" in text
    assert "Working Group's report" in text and "thematic list" in text
    assert w.registry_empty.button is not None
    # the documents pane: empty, with the import at hand
    empty = w.documents_empty
    assert empty.isVisible() and "No documents yet" in empty.label.text()
    assert "drop" in empty.label.text() and empty.button.isVisible()
    assert empty.geometry() == w.documents.view.viewport().rect()
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)  # its Import files… button
    qtbot.waitUntil(lambda: not w.importer.busy, timeout=60_000)
    assert w.documents.model.rowCount() == 2 and not empty.isVisible()
    qtbot.waitUntil(lambda: not w.registry_empty.isVisible())
    assert w.recommendations.model.rowCount() == 346

    # filters nothing matches: the reading pane says so, and its link clears them
    w.show_tab(0)
    w.select_document(next(d.id for d in w.ws.documents() if d.kind == "submission"))
    settled(w)
    bar = w.reading.filter_bar
    bar.has_note.setChecked(True)  # CANGO's paragraphs have no notes
    w.reading.wait()  # what filters choose is read off the GUI thread
    assert w.reading.model.total() == 0
    assert w.reading.empty.isVisible() and not w.reading.view.isVisible()
    assert "No paragraph matches" in w.reading.empty.text()
    assert "<a href" in w.reading.empty.text() and "Clear filters" in w.reading.empty.text()
    w.reading.empty.linkActivated.emit("clear")  # what a click on the link sends
    assert not bar.filters().active and not bar.has_note.isChecked()
    assert w.reading.model.total() == 16 and w.reading.view.isVisible()


# -- the search's words, marked ----------------------------------------------------------------
def _marks(w, row: int) -> list[str]:
    model = w.reading.model
    return MARK.findall(model.data(model.index(row, 0), HTML_ROLE) or "")


def test_a_search_hit_opens_its_paragraph_with_the_words_marked(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    w.focus_search()
    qtbot.keyClicks(w.search.field, 'women "national education" law*')
    qtbot.keyClick(w.search.field, Qt.Key.Key_Return)  # opens the best hit, once found
    assert w.search.wait()
    row = w.reading.view.currentIndex().row()
    pid = w.reading.current_id()
    marked = {m.lower() for m in _marks(w, row)}
    assert "women" in marked and "national education" in marked
    assert any(m.startswith("law") for m in marked)
    text = w.ws.paragraph(pid).text
    assert all(m.lower() in text.lower() for m in _marks(w, row))
    # only there: the same words in other paragraphs are not marked
    others = [r for r in range(w.reading.model.rowCount()) if r != row]
    assert not any(_marks(w, r) for r in others)
    # until a paragraph elsewhere is selected
    w.reading.view.setFocus()
    qtbot.keyClick(w.reading.view, Qt.Key.Key_J)
    assert w.reading.current_id() != pid and not _marks(w, row)
    # or the next search
    w.search.jump()
    assert w.reading.current_id() == pid and _marks(w, row)
    w.search.field.setText("treaty")
    assert not _marks(w, row)


# -- a layout that stays put ---------------------------------------------------------------------
def _toolbar(w) -> list[QRect]:
    tb = w.toolbar
    widgets = [tb.widgetForAction(a) for a in tb.actions()]
    return [x.geometry() for x in widgets if isinstance(x, QWidget) and x.isVisible()]


def _inspector(w) -> dict[str, QRect]:
    ins = w.inspector
    parts = {
        "title": ins.title, "links": ins.links, "link field": ins.link_field,
        "tags": ins.tag_bar, "note editor": ins.notes.editor,
        "new note": ins.notes.new_button,
    }  # fmt: skip
    return {k: QRect(v.mapTo(ins, QPoint(0, 0)), v.size()) for k, v in parts.items()}


def test_the_toolbar_and_the_inspector_stay_where_they_are(qtbot, make_window, tmp_path):
    short = tmp_path / "notes.txt"
    short.write_text(
        "Joint note\n\n1. The State should ratify the Convention against Torture.\n\n"
        "2. The State should protect human rights defenders.\n",
        encoding="utf-8",
    )
    w = make_window()
    before = _toolbar(w)
    done, failed = import_and_wait(qtbot, w, [CANGO_MD, SVN_NATIONAL, short])
    assert failed == [] and len(w.review_switcher.codes()) >= 3
    assert _toolbar(w) == before  # reviews in the switcher's list
    w.set_review("CHN-4")  # the switcher shows "China · 4th cycle · 2024"
    qtbot.wait(20)
    assert w.review_switcher.currentText() != "All reviews" and _toolbar(w) == before

    # one paragraph to another: a long document title, a short one, no paragraph
    w.set_review(None)
    cango = next(d for d in w.ws.documents() if d.kind == "submission")
    svn = next(d for d in w.ws.documents() if d.file == "notes.txt")
    assert len(cango.title) > 90 and len(svn.title) < 20
    w.select_document(cango.id)
    settled(w)
    select_label(w, "2")
    qtbot.wait(20)
    places = _inspector(w)
    assert "…" in w.inspector.title.text()  # the long title cut to its line
    w.select_document(svn.id)
    settled(w)
    w.reading.select_row(1)
    qtbot.wait(20)
    assert w.inspector.paragraph.document_id == svn.id
    assert _inspector(w) == places
    w.inspector.show_paragraph(None)
    assert _inspector(w) == places

    # a note appears while it is written: the editor stays where it is
    w.select_document(cango.id)
    settled(w)
    pid = select_label(w, "2").id
    qtbot.wait(20)
    qtbot.waitUntil(w.notes_empty.isVisible)  # where the list stands, saying it is empty
    assert "No notes" in w.notes_empty.text() and not w.inspector.notes.list.isVisible()
    assert w.notes_empty.geometry() == w.inspector.notes.list.geometry()
    editor = _inspector(w)["note editor"]
    w.inspector.notes.new_note()
    qtbot.keyClicks(w.inspector.notes.editor, "Compare with the 2022 law")
    qtbot.waitUntil(lambda: len(w.ws.notes(pid)) == 1, timeout=5000)
    assert w.inspector.notes.list.isVisible() and w.inspector.notes.model.rowCount() == 1
    qtbot.waitUntil(lambda: not w.notes_empty.isVisible())
    qtbot.wait(50)  # the layouts asked for by "Saved as …" settle (a loaded machine did)
    assert _inspector(w)["note editor"] == editor
    assert _inspector(w) == places
