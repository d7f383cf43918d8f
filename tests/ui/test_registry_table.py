"""The Recommendations tab on a real registry: two reports (China's third cycle and
Slovenia's second), a Working Group report and the CANGO submission, whose footnote
for 28.109 words it differently from the thematic list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from reviewer.workspace import RecommendationRow
from tests.conftest import FIXTURES
from tests.ui.conftest import import_and_wait, select_label
from ui.completer import Matcher, parse_query
from ui.models.recommendations import RecommendationsModel as M
from ui.theme import stylesheet

FILES = [
    FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx",
    FIXTURES / "un" / "Slovenia-UPR2-thematic-list-A_HRC_28_15.docx",
    FIXTURES / "un" / "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf",
    FIXTURES / "cango" / "cango-upr4-submission.docx",
]


@pytest.fixture
def panel(qtbot, make_window):
    w = make_window()
    w.setStyleSheet(stylesheet())  # the item padding of the real look
    done, failed = import_and_wait(qtbot, w, FILES)
    assert failed == [] and len(done) == 4
    w.tabs.setCurrentWidget(w.recommendations)
    p = w.recommendations
    # the rows as they are after the last import (a panel prepared ahead may show rows
    # read before it, while it reads them again)
    qtbot.waitUntil(lambda: p.model.rowCount() == 346 + 163 and not p.stale and not p.loader.busy)
    p.window_ = w
    return p


def numbers(p) -> list[str]:
    return [p.model.recommendation(r).number for r in range(p.model.rowCount())]


def current(p) -> RecommendationRow | None:
    return p.model.recommendation(p.table.currentIndex().row())


def type_filter(qtbot, p, text: str) -> None:
    p.text.clear()
    p.text.setFocus()
    qtbot.keyClicks(p.text, text)
    qtbot.waitUntil(lambda: not p.timer.isActive())
    assert p.loader.wait()  # a choice's rows are read off the GUI thread


def test_report_and_state_under_review_columns(panel):
    h = panel.table.horizontalHeader()
    for col in (M.SYMBOL, M.UNDER_REVIEW, M.NUMBER, M.CONFLICT):
        assert not h.isSectionHidden(col) and h.sectionSize(col) > 0
    row = panel.model.row_of(
        panel.window_.ws.recommendation("A/HRC/28/15", "115.163").recommendation.id
    )
    assert panel.model.data(panel.model.index(row, M.SYMBOL)) == "A/HRC/28/15"
    assert panel.model.data(panel.model.index(row, M.UNDER_REVIEW)) == "Slovenia"
    fm = panel.table.fontMetrics()
    for col in (M.SYMBOL, M.UNDER_REVIEW):  # "A/HRC/28/15", "Slovenia" are shown whole
        widest = max(fm.horizontalAdvance(str(panel.model.index(r, col).data()))
                     for r in range(panel.model.rowCount()))  # fmt: skip
        assert widest < h.sectionSize(col)


def number_room(table, row: int) -> int:
    """The width Qt draws a number cell's text in (style margins and style-sheet padding
    off), as the view's style gives it: a text wider than this is elided."""
    idx = table.model().index(row, M.NUMBER)
    option = QStyleOptionViewItem()
    table.itemDelegate().initStyleOption(option, idx)
    rect = table.visualRect(idx)
    rect.setWidth(table.columnWidth(M.NUMBER))
    option.rect = rect
    option.widget = table
    text_rect = table.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, table)
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    return text_rect.width() - 2 * margin


def widest_number(p) -> str:
    fm = p.table.fontMetrics()
    return max(p.model.rows(), key=lambda r: fm.horizontalAdvance(r.number)).number


