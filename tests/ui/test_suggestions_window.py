"""Suggestions in the window: made in the background after an import and on demand,
shown apart from cited links (the inspector's "Suggested" group, quiet chips in the
reading pane), accepted with Y and rejected with X, undone with Ctrl+Z; a rejected
one never comes back.

Real files: China's 3rd-cycle thematic list (CHN-3's recommendations) and the CANGO
submission (CHN-4), whose paragraph 3 cites 28.109 and 28.111.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from reviewer.workspace import LinkRow, ParagraphRow
from tests.conftest import FIXTURES
from tests.ui.conftest import CANGO_MD, CHINA_LIST, import_and_wait, select_label, settled
from ui.models import HTML_ROLE
from ui.models.lists import SuggestionsModel
from ui.render import SUGGESTED_BG, link_html, paragraph_html

SVN_NATIONAL = FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf"
SVN1_WG = FIXTURES / "un" / "Slovenia-UPR1-A_HRC_14_15-wg-report.pdf"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _settled(w) -> bool:
    return w.suggester.current is None and not w.suggester.queue and not w.suggester.busy


def _imported(qtbot, w, paths=(CHINA_LIST, CANGO_MD)):
    done, failed = import_and_wait(qtbot, w, list(paths))
    assert failed == []
    qtbot.waitUntil(lambda: _settled(w), timeout=60_000)
    return done


def _cango(w):
    return next(d for d in w.ws.documents() if d.kind == "submission")


def _links(w, pid: int) -> dict[str, LinkRow]:
    return {lk.number: lk for lk in w.ws.paragraph(pid).links}


def _reading_html(w, pid: int) -> str:
    model = w.reading.model
    return model.data(model.index(model.row_of(pid), 0), HTML_ROLE)


def _suggested_part(html: str) -> str:
    return html.partition("Suggested:")[2]


def test_suggestions_appear_after_the_import_apart_from_cited_links(qtbot, make_window):
    w = make_window()
    _imported(qtbot, w)
    doc = _cango(w)
    assert w.documents.current_id() == doc.id
    stored = w.ws.suggested(doc.id)
    assert stored and sum(len(p.suggestions) for p in stored) > 10
    # unasked, the result is told beside the status bar's messages, not over them
    told = w.suggester.label.text()
    assert "suggestions for" in told and "of 16 paragraphs" in told
    assert w.suggester.progress.isVisible() and not w.suggester.bar.isVisible()
    assert "suggestions for" not in w.statusBar().currentMessage()

    pid = select_label(w, "3").id
    ins = w.inspector
    # the cited links stay in Recommendations, the suggestions have their own group
    assert [lk.number for lk in ins.links_model.rows()] == ["28.109", "28.111"]
    rows = ins.suggested.model.rows()
    assert rows and all(lk.suggested and lk.origin == "suggestion" for lk in rows)
    assert {"28.109", "28.111"}.isdisjoint(lk.number for lk in rows)
    assert [lk.score for lk in rows] == sorted((lk.score for lk in rows), reverse=True)
    assert ins.suggested.isVisibleTo(w) and ins.suggested.title.text() == f"Suggested ({len(rows)})"
    html = ins.suggested.model.data(ins.suggested.model.index(0), HTML_ROLE)
    assert rows[0].number in html and "score" in html and "matched: " in html
    assert ", ".join(rows[0].matched) in html
    tip = ins.suggested.model.data(ins.suggested.model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert "Y accepts" in tip and "X rejects" in tip
    # the best suggestion is current and highlighted: Y and X act on it
    assert ins.current_link() == rows[0]
    assert ins.suggested.view.selectionModel().isSelected(ins.suggested.model.index(0))
    assert not ins.links.selectionModel().hasSelection()
    assert ins.suggested.accept_button.isEnabled() and not ins.confirm_button.isEnabled()
    assert "(Y)" in ins.suggested.accept_button.toolTip()
    assert "(X)" in ins.suggested.reject_button.toolTip()
    # the reading pane: cited numbers highlighted in the text, suggestions after it, apart
    reading = _reading_html(w, pid)
    text, _, rest = reading.partition("Suggested:")
    assert "28.109" in text and rest and str(SUGGESTED_BG) in rest
    assert all(lk.number in rest for lk in rows)
    # on demand from the documents pane's menu too: in the background, then told
    item = w.documents.document_menu(w.documents.current()).findChild(QAction, "suggestDocument")
    assert item is not None and item.isEnabled() and not item.toolTip().startswith("Not for")
    item.trigger()
    assert w.suggester.pending(doc.id) and w.suggester.progress.isVisible()
    qtbot.waitUntil(lambda: _settled(w), timeout=60_000)
    assert "suggestions for" in w.statusBar().currentMessage()
    assert ins.current_link() == ins.suggested.model.item(0)  # ranked again: the same


def test_y_accepts_x_rejects_ctrl_z_undoes_and_rejected_never_comes_back(qtbot, make_window):
    w = make_window()
    _imported(qtbot, w)
    doc = _cango(w)
    pid = select_label(w, "3").id
    ins = w.inspector
    first, second, third = ins.suggested.model.rows()[:3]
    w.reading.view.setFocus()

    qtbot.keyClick(w.reading.view, Qt.Key.Key_Y)
    accepted = _links(w, pid)[first.number]
    assert (accepted.status, accepted.origin) == ("confirmed", "suggestion")
    # it counts as a link now, marked as an accepted suggestion; the next one is current
    assert first.number in [lk.number for lk in ins.links_model.rows()]
    row = next(lk for lk in ins.links_model.rows() if lk.number == first.number)
    assert "accepted suggestion" in ins.links_model.html(row)
    assert ins.current_link().number == second.number
    assert first.number not in _suggested_part(_reading_html(w, pid))
    assert "Accept suggestion" in w.session.undo_stack.undoText()

    qtbot.keyClick(w, Qt.Key.Key_Z, CTRL)
    assert _links(w, pid)[first.number].status == "suggested"
    assert first.number in [lk.number for lk in ins.suggested.model.rows()]
    assert ins.current_link().number == first.number
    assert first.number in _suggested_part(_reading_html(w, pid))

    # X rejects the current one; the next becomes current
    qtbot.keyClick(w.reading.view, Qt.Key.Key_X)
    assert _links(w, pid)[first.number].status == "rejected"
    assert ins.current_link().number == second.number
    assert first.number not in [lk.number for lk in ins.suggested.model.rows()]
    assert first.number in ins.suggested.rejected.text()
    assert first.number not in _reading_html(w, pid)  # a rejected suggestion shows nothing
    qtbot.keyClick(w.reading.view, Qt.Key.Key_Y)  # Y, X, Y… down the list
    assert _links(w, pid)[second.number].status == "confirmed"
    assert ins.current_link().number == third.number

    # suggesting again: the rejected one stays rejected, the accepted one confirmed
    w.reading.view.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_S, CTRL | SHIFT)
    assert w.suggester.label.text().startswith("Suggesting for “UPR Report Presented")
    qtbot.waitUntil(lambda: _settled(w), timeout=60_000)
    assert w.suggester.bar.value() == w.suggester.bar.maximum() == 15  # its paragraphs asked
    assert "suggestions for" in w.statusBar().currentMessage()
    links = _links(w, pid)
    assert links[first.number].status == "rejected"
    assert links[second.number].status == "confirmed"
    again = next(p for p in w.ws.suggested(doc.id) if p.paragraph_id == pid)
    assert first.number not in [s.number for s in again.suggestions]
    assert first.number not in [lk.number for lk in ins.suggested.model.rows()]


def test_the_lists_take_the_keyboard_and_the_links_keep_their_keys(qtbot, make_window):
    w = make_window()
    _imported(qtbot, w)
    pid = select_label(w, "3").id
    ins = w.inspector
    rows = ins.suggested.model.rows()
    # Ctrl+Shift+L: the suggestions take focus; arrow keys choose, Y accepts that one
    qtbot.keyClick(w, Qt.Key.Key_L, CTRL | SHIFT)
    assert ins.suggested.view.hasFocus()
    qtbot.keyClick(ins.suggested.view, Qt.Key.Key_Down)
    assert ins.current_link().number == rows[1].number
    qtbot.keyClick(ins.suggested.view, Qt.Key.Key_Y)
    assert _links(w, pid)[rows[1].number].status == "confirmed"
    assert _links(w, pid)[rows[0].number].status == "suggested"
    # Shift+Delete does not delete a suggestion (it could come back): X rejects it
    qtbot.keyClick(ins.suggested.view, Qt.Key.Key_Delete, SHIFT)
    assert _links(w, pid)[ins.current_link().number].status == "suggested"
    assert "X rejects it" in w.statusBar().currentMessage()
    # choosing a link in Recommendations makes Y and X act on links again
    ins.links.setFocus()
    ins.links.setCurrentIndex(ins.links_model.index(0))
    assert ins.current_link().number == "28.109"
    assert not ins.suggested.view.selectionModel().hasSelection()
    assert ins.confirm_button.isEnabled() is False and ins.reject_button.isEnabled()
    assert not ins.suggested.accept_button.isEnabled()
    qtbot.keyClick(ins.links, Qt.Key.Key_X)
    assert _links(w, pid)["28.109"].status == "rejected"
    assert w.session.undo_stack.undoText() == "Reject 28.109"
    qtbot.keyClick(w, Qt.Key.Key_Z, CTRL)
    assert _links(w, pid)["28.109"].status == "confirmed"
    # the next paragraph starts on its best suggestion again
    qtbot.keyClick(w.reading.view, Qt.Key.Key_J)
    nxt = w.inspector.paragraph
    assert nxt.id != pid and ins.current_link() == ins.suggested.model.item(0)


def test_suggesting_is_disabled_and_explained_without_recommendations(qtbot, make_window):
    w = make_window()
    _imported(qtbot, w, [SVN_NATIONAL])  # SVN-1's recommendations are not in the workspace
    doc = w.documents.current()
    assert doc.kind == "national_report" and w.ws.suggested(doc.id) == []
    act = w.actions_.suggest_document
    assert w.suggest_loader.wait(5000)  # the reason is read off the GUI thread
    assert not act.isEnabled()
    assert act.toolTip().startswith("Not for this document:") and "previous cycle" in act.toolTip()
    menu = w.documents.document_menu(doc)
    item = menu.findChild(QAction, "suggestDocument")
    assert item is not None and not item.isEnabled() and "previous cycle" in item.toolTip()
    select_label(w, "1")
    assert not w.inspector.suggested.isVisibleTo(w)  # never had suggestions: no group
    # asked anyway (from code, or a stale menu): a clear message, never a crash
    assert not w.suggest_document(doc.id)
    box = w.suggest_box
    assert box is not None and box.isVisible()
    assert "Suggestions cannot be made" in box.text() and "previous cycle" in box.text()
    box.close()

    # the previous cycle's report imported later: the national report is suggested unasked
    _imported(qtbot, w, [SVN1_WG])
    assert w.ws.suggested(doc.id)
    w.select_document(doc.id)
    settled(w)
    assert w.suggest_loader.wait(5000)  # the reason is read off the GUI thread
    assert act.isEnabled() and "Not for" not in act.toolTip()
    # a Working Group report never gets suggestions: the action says why
    report = next(d for d in w.ws.documents() if d.kind == "wg_report")
    w.select_document(report.id)
    settled(w)
    assert w.suggest_loader.wait(5000)
    assert not act.isEnabled() and "Working Group report" in act.toolTip()
    assert not w.suggest_document(report.id)
    assert "Working Group report" in w.suggest_box.text()
    w.suggest_box.close()


def test_a_list_imported_after_the_submission_brings_its_suggestions(qtbot, make_window):
    w = make_window()
    _imported(qtbot, w, [CANGO_MD])
    doc = _cango(w)
    # only the recommendations it cites are known: nothing is suggested unasked
    assert w.ws.suggested(doc.id) == []
    pid = select_label(w, "3").id
    assert not w.inspector.suggested.isVisibleTo(w)
    _imported(qtbot, w, [CHINA_LIST])  # the document shown gets them where it is
    assert w.ws.suggested(doc.id)
    assert w.inspector.paragraph.id == pid and w.inspector.suggested.isVisibleTo(w)
    first = w.inspector.suggested.model.item(0)
    assert w.inspector.current_link() == first  # the best one is current at once
    qtbot.keyClick(w.reading.view, Qt.Key.Key_X)
    assert _links(w, pid)[first.number].status == "rejected"
    # the registry tab: suggestions are not citations, only their number is told
    rec = w.ws.recommendation("A/HRC/40/6", "28.109").recommendation
    w.show_tab(1)
    assert w.recommendations.loader.wait()  # read off the GUI thread
    assert w.recommendations.select(rec.id)
    title = w.recommendations.citing_title.text()
    assert title.startswith("Cited by 1 paragraph ·") and "suggested for" in title
    assert w.recommendations.citing_model.rowCount() == 1


def test_suggestion_rendering_without_a_window(qapp):
    def link(number, status, origin="suggestion", score=None, detail=None):
        return LinkRow(1, 4, 9, "A/HRC/40/6", number, origin, status, "Continue <it>", (),
                       "supported", score, detail)  # fmt: skip

    row = ParagraphRow(
        4, 1, 3, "2", "body", "Text 28.1", None, None,
        links=(
            link("28.1", "confirmed", "footnote"),
            link("28.2", "rejected", "footnote"),
            link("28.3", "suggested", score=9.0, detail="women, rights"),
            link("28.4", "suggested", score=12.5),
            link("28.5", "rejected"),
            link("28.6", "confirmed"),
        ),
    )  # fmt: skip
    html = paragraph_html(row)
    accepted, _, suggested = html.partition("Suggested:")
    assert "28.6" in accepted and "28.5" not in html
    assert suggested.index("28.4") < suggested.index("28.3")  # best first
    assert "accepted suggestion" in link_html(link("28.6", "confirmed"))
    assert "accepted suggestion" not in link_html(link("28.1", "confirmed", "footnote"))
    m = SuggestionsModel()
    m.set_rows([link("28.3", "suggested", score=9.04, detail="women, rights")])
    html = m.data(m.index(0), HTML_ROLE)
    assert "score 9.0" in html and "matched: women, rights" in html and "&lt;it&gt;" in html
