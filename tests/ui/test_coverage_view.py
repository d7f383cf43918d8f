"""The Coverage tab, its charts and a document's coverage, through a real MainWindow
on CHN-4: the CANGO submission and UN Women's progress report against CHN-3's 346
recommendations (the thematic list A/HRC/40/6), 11 of which CANGO addresses."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from reviewer.workspace import Workspace
from tests.conftest import FIXTURES
from tests.ui.conftest import import_and_wait, select_label, settled
from ui.actions import shortcut_table
from ui.dialogs import export_coverage
from ui.models.coverage import CELL_ROLE, TOTAL_ROLE, CoverageFilter, CoverageModel

M = CoverageModel
FILES = [
    FIXTURES / "cango" / "cango-upr4-submission.docx",
    FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx",
    FIXTURES / "context" / "un-women-china-progress-2022.txt",
]
SUMMARY = (
    "346 recommendations · 11 addressed by 1 document · 335 by nobody"
    " · supported 284 (11 addressed) · noted 62 (0 addressed)"
)
CANGO_CITES = ["28.45", "28.47", "28.49", "28.109", "28.111", "28.270", "28.271", "28.274",
               "28.287", "28.294", "28.330"]  # fmt: skip


@pytest.fixture(scope="module")
def chn4_file(tmp_path_factory):
    """The three files imported once (as the window imports them); each test copies it."""
    path = tmp_path_factory.mktemp("chn4") / "chn4.upr.sqlite"
    ws = Workspace.open(path, "Importer")
    for f in FILES:
        ws.import_file(f)
    ws.close()
    return path


@pytest.fixture
def window(make_window, workspace_path, chn4_file):
    shutil.copy(chn4_file, workspace_path)
    w = make_window()
    w.set_review("CHN-4")
    return w


def _docs(w):
    """CANGO's and UN Women's DocumentRows (the matrix's columns)."""
    cango = next(d for d in w.ws.documents() if d.title.startswith("UPR Report Presented"))
    women = next(d for d in w.ws.documents() if d.file.startswith("un-women"))
    return cango, women


def _show(qtbot, w):
    qtbot.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert w.tabs.currentWidget() is w.coverage
    qtbot.waitUntil(lambda: not w.coverage.stale)
    return w.coverage


def _summary(w):
    return w.coverage.summary.text()


def test_imported_review_shows_its_summary_and_matrix(qtbot, make_window):
    w = make_window()
    done, failed = import_and_wait(qtbot, w, FILES)
    assert failed == [] and len(done) == 3
    # the suggestions the import starts in the background: shown apart, counted nowhere
    qtbot.waitUntil(lambda: w.suggester.current is None and not w.suggester.queue, timeout=60_000)
    w.set_review("CHN-4")
    panel = _show(qtbot, w)
    assert ("Coverage", "Ctrl+3") in shortcut_table(w.actions_)
    assert panel.stack.currentIndex() == panel.CONTENT
    assert _summary(w) == SUMMARY
    assert (panel.share.addressed, panel.share.total) == (11, 346)
    cango, women = _docs(w)
    m = panel.model
    assert m.rowCount() == 346
    assert [d.id for d in m.documents()] == [cango.id, women.id]
    assert m.columnCount() == M.FIRST_DOC + 2 + 2  # + position, States
    # column totals (recommendations addressed, confirmed ¶, suggested ¶), in the header
    c_col, w_col = m.column_of(cango.id), m.column_of(women.id)
    assert m.column_totals(c_col)[:2] == (11, 11)
    suggested = m.column_totals(c_col)[2]
    assert suggested > 0  # CANGO's uncited paragraphs got suggestions
    assert m.column_totals(w_col)[:2] == (0, 0)
    header = m.headerData(c_col, Qt.Orientation.Horizontal)
    assert header.endswith(f"11 recs · 11 ¶ (+{suggested})")
    assert m.headerData(M.TOTAL, Qt.Orientation.Horizontal).endswith("11 of 346")
    # row totals: 11 rows addressed by one document, the rest by nobody
    totals = [m.index(r, M.TOTAL).data(TOTAL_ROLE) for r in range(m.rowCount())]
    assert sum(1 for t in totals if t[0] == 1) == 11 and sum(1 for t in totals if t[0]) == 11
    row = m.row_of(number="28.294")
    # (suggested links, if any, follow: "1 document · 2?")
    assert m.index(row, M.TOTAL).data().startswith("1 document")
    assert m.index(row, c_col).data(CELL_ROLE).confirmed == 1
    assert m.index(row, c_col).data().startswith("1")
    assert m.index(m.row_of(number="28.1"), M.TOTAL).data().startswith("nobody")
    cited = sorted(
        (r.number for r in m.rows() if m.index(m.row_of(r.id), c_col).data(CELL_ROLE).confirmed),
        key=lambda n: int(n.split(".")[1]),
    )
    assert cited == CANGO_CITES
    # grouped by theme, then number: the first theme's rows first, numbers in order
    first = m.recommendation(0)
    group = [r for r in m.rows() if m.facts[r.id].themes[0] == m.facts[first.id].themes[0]]
    assert m.rows()[: len(group)] == group
    assert [int(r.number.split(".")[1]) for r in group] == sorted(
        int(r.number.split(".")[1]) for r in group
    )


def test_filters_nobody_theme_state_position(qtbot, window):
    w = window
    panel = _show(qtbot, w)
    m = panel.model
    cov = panel.coverage
    panel.nobody.setChecked(True)
    assert m.rowCount() == 335
    assert all(m.index(r, M.TOTAL).data() == "nobody" for r in range(m.rowCount()))
    assert panel.count.text() == "Showing 335 of 346 · 0 addressed"
    assert _summary(w) == SUMMARY  # the strip is the review's, whatever is shown
    panel.nobody.setChecked(False)
    assert m.rowCount() == 346
    # a theme, chosen in its list: every row carries it; its tally agrees
    f14 = next(t for t in cov.by_theme() if t.key == "F14")
    panel.theme.setCurrentIndex(panel.theme.findData("F14"))
    assert m.rowCount() == f14.recommendations == 5
    assert all(any(c == "F14" for c, _n in r.themes) for r in m.rows())
    assert m.addressed_count() == f14.addressed == 1
    assert m.index(0, M.THEME).data().startswith("F14 Participation of women")
    panel.nobody.setChecked(True)
    assert m.rowCount() == 4
    panel.clear_filters()
    assert m.rowCount() == 346 and not panel.clear_button.isEnabled()
    # a recommending State, a position, words
    india = next(t for t in cov.by_state() if t.key == "India")
    panel.set_filter(CoverageFilter(state="India"))
    assert m.rowCount() == india.recommendations and m.addressed_count() == india.addressed == 1
    panel.set_filter(CoverageFilter(position="noted"))
    assert m.rowCount() == 62 and m.addressed_count() == 0
    panel.set_filter(CoverageFilter(text="28.294"))
    assert [r.number for r in m.rows()] == ["28.294"]
    # sorting: by CANGO's column, most paragraphs first
    cango, _ = _docs(w)
    panel.clear_filters()
    panel.table.sortByColumn(m.column_of(cango.id), Qt.SortOrder.DescendingOrder)
    assert all(m.facts[r.id].documents for r in m.rows()[:11])
    assert not m.facts[m.recommendation(11).id].documents
    panel.table.sortByColumn(M.THEME, Qt.SortOrder.AscendingOrder)


def test_click_or_enter_on_a_cell_opens_its_paragraphs(qtbot, window):
    w = window
    panel = _show(qtbot, w)
    cango, _ = _docs(w)
    idx = panel.select("28.294", cango.id)
    rect = panel.table.visualRect(idx)
    assert panel.table.viewport().rect().contains(rect)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.tabs.currentWidget() is w.reading
    assert w.documents.current_id() == cango.id
    assert w.inspector.paragraph.label == "2"
    # Enter on the cell does the same
    w.reading.select_row(0)
    _show(qtbot, w)
    idx = panel.select("28.294", cango.id)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert w.tabs.currentWidget() is w.reading and w.inspector.paragraph.label == "2"
    # an empty cell opens nothing, and says so
    _show(qtbot, w)
    assert panel.open_cell(panel.select("28.1", cango.id)) == []
    assert w.tabs.currentWidget() is w.coverage
    # two paragraphs citing it: a list to pick one from
    p5 = select_label(w, "5")
    w.ws.link(p5.id, "A/HRC/40/6", "28.294")
    w.apply(w.ws.take_changes())
    _show(qtbot, w)
    idx = panel.select("28.294", cango.id)
    assert idx.data(CELL_ROLE).confirmed == 2 and idx.data() == "2"
    ids = panel.open_cell(idx)
    assert len(ids) == 2 and w.tabs.currentWidget() is w.coverage
    menu = panel.pick_menu
    picks = [a for a in menu.actions() if a.data() is not None]
    assert [a.data() for a in picks] == ids
    assert picks[1].text().startswith("¶ 5")
    picks[1].trigger()
    menu.close()
    assert w.tabs.currentWidget() is w.reading and w.inspector.paragraph.label == "5"


def test_charts_render_and_save_a_png(qtbot, window, tmp_path):
    w = window
    panel = _show(qtbot, w)
    cov = panel.coverage
    heat, bars = panel.heat_map, panel.state_bars
    cango, _ = _docs(w)
    assert len(heat.rows) == len(cov.by_theme()) == 80
    assert heat.columns[0] == cango.organisation
    f14 = next(r for r in heat.rows if r.key == "F14")
    assert (f14.total, f14.addressed, f14.per_column) == (5, 1, (1, 0))
    assert [r.key for r in heat.rows][:3] == ["A3", "A12", "A23"]  # the list's order
    panel.addressed_themes.setChecked(True)
    assert heat.rows and all(r.addressed for r in heat.rows) and len(heat.rows) < 80
    assert len(bars.rows) == len(cov.by_state()) and len(bars.shown()) == 25
    assert sum(r.addressed for r in bars.rows) >= 11
    panel.all_states.setChecked(True)
    assert len(bars.shown()) == len(bars.rows)
    panel.all_states.setChecked(False)
    panel.state_order.setCurrentIndex(panel.state_order.findData("addressed"))
    assert [r.addressed for r in bars.shown()[:12]] == [1] * 11 + [0]
    assert [r.key for r in bars.shown()[:2]] == ["India", "Pakistan"]  # then the most made
    panel.state_order.setCurrentIndex(0)
    for i, chart in ((panel.THEMES, heat), (panel.STATES, bars)):
        panel.views.setCurrentIndex(i)
        qtbot.waitUntil(chart.isVisible)
        out = tmp_path / f"{chart.objectName()}.png"
        assert chart.save_png(out)
        img = QImage(str(out))
        size = chart.natural_size()
        assert (img.width(), img.height()) == (2 * size.width(), 2 * size.height())
        assert _colours(img) > 20  # text, bars, cells: not a blank page
        shown = chart.grab().toImage()
        assert _colours(shown) > 20
    # a click on a theme's row filters the matrix by it
    panel.views.setCurrentIndex(panel.THEMES)
    row = [r.key for r in heat.rows].index("F14")
    y = heat._grid_top + row * (heat.CELL_H + heat.GAP) + heat.CELL_H // 2
    qtbot.mouseClick(heat, Qt.MouseButton.LeftButton, pos=QPoint(heat.MARGIN + 20, y))
    assert panel.views.currentIndex() == panel.MATRIX and panel.model.rowCount() == 5
    assert panel.theme.currentData() == "F14"


def _colours(img: QImage) -> int:
    step = max(1, img.width() // 60)
    seen = set()
    for y in range(0, img.height(), step):
        for x in range(0, img.width(), step):
            seen.add(img.pixel(x, y))
    return len(seen)


def test_document_coverage_tab_and_dialog(qtbot, window):
    w = window
    cango, women = _docs(w)
    w.select_document(cango.id)
    settled(w)
    select_label(w, "2")
    w.inspector.show_coverage_tab()
    view = w.inspector.coverage
    qtbot.waitUntil(lambda: not view.stale)
    assert sorted(view.cited_numbers(), key=lambda n: int(n.split(".")[1])) == CANGO_CITES
    assert view.tree.topLevelItem(0).childCount() == 11
    assert view.counts.text().startswith("Cites 11 of CHN-4's 346 recommendations")
    cov = w.ws.coverage(review="CHN-4")
    assert view.expected_numbers() == [r.number for r in cov.expected_for(cango.id)]
    assert len(view.expected_numbers()) == 309
    # a cited recommendation opens its paragraph
    item = view.tree.topLevelItem(0).child(CANGO_CITES.index("28.294"))
    assert item.text(0) == "28.294"
    assert view.open_item(item) and w.inspector.paragraph.label == "2"
    # the inspector follows the selected document
    w.select_document(women.id)
    settled(w)
    assert view.cited_numbers() == [] and view.counts.text().startswith("Cites 0 of")
    # the documents pane's context menu opens the same for any document
    menu = w.documents.document_menu(cango)
    act = next(a for a in menu.actions() if a.objectName() == "documentCoverage")
    assert act.isEnabled()
    act.trigger()
    dialog = w.document_coverage_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.view.document.id == cango.id and len(dialog.view.cited_numbers()) == 11
    dialog.close()
    w.inspector.show_paragraph_tab()


def test_view_follows_new_links_and_the_review(qtbot, window):
    w = window
    panel = _show(qtbot, w)
    cango, women = _docs(w)
    reads = w.coverage_cache.reads
    # a link made through the API, the window told by apply()
    p1 = select_label(w, "1")
    w.show_tab(2)
    w.ws.link(p1.id, "A/HRC/40/6", "28.1")
    w.apply(w.ws.take_changes())
    assert _summary(w).startswith("346 recommendations · 12 addressed by 1 document · 334")
    m = panel.model
    assert m.index(m.row_of(number="28.1"), m.column_of(cango.id)).data(CELL_ROLE).confirmed == 1
    assert w.coverage_cache.reads == reads + 1
    # a link typed in the inspector, on UN Women's report, while the tab is hidden
    w.show_tab(0)
    w.select_document(women.id)
    settled(w)
    w.reading.select_row(0)
    w.inspector.show_paragraph_tab()
    qtbot.keyClicks(w.inspector.link_field, "28.2")
    qtbot.keyClick(w.inspector.link_field, Qt.Key.Key_Return)
    assert [lk.number for lk in w.inspector.paragraph.links] == ["28.2"]
    assert panel.stale and _summary(w).startswith("346 recommendations · 12 addressed")
    _show(qtbot, w)
    assert _summary(w).startswith("346 recommendations · 13 addressed by 2 documents · 333")
    assert m.column_totals(m.column_of(women.id)) == (1, 1, 0)
    # undone: the view follows back
    w.actions_.undo.trigger()
    assert _summary(w).startswith("346 recommendations · 12 addressed by 1 document")
    # the review: all reviews ask for one; CHN-3 has no recommendations it responds to
    w.set_review(None)
    assert panel.stack.currentIndex() == panel.CHOOSE
    assert panel.choose_button.isVisible()
    w.set_review("CHN-3")
    assert panel.stack.currentIndex() == panel.EMPTY
    assert "respond to no recommendations" in panel.empty_text.text()
    w.set_review("CHN-4")
    assert panel.stack.currentIndex() == panel.CONTENT
    assert panel.model.rowCount() == 346 and _summary(w).startswith("346 recommendations · 12")


def test_export_coverage_writes_the_file_or_says_why_not(qtbot, window, tmp_path):
    w = window
    out = tmp_path / "chn4.csv"
    assert export_coverage.write(w, out, "CHN-4", "csv")
    assert out.is_file() and "28.294" in out.read_text(encoding="utf-8-sig")
    assert "chn4.csv" in w.statusBar().currentMessage()
    # a folder that is not there: nothing written, the error's own message shown
    bad = tmp_path / "missing" / "chn4.xlsx"
    assert not export_coverage.write(w, bad, "CHN-4", "xlsx")
    box = w.coverage_message
    qtbot.waitUntil(box.isVisible)
    assert box.windowTitle() == "The coverage was not exported" and box.text()
    assert not bad.exists()
    box.close()
    # all reviews: asked to choose one first
    w.set_review(None)
    assert export_coverage.export_coverage(w) is None
    box = w.coverage_message
    qtbot.waitUntil(box.isVisible)
    assert "choose a review" in box.text()
    box.close()
    assert export_coverage.target("out", export_coverage.CSV_FILTER)[1] == "csv"
    assert export_coverage.target("out.xlsx", export_coverage.CSV_FILTER)[1] == "xlsx"


def test_the_window_still_fits_a_small_laptop_screen(make_window):
    """The coverage tab may not hold the window wider than a 900-pixel screen (its
    one-line legend did: 1,349 pixels, and a 1280-pixel screenshot came out wider)."""
    w = make_window()
    assert w.minimumSizeHint().width() <= 900


def test_the_window_fits_a_short_screen_with_tall_lines(make_window, qtbot):
    """The paragraph's page scrolls rather than holding the window taller than the
    screen: its sections (links, suggestions, tags, passages, notes) cannot collapse,
    and with a font of tall lines (a CJK fallback) they asked for 814 pixels of a
    1280x800 screenshot."""
    from PySide6.QtWidgets import QApplication, QScrollArea

    app = QApplication.instance()
    font = app.font()
    try:
        bigger = app.font()
        bigger.setPointSizeF(font.pointSizeF() * 1.6)
        app.setFont(bigger)
        w = make_window()
        import_and_wait(qtbot, w, [FIXTURES / "cango" / "cango-upr4-submission.md"])
        select_label(w, "2")
        assert isinstance(w.inspector.tabs.widget(0), QScrollArea)
        assert w.minimumSizeHint().height() <= 600
    finally:
        app.setFont(font)