def test_the_number_column_shows_every_number_whole_and_follows_the_rows(qtbot, panel):
    table = panel.table
    fm = table.fontMetrics()
    assert widest_number(panel) in ("115.163", "115.100", "115.144", "28.346", "28.300")
    room = number_room(table, 0)
    for n in ("115.163", "115.100", "28.346", widest_number(panel)):
        assert fm.horizontalAdvance(n) <= room, (n, room)
        assert fm.elidedText(n, Qt.TextElideMode.ElideRight, room) == n
    before = table.columnWidth(M.NUMBER)
    assert before < fm.horizontalAdvance("115.163") * 3  # sized to fit, not padded out
    # a wider number enters the registry (a manual link): the column grows to it
    w = panel.window_
    w.tabs.setCurrentWidget(w.reading)
    select_label(w, "2")
    w.inspector.link_field.setText("A/HRC/40/6 128.1234")
    w.inspector.link_typed()
    assert w.inspector.link_field.text() == ""
    w.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 510)
    assert widest_number(panel) == "128.1234"
    assert table.columnWidth(M.NUMBER) > before
    assert fm.horizontalAdvance("128.1234") <= number_room(table, 0)


def test_filter_by_report_symbol(qtbot, panel):
    type_filter(qtbot, panel, "A/HRC/28/15")
    assert panel.model.rowCount() == 163
    assert {panel.model.recommendation(r).symbol for r in range(163)} == {"A/HRC/28/15"}
    assert "163 of 509" in panel.count.text()
    panel.text.setText("a/hrc/40/6")  # any case
    panel.reload()
    assert panel.loader.wait()
    assert panel.model.rowCount() == 346
    panel.text.setText("A/HRC/40/6 28.294")  # symbol and number: that one, selected
    panel.reload()
    assert panel.loader.wait()
    assert numbers(panel) == ["28.294"] and current(panel).number == "28.294"
    assert "Continue taking measures" in panel.detail.text()


def test_a_typed_number_jumps_to_it_and_a_prefix_lists_its_kin(qtbot, panel):
    type_filter(qtbot, panel, "115.16")
    assert current(panel).number == "115.16"
    assert numbers(panel) == ["115.16", "115.160", "115.161", "115.162", "115.163"]
    idx = panel.table.currentIndex()
    assert panel.table.viewport().rect().intersects(panel.table.visualRect(idx))  # scrolled to
    assert "<b>115.16</b>" in panel.detail.text() and "Slovenia" in panel.detail.text()
    # "115.1": 115.1, 115.10–115.19, 115.100–115.163 (the tooltip says so); 115.1 selected
    type_filter(qtbot, panel, "115.1")
    expected = (
        ["115.1"] + [f"115.{n}" for n in range(10, 20)] + [f"115.{n}" for n in range(100, 164)]
    )
    assert numbers(panel) == expected and current(panel).number == "115.1"
    assert "115.1 lists 115.1, 115.10–115.19" in panel.text.toolTip()
    type_filter(qtbot, panel, "28.")  # a paragraph: all its recommendations
    assert panel.model.rowCount() == 346
    type_filter(qtbot, panel, "140.12")  # no such number
    assert panel.model.rowCount() == 0 and panel.detail.text() == ""


def test_words_in_any_order_and_the_other_filters(qtbot, panel):
    type_filter(qtbot, panel, "girls REGISTERED birth")
    assert numbers(panel) == ["28.296"]
    type_filter(qtbot, panel, "South-South")
    found = numbers(panel)
    assert {"28.47", "28.49"} <= set(found) and all(
        "south-south" in (panel.model.recommendation(r).text or "").lower()
        for r in range(len(found))
    )
    panel.cited.setCurrentIndex(panel.cited.findData(True))  # CANGO's ¶ 6 cites these two
    assert panel.loader.wait()
    assert numbers(panel) == ["28.47", "28.49"]
    panel.cited.setCurrentIndex(0)
    assert panel.loader.wait()
    panel.text.clear()
    panel.reload()
    assert panel.loader.wait()
    panel.state.setCurrentIndex(panel.state.findData("Brunei Darussalam"))
    assert panel.loader.wait()
    brunei = numbers(panel)
    assert "28.109" in brunei and all("Brunei Darussalam" in panel.model.recommendation(r).states
                                      for r in range(len(brunei)))  # fmt: skip
    type_filter(qtbot, panel, "A/HRC/40/6")  # the State choice and the text together
    assert numbers(panel) == [n for n in brunei if n.startswith("28.")]
    panel.state.setCurrentIndex(0)
    assert panel.loader.wait()
    panel.position.setCurrentIndex(panel.position.findData("noted"))
    assert panel.loader.wait()
    assert panel.model.rowCount() > 0
    assert {panel.model.recommendation(r).position for r in range(panel.model.rowCount())} == {
        "noted"
    }
    assert {panel.model.recommendation(r).symbol for r in range(panel.model.rowCount())} == {
        "A/HRC/40/6"
    }


