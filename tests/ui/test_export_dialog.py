"""The Word brief dialog: options, a path, Export → the file exists with the content."""

import docx
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QDesktopServices  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402

from reviewer.workspace import Workspace  # noqa: E402
from tests.conftest import FIXTURES  # noqa: E402
from ui import crash  # noqa: E402
from ui.dialogs.export_brief import ExportBriefDialog  # noqa: E402

NOTE = "Ask CANGO for the 2022 enforcement figures."


@pytest.fixture
def workspace(tmp_path):
    path = tmp_path / "w.sqlite"
    with Workspace.open(path, author="Mei Lin") as ws:
        ws.import_files([FIXTURES / "cango" / "cango-upr4-submission.md"])
        by = {p.label: p for p in ws.document(1).paragraphs}
        ws.add_tag(by["2"].id, "gender equality")
        ws.add_tag(by["6"].id, "climate")
        ws.add_note(by["2"].id, NOTE)
        yield ws


def select(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_export_by_tag_with_comments(qtbot, workspace, tmp_path):
    dlg = ExportBriefDialog(workspace)
    qtbot.addWidget(dlg)
    assert dlg.document.count() == 2  # all documents + CANGO
    assert dlg.symbol.findText("A/HRC/40/6") >= 0
    assert dlg.path.text().endswith("UPR brief.docx") and dlg.export_button.isEnabled()
    dlg.path.clear()
    assert not dlg.export_button.isEnabled()  # no path
    select(dlg.group_by, "tag")
    select(dlg.only, "tagged")
    select(dlg.document, 1)
    dlg.comments.setChecked(True)
    dlg.title.setText("Tags for Tuesday")
    out = tmp_path / "briefs" / "tags"  # no .docx: the dialog adds it
    out.parent.mkdir()
    dlg.path.setText(str(out))
    assert dlg.export_button.isEnabled()
    with qtbot.waitSignal(dlg.exported, timeout=20000) as blocker:
        dlg.export_button.click()
    path, summary = blocker.args
    assert path == str((out.parent / "tags.docx").resolve())
    assert summary["group_by"] == "tag" and summary["paragraphs"] == 2
    assert summary["comments"] == 1 and summary["tags"] == 2
    assert dlg.result() == QDialog.DialogCode.Accepted
    doc = docx.Document(path)
    assert doc.paragraphs[0].text == "Tags for Tuesday"
    assert [p.text for p in doc.paragraphs if p.style.name == "Heading 1"] == [
        "■ climate",
        "■ gender equality",
    ]
    assert [c.text for c in doc.comments] == [NOTE]
    by = {p.label: p for p in workspace.document(1).paragraphs}
    body = {p.text for p in doc.paragraphs if p.style.name == "Normal"}
    assert by["2"].text in body and by["6"].text in body and by["3"].text not in body


def test_recommendation_filters_reach_the_export(qtbot, workspace, tmp_path):
    dlg = ExportBriefDialog(workspace)
    qtbot.addWidget(dlg)
    select(dlg.group_by, "recommendation")
    dlg.symbol.setCurrentText("A/HRC/40/6")
    select(dlg.position, "unknown")
    opts = dlg.options()
    assert (opts.group_by, opts.symbol, opts.position, opts.only) == (
        "recommendation",
        "A/HRC/40/6",
        "unknown",
        "annotated",
    )
    dlg.path.setText(str(tmp_path / "coverage.docx"))
    with qtbot.waitSignal(dlg.exported, timeout=20000) as blocker:
        dlg.accept()
    assert blocker.args[1]["recommendations"] == 11
    doc = docx.Document(blocker.args[0])
    assert [p.text for p in doc.paragraphs if p.style.name == "Heading 1"] == ["A/HRC/40/6"]


def test_an_unwritable_target_is_one_clear_message(qtbot, workspace, tmp_path, monkeypatch):
    dlg = ExportBriefDialog(workspace)
    qtbot.addWidget(dlg)
    shown = []
    monkeypatch.setattr(dlg, "show_error", shown.append)
    target = tmp_path / "missing" / "brief.docx"
    dlg.path.setText(str(target))
    dlg.accept()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown == [f"{target}: the folder {target.parent} does not exist"]
    assert dlg.result() != QDialog.DialogCode.Accepted and dlg.export_button.isEnabled()
    assert dlg.group_by.isEnabled()  # the dialog is usable again to fix the path
    assert not target.parent.exists()


def test_replacing_an_existing_file_asks_first(qtbot, workspace, tmp_path, monkeypatch):
    out = tmp_path / "brief.docx"
    out.write_bytes(b"last week")
    dlg = ExportBriefDialog(workspace, reviewer="Mei Lin")
    qtbot.addWidget(dlg)
    asked = []
    monkeypatch.setattr(dlg, "_confirm_replace", lambda p: asked.append(p) or False)
    dlg.path.setText(str(out))
    dlg.accept()
    assert asked == [out] and dlg.task is None and out.read_bytes() == b"last week"
    monkeypatch.setattr(dlg, "_confirm_replace", lambda p: True)
    with qtbot.waitSignal(dlg.exported, timeout=20000):
        dlg.accept()
    assert docx.Document(str(out)).core_properties.author == "Mei Lin"


def test_cancel_while_exporting_writes_nothing(qtbot, workspace, tmp_path, monkeypatch):
    import threading

    import ui.dialogs.export_brief as module

    gate = threading.Event()
    original = module.brief_job

    def gated(*args):
        run = original(*args)

        def wait_then_run(report):
            gate.wait(10)
            return run(report)

        return wait_then_run

    monkeypatch.setattr(module, "brief_job", gated)
    dlg = ExportBriefDialog(workspace)
    qtbot.addWidget(dlg)
    out = tmp_path / "brief.docx"
    dlg.path.setText(str(out))
    dlg.accept()  # the length first, then the export starts
    qtbot.waitUntil(lambda: dlg.task is not None, timeout=20000)
    assert not dlg.export_button.isEnabled() and not dlg.group_by.isEnabled()
    dlg.reject()  # while running: cancels instead of closing
    assert dlg.status.text() == "Cancelling…"
    gate.set()
    qtbot.waitUntil(lambda: dlg.status.text() == "Cancelled; nothing was written.", timeout=20000)
    assert not out.exists() and dlg.export_button.isEnabled()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
    assert crash.open_dialogs() == []  # cancelling is no bug: no crash dialog, nothing logged


def test_file_menu_opens_the_dialog_and_reports_in_the_status_bar(qtbot, make_window, tmp_path):
    from tests.ui.conftest import CANGO_MD, import_and_wait

    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    w.actions_.export_brief.trigger()  # File → Export Word brief…
    dlg = w.export_dialog
    assert isinstance(dlg, ExportBriefDialog) and dlg.isVisible()
    dlg.path.setText(str(tmp_path / "from-menu.docx"))
    with qtbot.waitSignal(dlg.exported, timeout=20000):
        dlg.accept()
    assert "Wrote from-menu.docx: 5 paragraphs" in w.statusBar().currentMessage()
    assert dlg.isVisible() and dlg.open_button.isVisible()  # Open / Show in folder, Close
    assert dlg.cancel_button.text() == "Close"
    dlg.cancel_button.click()
    assert not dlg.isVisible() and dlg.result() == QDialog.DialogCode.Accepted


def test_accepted_suggestions_are_in_the_brief_unless_unticked(qtbot, workspace, tmp_path):
    p3 = next(p for p in workspace.document(1).paragraphs if p.label == "3")
    # as if accepted from the suggestions: a confirmed link of origin "suggestion"
    workspace.link(p3.id, "A/HRC/40/6", "28.294", origin="suggestion")
    dlg = ExportBriefDialog(workspace)
    qtbot.addWidget(dlg)
    assert dlg.suggestions.isChecked() and dlg.options().accepted_suggestions
    select(dlg.group_by, "document")  # each paragraph with its table of links
    dlg.path.setText(str(tmp_path / "with.docx"))
    with qtbot.waitSignal(dlg.exported, timeout=20000) as blocker:
        dlg.accept()
    cells = [c.text for t in docx.Document(blocker.args[0]).tables for r in t.rows for c in r.cells]
    assert any("accepted suggestion" in c for c in cells)
    dlg = ExportBriefDialog(workspace)
    qtbot.addWidget(dlg)
    dlg.suggestions.setChecked(False)
    assert not dlg.options().accepted_suggestions


# -- on a real window: the meeting defaults, the length, Open and Show in folder ----------


def open_dialog(qtbot, w) -> ExportBriefDialog:
    w.actions_.export_brief.trigger()  # File → Export Word brief… (Ctrl+E)
    dlg = w.export_dialog
    qtbot.waitUntil(lambda: dlg.estimator.current() is not None, timeout=30000)
    return dlg


def test_the_dialog_opens_on_a_brief_for_the_windows_review(qtbot, make_window, tmp_path):
    from reviewer.export import estimate_brief
    from tests.ui.conftest import CANGO_MD, CHINA_LIST, import_and_wait

    w = make_window(author="Ana Tester")
    import_and_wait(qtbot, w, [CANGO_MD, CHINA_LIST])
    w.set_review("CHN-4")
    dlg = open_dialog(qtbot, w)
    assert dlg.review.currentData() == "CHN-4"
    assert (dlg.group_by.currentData(), dlg.only.currentData()) == ("recommendation", "annotated")
    assert dlg.reviewer.text() == "Ana Tester"  # the window's reviewer name
    small = estimate_brief(w.ws, dlg.options())
    assert dlg.estimate.text().startswith(f"About {small.pages} pages on ")
    assert f"{small.paragraphs} paragraphs from 1 document" in dlg.estimate.text()
    # widen it: every paragraph, by document; the length follows the choices
    select(dlg.only, None)
    select(dlg.group_by, "document")
    big = estimate_brief(w.ws, dlg.options())
    assert big.paragraphs == 16 > small.paragraphs
    want = f"About {big.pages} pages on {big.paper}: 16 paragraphs from 1 document"
    qtbot.waitUntil(lambda: dlg.estimate.text().startswith(want), timeout=30000)
    dlg.path.setText(str(tmp_path / "meeting.docx"))
    with qtbot.waitSignal(dlg.exported, timeout=30000) as blocker:
        dlg.export_button.click()
    summary = blocker.args[1]
    assert summary["pages"] == big.pages and summary["paragraphs"] == 16
    cover = docx.Document(blocker.args[0]).tables[0]
    assert ["Reviewer", "Ana Tester"] in [[c.text for c in r.cells] for r in cover.rows]


def answer_long_warning(dlg, write: bool, seen: list) -> None:
    """Answer the long-brief question once it shows (it runs its own event loop)."""

    def poll():
        box = dlg.long_warning
        if box is None or not box.isVisible():
            QTimer.singleShot(20, poll)
            return
        seen.append((box.text(), box.informativeText()))
        [button] = [b for b in box.buttons() if b.text().startswith("Write") == write]
        button.click()

    QTimer.singleShot(0, poll)


def test_a_brief_past_100_pages_asks_first_and_then_offers_to_open_it(
    qtbot, make_window, tmp_path, monkeypatch
):
    from tests.ui.conftest import import_and_wait

    un = FIXTURES / "un"
    reports = [
        un / "Norway-UPR2-A_HRC_27_3-wg-report.pdf",
        un / "Slovenia-UPR1-A_HRC_14_15-wg-report.pdf",
        un / "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf",
    ]
    w = make_window()
    done, failed = import_and_wait(qtbot, w, reports)
    assert not failed and len(done) == 3
    w.set_review(None)
    dlg = open_dialog(qtbot, w)
    select(dlg.only, None)  # every paragraph of every document
    select(dlg.group_by, "document")
    qtbot.waitUntil(lambda: "more than 100 pages" in dlg.estimate.text(), timeout=30000)
    pages = dlg.estimator.current().pages
    assert pages > 100 and dlg.estimate.text().startswith(f"About {pages} pages")
    out = tmp_path / "everything.docx"
    dlg.path.setText(str(out))

    seen: list = []
    answer_long_warning(dlg, write=False, seen=seen)  # go back and narrow it
    dlg.export_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    text, how = seen[0]
    assert text == f"This brief will run to about {pages} pages."
    assert how.startswith("To narrow it: choose one review; keep only paragraphs linked")
    assert not out.exists() and dlg.task is None and dlg.export_button.isEnabled()

    seen.clear()
    answer_long_warning(dlg, write=True, seen=seen)
    with qtbot.waitSignal(dlg.exported, timeout=60000) as blocker:
        dlg.export_button.click()
    assert blocker.args[1]["pages"] == pages and out.is_file()

    opened: list = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert dlg.open_button.isVisible() and dlg.folder_button.isVisible()
    dlg.open_button.click()
    dlg.folder_button.click()
    assert [u.toLocalFile() for u in opened] == [str(out.resolve()), str(out.resolve().parent)]


def test_a_brief_never_names_the_login_as_its_reviewer(qtbot, make_window, settings, monkeypatch):
    import getpass

    monkeypatch.delenv("UPR_REVIEWER_NAME", raising=False)
    # the first start: work recorded as the login name until the person gives theirs
    w = make_window(author=getpass.getuser())
    assert not settings.author
    dlg = open_dialog(qtbot, w)
    assert dlg.reviewer.text() == ""
    dlg.reject()
    monkeypatch.setenv("UPR_REVIEWER_NAME", "Mei Lin")
    dlg = open_dialog(qtbot, w)
    assert dlg.reviewer.text() == "Mei Lin"
    dlg.reject()
    settings.author = "Ana Tester"  # given in the name bar or Settings › Reviewer name…
    dlg = open_dialog(qtbot, w)
    assert dlg.reviewer.text() == "Ana Tester"


def test_the_brief_is_written_in_the_windows_language_unless_another_is_chosen(
    qtbot, workspace, tmp_path, monkeypatch
):
    from ui import i18n

    monkeypatch.setattr(i18n, "_current", "zh")  # the window speaks Chinese
    dlg = ExportBriefDialog(workspace)
    qtbot.addWidget(dlg)
    assert dlg.language.currentData() == "zh" and dlg.options().language == "zh"
    assert [dlg.language.itemData(i) for i in range(dlg.language.count())] == [
        "en", "fr", "es", "zh", "ar", "ru",
    ]  # fmt: skip
    assert dlg.title.placeholderText() == "普遍定期审议审阅简报"
    select(dlg.language, "fr")
    assert dlg.title.placeholderText() == "Note d’examen EPU"
    out = tmp_path / "fr.docx"
    dlg.path.setText(str(out))
    with qtbot.waitSignal(dlg.exported, timeout=20000) as blocker:
        dlg.export_button.click()
    assert blocker.args[1]["language"] == "fr"
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "Table des matières" in texts and "Contents" not in texts
