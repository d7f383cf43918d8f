"""The Check pane: Review › Check draft (F7) lists the selected draft's findings by
kind with their paragraphs and fixes; Enter jumps to the paragraph; Delete
dismisses (kept per document, Ctrl+Z brings it back), "Show dismissed" restores;
the word limit and the other settings are kept per document; a new version is
checked again; the Word report and the annotated copy are written.

Real files: the CANGO Word submission with deliberate faults (built as the core's
tests build it, tests/core/test_check.py) and China's 3rd-cycle thematic list.
"""

from __future__ import annotations

from html import escape

import docx
from PySide6.QtCore import Qt

from tests.conftest import FIXTURES
from tests.core import version_helpers as vh
from tests.core.test_check import WRONG_NUMBER, faulty_draft
from tests.ui.conftest import CHINA_LIST, import_and_wait
from ui import i18n
from ui.models import HTML_ROLE
from ui.panels.check import DISMISSED_ROLE, KEY_ROLE

NUMBER = "number:A/HRC/40/6:28.400"
STATE = "state:A/HRC/40/6:28.294:Malaysia"
POSITION = "position:A/HRC/40/6:28.5"
WAIT = 30_000


def _checked(qtbot, w):
    qtbot.waitUntil(lambda: w.check_task is None and w.check.report is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: w.check_task is None and not w.check_timer.isActive(), timeout=WAIT)
    return w.check.report


def _rows(w) -> list[tuple[str | None, str]]:
    """(key, html) of the list's rows; a group's heading has no key."""
    lst = w.check.list
    return [(lst.item(i).data(KEY_ROLE), lst.item(i).data(HTML_ROLE)) for i in range(lst.count())]


def _draft(qtbot, w, tmp_path):
    draft = faulty_draft(tmp_path)
    done, failed = import_and_wait(qtbot, w, [CHINA_LIST, draft])
    assert failed == []
    doc = next(d for d in w.ws.documents() if d.kind == "submission")
    assert w.documents.current_id() == doc.id
    w.check_draft()
    return draft, doc, _checked(qtbot, w)


def test_the_check_pane_lists_a_faulty_drafts_findings_and_jumps_to_them(
    qtbot, make_window, tmp_path
):
    w = make_window()
    _draft_path, doc, report = _draft(qtbot, w, tmp_path)
    assert w.check_dock.isVisible() and report.document_id == doc.id
    keys = {f.key for f in report.findings}
    assert {NUMBER, STATE, POSITION, "keywords"} <= keys
    # grouped by kind, in that order; each finding with its paragraph and fix
    rows = _rows(w)
    heads = [html for key, html in rows if key is None]
    assert [h.split("</b>")[0].rsplit(">", 1)[1] for h in heads] == [
        "Citations",
        "Form",
        "Coverage",
    ]
    by_key = dict(rows)
    f = next(f for f in report.findings if f.key == NUMBER)
    assert f.label and f.paragraph_id is not None
    assert by_key[NUMBER].startswith(f"<b>¶ {f.label}</b>")
    assert "28.400: A/HRC/40/6 has 28.1–28.346" in by_key[NUMBER] and "Fix:" in by_key[NUMBER]
    assert "<b>whole document</b>" in by_key["keywords"]
    assert f"of {report.word_limit:,} words" in w.check.summary.text()
    # Enter jumps to the paragraph; the list keeps the focus for the next one
    assert w.check.select(NUMBER)
    w.check.list.setFocus()
    qtbot.keyClick(w.check.list, Qt.Key.Key_Return)
    row = w.reading.current_paragraph()
    assert row.id == f.paragraph_id and row.text == WRONG_NUMBER
    assert w.check.list.hasFocus()
    # a click too
    w.check.select(STATE)
    item = w.check.list.currentItem()
    w.check.list.itemClicked.emit(item)
    state = next(f for f in report.findings if f.key == STATE)
    assert w.reading.current_id() == state.paragraph_id


def test_the_check_pane_says_its_findings_in_the_windows_language(
    qtbot, make_window, tmp_path, monkeypatch
):
    from reviewer.export import render_words
    from ui import i18n

    w = make_window()
    _draft_path, _doc, report = _draft(qtbot, w, tmp_path)
    f = next(f for f in report.findings if f.key == NUMBER)
    french = render_words(f.message, "fr")
    assert french != f.message  # the check keeps its words as keys and arguments
    monkeypatch.setattr(i18n, "_current", "fr")
    w.check.show_report(report)
    by_key = dict(_rows(w))
    assert escape(french) in by_key[NUMBER] and escape(f.message) not in by_key[NUMBER]
    assert escape(render_words(f.fix, "fr")) in by_key[NUMBER]