def test_a_recommendation_whose_sources_disagree_is_marked_and_shows_each(qtbot, panel):
    ws = panel.window_.ws
    rec = ws.recommendation("A/HRC/40/6", "28.109").recommendation
    row = panel.model.row_of(rec.id)
    mark = panel.model.index(row, M.CONFLICT)
    assert mark.data() == "≠"
    assert mark.data(Qt.ItemDataRole.ToolTipRole) == "Sources give different texts"
    assert not panel.table.horizontalHeader().isSectionHidden(M.CONFLICT)
    plain = panel.model.index(panel.model.row_of(ws.recommendation("A/HRC/40/6", "28.294").recommendation.id), M.CONFLICT)  # fmt: skip
    assert plain.data() == "" and plain.data(Qt.ItemDataRole.ToolTipRole) is None
    assert panel.select(rec.id)
    html = panel.detail.text()
    assert "≠ Sources give different texts" in html
    titles = {d.id: d.title for d in ws.documents()}
    sources = ws.recommendation_by_id(rec.id).sources
    assert {s["source_kind"] for s in sources} == {"thematic_list", "footnote"}
    assert html.index("<b>Thematic list</b>") < html.index("<b>Footnote</b>")
    for s in sources:  # each source with its document and States; the footnote marked
        assert titles[s["document_id"]][:40] in html.replace("&#x27;", "'")
        assert "Brunei Darussalam" in html
    assert html.count("≠ differs") == 1
    assert html.index("≠ differs") < html.index("<b>Footnote</b>")
    # the footnote's own comma ("the elderly, and") is highlighted
    assert "the elderly<span" in html and ">,</span> and persons" in html


def test_keyboard_filter_down_into_the_table_enter_to_the_citing_paragraphs(qtbot, panel):
    w = panel.window_
    type_filter(qtbot, panel, "A/HRC/28/15")
    qtbot.keyClick(panel.text, Qt.Key.Key_Down)
    assert panel.table.hasFocus() and current(panel).number == "115.1"
    qtbot.keyClick(panel.table, Qt.Key.Key_Up)  # from the first row back up to the filter
    assert panel.text.hasFocus()
    type_filter(qtbot, panel, "28.109")
    assert current(panel).number == "28.109"
    qtbot.keyClick(panel.text, Qt.Key.Key_Down)
    assert panel.table.hasFocus() and current(panel).number == "28.109"
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert panel.citing.hasFocus() and panel.citing.currentIndex().row() == 0
    assert "Cited by 1 paragraph" in panel.citing_title.text()
    qtbot.keyClick(panel.citing, Qt.Key.Key_Return)
    assert w.tabs.currentWidget() is w.reading
    assert "28.109" in w.reading.current_paragraph().text


def test_filtering_and_sorting_2000_rows(qapp):
    rows = [
        RecommendationRow(i, f"A/HRC/{40 + i // 300}/6", f"{100 + i // 300}.{i % 300 + 1}",
                          f"Continue measures number {i} for girls and birth registration",
                          ("India", "Brazil"), "supported", (("A12", "Norms"),), (), i % 3)
        for i in range(2000)
    ]  # fmt: skip
    model = M()
    matcher = Matcher(rows)
    for typed in ("g", "gi", "girls birth", "A/HRC/41/6", "101.1", "A/HRC/42/6 102.2", ""):
        model.set_rows(matcher.filter(parse_query(typed)))
    for col in (M.NUMBER, M.TEXT, M.PARAGRAPHS, M.CONFLICT, M.NUMBER):
        model.sort(col, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 2000 and model.recommendation(0).number == "106.200"
