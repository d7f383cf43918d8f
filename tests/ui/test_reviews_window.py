"""Reviews in the window: the switcher, scoping, grouping, sorting, moving a document
between reviews (and undoing it), the remembered review, the short-number bar.

Real files: the CANGO submission (CHN-4), China's 3rd-cycle thematic list (CHN-3),
four Slovenian 2nd-cycle documents (SVN-2) and a UN Women text placed in CHN-4 by
a guess.
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QMenu

from reviewer.workspace import Changes, Workspace
from tests.conftest import FIXTURES
from tests.ui.conftest import import_and_wait, settled
from ui.actions import shortcut_table
from ui.models.documents import UNCERTAIN_ROLE, DocumentsModel

UN = FIXTURES / "un"
CANGO = FIXTURES / "cango" / "cango-upr4-submission.docx"
CHN_LIST = UN / "China-UPR3-thematic-list-A_HRC_40_6.docx"
SVN = [
    UN / "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf",
    UN / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf",
    UN / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_3-stakeholder-summary.pdf",
    UN / "Slovenia-UPR2-thematic-list-A_HRC_28_15.docx",
]
CONTEXT = FIXTURES / "context" / "un-women-china-progress-2022.txt"
FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """The seven documents imported once; each test works on a copy."""
    path = tmp_path_factory.mktemp("reviews") / "template.upr.sqlite"
    with Workspace.open(path, "Ana Tester") as ws:
        done, failed = ws.import_files([CANGO, CHN_LIST, *SVN, CONTEXT])
        assert failed == [] and len(done) == 7
    return path


@pytest.fixture
def filled(template, workspace_path):
    shutil.copy(template, workspace_path)
    return workspace_path


def _doc(w, name: str):
    return next(d for d in w.ws.documents() if d.file == name)


def _shown_ids(w) -> list[int]:
    return [d.id for d in w.documents.tree.documents_in_order()]


def test_the_switcher_lists_the_reviews_by_label(qtbot, make_window, filled):
    w = make_window()
    sw = w.review_switcher
    assert [sw.itemText(i) for i in range(sw.count())] == [
        "All reviews",
        "China · 3rd cycle · 2018",
        "China · 4th cycle · 2024",
        "Slovenia · 2nd cycle · 2014",
    ]
    assert sw.codes() == [None, "CHN-3", "CHN-4", "SVN-2"]
    assert w.current_review is None and sw.currentText() == "All reviews"
    chn4 = sw.findData("CHN-4")
    assert sw.itemData(chn4, Qt.ItemDataRole.ToolTipRole).startswith("CHN-4: China, cycle 4")
    # Ctrl+Shift+R opens the list from anywhere; the shortcut is in the help table
    w.reading.view.setFocus()
    qtbot.keyClick(
        w, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: sw.view().isVisible(), timeout=3000)
    sw.hidePopup()
    assert ("Choose the review…", "Ctrl+Shift+R") in shortcut_table(w.actions_)
    # choosing in the list scopes the window and says so
    seen = []
    w.review_changed.connect(seen.append)
    sw.setCurrentIndex(chn4)
    assert w.current_review == "CHN-4" and seen == ["CHN-4"]


def test_a_review_scopes_documents_search_and_the_link_completer(qtbot, make_window, filled):
    w = make_window()
    everything = len(w.ws.documents())
    assert w.documents.model.rowCount() == everything == 7
    w.set_review("CHN-4")
    assert {d.review for d in w.documents.model.rows()} == {"CHN-4"}
    assert w.documents.model.rowCount() == 2 and not w.documents.tree.grouped
    cango = _doc(w, CANGO.name)
    assert w.select_document(cango.id) and w.documents.current_id() == cango.id
    # search: this review by default, all reviews on request
    chn_docs = {d.id for d in w.ws.documents(review="CHN-4")}
    w.search.field.setText("women")
    w.search.run()
    assert w.search.wait()
    hits = w.search.model.rows()
    assert hits and {h.document_id for h in hits} <= chn_docs
    w.search.scope.setCurrentIndex(1)  # All reviews
    assert w.search.wait()
    wider = {h.document_id for h in w.search.model.rows()}
    assert wider - chn_docs, "the Slovenian documents speak of women too"
    w.search.scope.setCurrentIndex(0)
    # the link completer: China's recommendations (CHN-3's, which CHN-4 responds to) only
    assert {r.symbol for r in w.registry.rows} == {"A/HRC/40/6"}
    qtbot.keyClicks(w.inspector.link_field, "women")
    offered = w.inspector.completer.results
    assert offered.rowCount() > 0
    assert {offered.row(n).symbol for n in range(offered.rowCount())} == {"A/HRC/40/6"}
    # the reading pane's "All documents" covers the review's documents only
    w.reading.filter_bar.scope.setCurrentIndex(1)
    w.reading.wait()  # what filters choose is read off the GUI thread
    assert w.reading.filter_bar.scope.currentText() == "Whole review"
    para_docs = {w.ws.paragraph(pid).document_id for pid in w.reading.model.ids()}
    assert para_docs and para_docs <= chn_docs
    assert "China · 4th cycle · 2024" in w.reading.header.text()
    # all reviews: every document and every recommendation again
    w.reading.filter_bar.scope.setCurrentIndex(0)
    w.set_review(None)
    assert w.documents.model.rowCount() == everything
    assert {r.symbol for r in w.registry.rows} == {"A/HRC/40/6", "A/HRC/28/15"}


def test_a_search_hit_in_another_review_switches_to_it(qtbot, make_window, filled):
    w = make_window()
    w.set_review("CHN-4")
    national = _doc(w, SVN[1].name)
    pid = w.ws.paragraph_ids(national.id)[10]
    assert w.open_paragraph(national.id, pid)
    assert w.current_review == "SVN-2" and w.documents.current_id() == national.id
    assert w.reading.current_id() == pid


def test_an_import_into_another_review_shows_that_review(qtbot, make_window, workspace_path):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO, CHN_LIST])
    w.set_review("CHN-4")
    import_and_wait(qtbot, w, SVN[:2])
    assert w.current_review == "SVN-2"
    assert w.review_switcher.currentText() == "Slovenia · 2nd cycle · 2014"
    # the first with paragraphs: the WG report, whose own text is kept to read
    assert w.documents.current().file == SVN[0].name
    assert {r.symbol for r in w.registry.rows} == {"A/HRC/28/15"}


def test_all_reviews_groups_the_documents_under_each_review(qtbot, make_window, filled):
    w = make_window()
    tree = w.documents.tree
    QAbstractItemModelTester(tree, FATAL)
    assert tree.grouped
    assert [g.key for g in tree.groups] == ["CHN-3", "CHN-4", "SVN-2"]
    assert [g.label for g in tree.groups] == [
        "China · 3rd cycle · 2018",
        "China · 4th cycle · 2024",
        "Slovenia · 2nd cycle · 2014",
    ]
    assert [len(g.rows) for g in tree.groups] == [1, 2, 4]
    for gi, g in enumerate(tree.groups):
        node = tree.index(gi, 0)
        assert w.documents.view.isFirstColumnSpanned(gi, node.parent())
        assert w.documents.view.isExpanded(node)
        kids = [tree.document(tree.index(r, 0, node)) for r in range(tree.rowCount(node))]
        assert {d.review for d in kids} == {g.key}
    assert tree.groups[1].uncertain == 1 and "1 ?" in tree.groups[1].counts
    # a review node is not selectable: the current item stays a document
    assert not tree.flags(tree.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    # the "?" on the guessed document, its reason in the tooltip
    context = _doc(w, CONTEXT.name)
    idx = tree.document_index(context.id)
    assert "no cycle" in idx.data(UNCERTAIN_ROLE)
    assert "no cycle" in idx.data(Qt.ItemDataRole.ToolTipRole)
    # a click on a node folds it, and the fold survives a refresh (the node of the
    # current document, CANGO's, stays open)
    view = w.documents.view
    assert w.documents.current().review == "CHN-4"
    svn2 = tree.index(2, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(svn2).center())
    assert not view.isExpanded(svn2)
    w.apply(Changes(documents=True))
    assert not view.isExpanded(tree.index(2, 0)) and view.isExpanded(tree.index(1, 0))


def test_look_alike_titles_show_file_and_format(qtbot, make_window, filled):
    w = make_window()
    # the same text as a document of its own (an import would make it CANGO's version 2)
    w.ws.import_file(FIXTURES / "cango" / "cango-upr4-submission.md", new_document=True)
    w.apply(w.ws.take_changes())
    m = w.documents.model
    subtitles = {d.file: m.subtitle(d) for d in m.rows()}
    assert subtitles[CANGO.name] == "cango-upr4-submission.docx · DOCX"
    assert subtitles["cango-upr4-submission.md"] == "cango-upr4-submission.md · MD"
    assert subtitles[CHN_LIST.name] == "OHCHR"  # its title is its own: the organisation


def test_sorting_by_paragraphs_keeps_the_selection(qtbot, make_window, filled):
    w = make_window()
    w.set_review("SVN-2")
    national = _doc(w, SVN[1].name)
    w.select_document(national.id)
    settled(w)
    selected = []
    w.documents.document_selected.connect(selected.append)
    header = w.documents.view.header()

    def click_paragraphs_header():
        x = header.sectionViewportPosition(DocumentsModel.PARAGRAPHS) + 8
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        assert header.sortIndicatorSection() == DocumentsModel.PARAGRAPHS

    click_paragraphs_header()

    def counts():
        return [(d.paragraphs, d.recommendations) for d in w.documents.tree.documents_in_order()]

    first = counts()
    assert first in (sorted(first), sorted(first, reverse=True))
    click_paragraphs_header()
    assert counts() == list(reversed(first))
    assert w.documents.current_id() == national.id
    assert selected == []  # re-sorting announced no new selection
    assert w.documents.view.selectionModel().isRowSelected(
        w.documents.tree.document_index(national.id).row(), w.documents.view.rootIndex()
    )
    # the order is remembered for the next window
    assert w.settings.documents_sort() == (
        DocumentsModel.PARAGRAPHS,
        header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
    )
    # grouped, each review's documents are sorted within it
    w.set_review(None)
    for g in w.documents.tree.groups:
        rows = [w.documents.model.document(i).paragraphs for i in g.rows]
        assert rows in (sorted(rows), sorted(rows, reverse=True))


def _menu_action(menu: QMenu, text: str):
    for act in menu.actions():
        if act.menu() is not None:
            found = _menu_action(act.menu(), text)
            if found is not None:
                return found
        elif act.text().replace("&", "").startswith(text):
            return act
    return None


def test_moving_a_guessed_document_and_undoing_it(qtbot, make_window, filled):
    w = make_window()
    w.set_review("CHN-4")
    context = _doc(w, CONTEXT.name)
    before = (context.review, context.review_status, context.review_reason)
    assert before[:2] == ("CHN-4", "uncertain")
    w.select_document(context.id)
    settled(w)
    assert w.notices.review_bar.isVisible()
    # the menu key opens the current document's menu
    view = w.documents.view
    QApplication.sendEvent(
        view.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, QPoint(2, 2), view.mapToGlobal(QPoint(2, 2))
        ),
    )
    shown = QApplication.activePopupWidget()
    assert isinstance(shown, QMenu) and shown.objectName() == "documentMenu"
    assert _menu_action(shown, "Confirm review: China · 4th cycle · 2024") is not None
    shown.close()
    menu = w.documents.document_menu(context)
    move = _menu_action(menu, "Slovenia · 2nd cycle · 2014")
    assert move is not None and _menu_action(menu, "Confirm review") is not None
    move.trigger()
    now = w.ws.get_document(context.id)
    assert (now.review, now.review_status) == ("SVN-2", "manual")
    assert context.id not in _shown_ids(w)  # gone from China's list
    assert w.review_row("CHN-4").uncertain == 0
    w.reading.view.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    again = w.ws.get_document(context.id)
    assert (again.review, again.review_status, again.review_reason) == before
    assert context.id in _shown_ids(w)
    assert w.review_row("CHN-4").uncertain == 1
    # the one-click confirm, in the bar above the paragraphs
    w.select_document(context.id)
    settled(w)
    assert w.notices.review_bar.isVisible()
    qtbot.mouseClick(w.notices.confirm, Qt.MouseButton.LeftButton)
    confirmed = w.ws.get_document(context.id)
    assert (confirmed.review, confirmed.review_status) == ("CHN-4", "manual")
    settled(w)
    assert not w.notices.review_bar.isVisible()
    w.actions_.undo.trigger()
    assert w.ws.get_document(context.id).review_status == "uncertain"


def test_another_review_typed_in_the_dialog(qtbot, make_window, filled):
    w = make_window()
    national = _doc(w, SVN[1].name)
    w.choose_document_review(national.id)
    dialog = w.review_dialog
    dialog.choose_other("svn", 1)
    assert dialog.code() == "SVN-1" and "SVN-1" in dialog.code_label.text()
    dialog.choose_other("SVN-3")
    assert dialog.code() == "SVN-3"
    dialog.accept()
    assert w.ws.get_document(national.id).review == "SVN-3"
    assert "SVN-3" in w.review_switcher.codes()
    w.actions_.undo.trigger()
    assert w.ws.get_document(national.id).review == "SVN-2"
    assert "SVN-3" not in w.review_switcher.codes()  # a review left empty is forgotten


def test_the_review_is_remembered_for_the_next_window(qtbot, make_window, filled):
    w = make_window()
    w.set_review("SVN-2")
    w.close()
    w2 = make_window()
    assert w2.current_review == "SVN-2"
    assert w2.review_switcher.currentText() == "Slovenia · 2nd cycle · 2014"
    assert {d.review for d in w2.documents.model.rows()} == {"SVN-2"}
    assert {r.symbol for r in w2.registry.rows} == {"A/HRC/28/15"}


def test_the_short_number_bar_says_why_for_the_slovenian_national_report(
    qtbot, make_window, filled
):
    w = make_window()
    w.set_review("SVN-2")
    national = _doc(w, SVN[1].name)
    w.select_document(national.id)
    settled(w)
    bar = w.notices.short_bar
    assert bar.isVisible()
    text = w.notices.short_text.text()
    assert "SVN-1" in text and "not in the workspace yet" in text
    assert not w.notices.reading.isVisible()  # no reading to choose: the report is missing
    w.select_document(_doc(w, SVN[0].name).id)  # the WG report: nothing to say
    settled(w)
    assert not w.notices.isVisible()


def test_choosing_a_reading_of_short_numbers_and_undoing_it(
    qtbot, make_window, workspace_path, tmp_path
):
    rows = ["Symbol,Recommendation number,Recommendation,Recommending State,State under review"]
    for major, count in ((121, 6), (122, 20)):
        rows += [
            f'A/HRC/43/15,{major}.{k},"Do thing {major}.{k}",Peru,Slovenia'
            for k in range(1, count + 1)
        ]
    table = tmp_path / "svn3-table.csv"
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    sub = tmp_path / "js1-slovenia.txt"
    sub.write_text(
        "Joint submission on Slovenia for the fourth cycle of the Universal Periodic Review\n\n"
        "1. Slovenia accepted recommendations 15 and 16 in its previous review.\n"
        "2. Slovenia should act.\n",
        encoding="utf-8",
    )
    w = make_window()
    import_and_wait(qtbot, w, [table, sub])
    doc = _doc(w, sub.name)
    w.select_document(doc.id)
    settled(w)
    assert w.notices.short_bar.isVisible() and w.notices.reading.isVisible()
    assert "under 121 and 122" in w.notices.short_text.text()
    combo = w.notices.reading
    i = combo.findData("122")
    assert i > 0
    combo.setCurrentIndex(i)
    combo.activated.emit(i)
    assert w.ws.short_numbers(doc.id).chosen == "122"
    links = {lk.number for p in w.ws.document(doc.id).paragraphs for lk in p.links}
    assert links == {"122.15", "122.16"}
    settled(w)
    assert w.notices.reading.currentData() == "122" or not w.notices.short_bar.isVisible()
    w.actions_.undo.trigger()
    assert w.ws.short_numbers(doc.id).chosen is None
    settled(w)
    assert w.notices.reading.currentIndex() == 0


def test_the_export_dialog_starts_on_the_review(qtbot, make_window, filled):
    w = make_window()
    w.set_review("CHN-4")
    w.export_brief()
    dialog = w.export_dialog
    assert dialog.options().review == "CHN-4"
    docs = [dialog.document.itemData(i) for i in range(1, dialog.document.count())]
    assert set(docs) == {d.id for d in w.ws.documents(review="CHN-4") if d.paragraphs}
    dialog.review.setCurrentIndex(0)  # widened to all reviews
    assert dialog.options().review is None
    assert dialog.document.count() - 1 == len([d for d in w.ws.documents() if d.paragraphs])
    dialog.reject()


def test_the_recommendations_tab_and_completer_follow_the_review(qtbot, make_window, filled):
    w = make_window()
    panel = w.recommendations
    w.show_tab(1)
    assert panel.loader.wait()  # the registry is read off the GUI thread
    assert {r.symbol for r in panel.model.rows()} == {"A/HRC/40/6", "A/HRC/28/15"}
    w.set_review("SVN-2")
    qtbot.waitUntil(lambda: not panel.stale)
    rows = panel.model.rows()
    assert len(rows) == 163 and {(r.symbol, r.review) for r in rows} == {("A/HRC/28/15", "SVN-2")}
    assert w.registry.preferred == ()  # SVN-1 is not in the workspace
    # CHN-4's documents respond to CHN-3's recommendations: those are shown and offered first
    w.set_review("CHN-4")
    qtbot.waitUntil(lambda: not panel.stale)
    assert {r.symbol for r in panel.model.rows()} == {"A/HRC/40/6"}
    assert len(panel.model.rows()) == 346
    assert w.registry.preferred == ("A/HRC/40/6",)
    panel.text.setText("A/HRC/28/15")
    panel.reload()
    assert panel.model.rowCount() == 0  # Slovenia's are out of this review's scope
    w.set_review(None)
    qtbot.waitUntil(lambda: not panel.stale)
    panel.text.clear()
    panel.reload()
    assert panel.model.rowCount() == 346 + 163