def test_dismiss_undo_and_restore_are_kept_per_document(qtbot, make_window, tmp_path):
    w = make_window()
    _draft_path, doc, _report = _draft(qtbot, w, tmp_path)
    w.check.select(POSITION)
    qtbot.keyClick(w.check.list, Qt.Key.Key_Delete)
    assert [d.key for d in w.ws.dismissed_findings(doc.id)] == [POSITION]
    assert POSITION not in dict(_rows(w)) and POSITION in {f.key for f in w.check.report.dismissed}
    assert "1 dismissed" in w.check.summary.text()
    # Ctrl+Z brings it back, Ctrl+Shift+Z dismisses it again
    w.actions_.undo.trigger()
    assert w.ws.dismissed_findings(doc.id) == [] and POSITION in dict(_rows(w))
    w.actions_.redo.trigger()
    assert [d.key for d in w.ws.dismissed_findings(doc.id)] == [POSITION]
    # checked again (F7), it stays dismissed: kept with the document
    w.check_draft()
    report = _checked(qtbot, w)
    assert POSITION in {f.key for f in report.dismissed}
    assert POSITION not in {f.key for f in report.findings}
    # "Show dismissed" lists it, greyed, to restore
    w.check.show_dismissed.setChecked(True)
    assert w.check.select(POSITION)
    item = w.check.list.currentItem()
    assert item.data(DISMISSED_ROLE) and "Dismissed by Ana Tester" in item.data(HTML_ROLE)
    assert w.check.restore_button.isEnabled() and not w.check.dismiss_button.isEnabled()
    w.check.restore_button.click()
    assert w.ws.dismissed_findings(doc.id) == []
    assert POSITION in {f.key for f in w.check.report.findings}
    w.actions_.undo.trigger()  # the restore undone: dismissed again
    assert [d.key for d in w.ws.dismissed_findings(doc.id)] == [POSITION]


def test_settings_a_new_version_and_the_word_outputs(
    qtbot, make_window, settings, tmp_path, monkeypatch
):
    w = make_window()
    draft, doc, report = _draft(qtbot, w, tmp_path)
    assert "words" not in {f.key for f in report.findings}
    # a lower word limit: checked again, kept for the document
    w.check.limit.setValue(1000)
    w.check.limit.editingFinished.emit()
    report = _checked(qtbot, w)
    assert report.word_limit == 1000 and "words" in {f.key for f in report.findings}
    assert settings.check_settings(w.ws.path, doc.id)["word_limit"] == 1000
    w.check.joint.setChecked(True)  # the limit set stands over the joint one
    report = _checked(qtbot, w)
    assert report.settings.joint and report.word_limit == 1000

    # the drafter fixes the wrong number: the new version is checked again
    fixed = vh.load(draft)
    k = next(i for i, p in enumerate(fixed.paragraphs) if p.text == WRONG_NUMBER)
    vh.edit_words(fixed, k, "28.400", "28.300")
    done, failed = import_and_wait(qtbot, w, [vh.save(fixed, tmp_path / "v2" / draft.name)])
    assert failed == [] and done[0].version == 2
    qtbot.waitUntil(lambda: NUMBER not in {f.key for f in w.check.report.findings}, timeout=WAIT)
    report = _checked(qtbot, w)
    assert report.document_id == doc.id and report.word_limit == 1000

    # the Word report, and the draft annotated with a comment per finding
    (tmp_path / "out").mkdir()
    out = w.save_check_report(tmp_path / "out" / "check.docx")
    assert out is not None and out.exists()
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Draft check:" in text and "Fix:" in text
    assert w.check.annotate_button.isEnabled()
    annotated = w.save_annotated_copy(tmp_path / "out" / "annotated.docx")
    assert annotated is not None and annotated.exists()
    assert len(docx.Document(str(annotated)).comments) == len(report.findings)
    assert draft.read_bytes() != annotated.read_bytes()

    # in the window's language: the report's headings and the comments' words
    monkeypatch.setattr(i18n, "_current", "fr")
    out = w.save_check_report(tmp_path / "out" / "vérification.docx")
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Vérification du projet :" in text and "Correction :" in text and "Fix:" not in text
    annotated = w.save_annotated_copy(tmp_path / "out" / "annoté.docx")
    comments = docx.Document(str(annotated)).comments
    assert all("Correction :" in c.text for c in comments)
    assert {c.author for c in comments} == {"Vérification UPR Reviewer"}


def test_a_draft_that_is_no_word_file_has_no_annotated_copy(qtbot, make_window, tmp_path):
    w = make_window()
    done, failed = import_and_wait(qtbot, w, [FIXTURES / "cango" / "cango-upr4-submission.md"])
    assert failed == []
    w.check_draft()
    report = _checked(qtbot, w)
    assert report.format == "md" and report.findings
    button = w.check.annotate_button
    assert not button.isEnabled() and "only a Word (.docx) draft" in button.toolTip()
    assert w.save_annotated_copy(tmp_path / "x.docx") is None
    # a thematic list is no draft
    list_done, _ = import_and_wait(qtbot, w, [CHINA_LIST])
    w.documents.select(list_done[0].document_id)
    qtbot.waitUntil(lambda: w.check.report is None, timeout=WAIT)
    assert "no draft to check" in w.check.summary.text()
