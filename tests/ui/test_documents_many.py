"""The documents pane with thousands of documents (4,000 at 1.2M paragraphs): every one
listed and reachable, the keyboard through the review nodes, the person's folds kept.

The rows are a real workspace's (CANGO's submission and China's thematic list), each
repeated under its own id and title across the reviews, so the pane gets the rows a
workspace of that size gives it without importing thousands of files in a test.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester

from reviewer.workspace import Workspace
from tests.ui.conftest import CANGO_MD, CHINA_LIST
from ui.models.document_tree import NO_REVIEW
from ui.models.documents import DocumentsModel
from ui.panels.documents import DocumentsPanel

MANY = 3000


@pytest.fixture(scope="module")
def rows_and_reviews(tmp_path_factory):
    path = tmp_path_factory.mktemp("many") / "many.sqlite"
    with Workspace.open(path, "Ana Tester") as ws:
        ws.import_files([CHINA_LIST, CANGO_MD])
        reviews = ws.reviews()
        (submission,) = [d for d in ws.documents() if d.paragraphs]
    codes = [r.review for r in reviews]
    assert len(codes) >= 2
    rows = []
    for i in range(MANY):
        # most in the first review, a good share in the second, some in none
        review = codes[0] if i % 3 else codes[1] if i % 30 else None
        rows.append(replace(submission, id=100_000 + i, title=f"Submission {i:04d}",
                            review=review, file=f"s{i}.md"))  # fmt: skip
    return rows, reviews


@pytest.fixture
def pane(qtbot, rows_and_reviews):
    rows, reviews = rows_and_reviews
    panel = DocumentsPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_documents(rows, None, reviews)
    return panel


def listed(panel: DocumentsPanel) -> list[int]:
    """The documents the view lists, top to bottom, as the person can reach them."""
    view, tree = panel.view, panel.tree
    ids, index = [], tree.index(0, 0)
    while index.isValid():
        doc = tree.document(index)
        if doc is not None:
            ids.append(doc.id)
        index = view.indexBelow(index)
    return ids


def test_every_document_is_listed_and_the_last_is_reached(qtbot, pane, rows_and_reviews):
    rows, reviews = rows_and_reviews
    tree, view = pane.tree, pane.view
    # Qt's own checks of the model (a document never has children, each index's
    # parent leads back to it), through a refresh of every row
    QAbstractItemModelTester(tree, QAbstractItemModelTester.FailureReportingMode.Fatal)
    pane.set_documents(rows, None, reviews)
    assert tree.grouped and len(tree.groups) == 3
    assert [g.key for g in tree.groups][-1] == NO_REVIEW
    assert all(view.isExpanded(tree.index(gi, 0)) for gi in range(len(tree.groups)))
    assert all(view.isFirstColumnSpanned(gi, tree.index(gi, 0).parent())
               for gi in range(len(tree.groups)))  # fmt: skip
    shown = listed(pane)
    assert len(shown) == MANY and set(shown) == {r.id for r in rows}
    assert shown == [d.id for d in tree.documents_in_order()]
    # the first document with paragraphs is current; End reaches the last one listed
    assert pane.current_id() == shown[0]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert pane.current_id() == shown[-1]
    qtbot.waitUntil(
        lambda: view.visualRect(view.currentIndex()).bottom() <= view.viewport().height()
    )
    assert view.verticalScrollBar().value() == view.verticalScrollBar().maximum()
    # and the row at the bottom of the viewport is that document
    bottom = view.indexAt(QPoint(10, view.visualRect(view.currentIndex()).center().y()))
    assert tree.document(bottom).id == shown[-1]


def test_the_keyboard_steps_over_review_nodes(qtbot, pane):
    tree, view = pane.tree, pane.view
    first, second = tree.groups[0], tree.groups[1]
    last_of_first = pane.model.document(first.rows[-1])
    first_of_second = pane.model.document(second.rows[0])
    selected = []
    pane.document_selected.connect(selected.append)
    assert pane.select(last_of_first.id)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # over the second review's node
    assert pane.current_id() == first_of_second.id
    assert selected[-1].id == first_of_second.id
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert pane.current_id() == last_of_first.id
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert pane.current_id() not in (None, last_of_first.id)
    assert tree.document(view.currentIndex()) is not None  # never a node


def test_the_folds_the_person_chose_survive_a_refresh_and_a_sort(qtbot, pane, rows_and_reviews):
    rows, reviews = rows_and_reviews
    tree, view = pane.tree, pane.view
    current = pane.current_id()
    assert tree.document_index(current).parent() == tree.index(0, 0)
    second = tree.index(1, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(second).center())  # fmt: skip
    assert not view.isExpanded(second)
    folded_key = tree.groups[1].key
    hidden = {pane.model.document(i).id for i in tree.groups[1].rows}
    assert not hidden & set(listed(pane))
    # a refresh (the rows read again): the fold stays, the rest stays open
    pane.set_documents(rows, None, reviews)
    gi = next(i for i, g in enumerate(tree.groups) if g.key == folded_key)
    assert not view.isExpanded(tree.index(gi, 0))
    assert all(view.isExpanded(tree.index(i, 0)) for i in range(len(tree.groups)) if i != gi)
    assert len(listed(pane)) == MANY - len(hidden)
    assert pane.current_id() == current
    # a re-sort keeps them too, and the current document
    pane.sort_by(DocumentsModel.TITLE, descending=True)
    gi = next(i for i, g in enumerate(tree.groups) if g.key == folded_key)
    assert not view.isExpanded(tree.index(gi, 0))
    assert pane.current_id() == current
    titles = [d.title for d in tree.documents_in_order()]
    assert titles[: len(tree.groups[0].rows)] == sorted(titles[: len(tree.groups[0].rows)],
                                                          reverse=True)  # fmt: skip
    # unfolded again by a click, and that is kept in turn
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(tree.index(gi, 0)).center())  # fmt: skip
    pane.set_documents(rows, None, reviews)
    assert len(listed(pane)) == MANY
