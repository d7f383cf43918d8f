"""The window's draft check: the Check pane (Review › Check draft, F7) lists the
selected document's findings; it is checked again in the background whenever the
document, its links or the registry change (a new version, say) while the pane
shows, and on demand.  Dismissing and restoring go through undo commands; the
Word outputs through ``reviewer.export``.

A part of ``MainWindow`` (a mixin using its panels, session, settings and status
bar), kept apart so the window's module stays readable, as ``ReviewsMixin`` is.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QFileDialog

from reviewer.workspace import CheckReport, DocumentRow, Finding, ReviewerError, Rule, digest
from ui import i18n
from ui.dialogs.version_of import versionable
from ui.i18n import tr
from ui.panels.check import CheckPanel
from ui.render import short
from ui.tasks import Task
from ui.undo import DismissFindingCommand, RestoreFindingCommand

if TYPE_CHECKING:
    from ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object

DEBOUNCE_MS = 150


def file_name(text: str) -> str:
    """A title made safe to be a file name."""
    keep = "".join(c if c.isalnum() or c in " -_." else " " for c in text)
    return " ".join(keep.split())[:60] or "draft"


class ChecksMixin(_Base):
    def _init_checks(self) -> None:
        self.check = CheckPanel(self)
        dock = QDockWidget(tr("Check"), self)
        dock.setObjectName("dock_check")
        dock.setWidget(self.check)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.hide()
        self.check_dock = dock
        self.check_task: Task | None = None
        self.check_stale = True
        self._check_again = False
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(DEBOUNCE_MS)
        self.check_timer.timeout.connect(self.run_check)
        dock.visibilityChanged.connect(
            lambda on: on and self.check_stale and self.check_timer.start()
        )
        self.check.jump.connect(self._jump_to_finding)
        self.check.dismiss.connect(self.dismiss_finding)
        self.check.restore.connect(self.restore_finding)
        self.check.recheck.connect(self.run_check)
        self.check.settings_changed.connect(self._check_settings_changed)
        self.check.save_report.connect(lambda: self.save_check_report())
        self.check.save_annotated.connect(lambda: self.save_annotated_copy())
        self.documents.document_selected.connect(lambda _doc: self._check_stale())
        self.session.applied.connect(self._check_changes)

    # -- running ------------------------------------------------------------------------------
    def check_draft(self) -> None:
        """Review › Check draft (F7): the pane shown, the selected document checked."""
        if not self.check_dock.isVisible() and not self.check_dock.isFloating():
            self.check_dock.show()
            height = max(240, int(self.height() * 0.36))
            self.resizeDocks([self.check_dock], [height], Qt.Orientation.Vertical)
        self.check_dock.show()
        self.check_dock.raise_()
        self.check.list.setFocus()
        self.run_check()

    def _check_target(self) -> tuple[DocumentRow | None, str | None]:
        doc = self.documents.current()
        if doc is None:
            return None, tr("Select a draft to check it.")
        if not versionable(doc):
            return (
                doc,
                tr("“{title}” brought recommendations: there is no draft to check.").format(
                    title=short(doc.title, 60)
                ),
            )
        return doc, None

    def _check_stale(self) -> None:
        self.check_stale = True
        if self.check_dock.isVisible():
            self.check_timer.start()

    def _check_changes(self, changes) -> None:
        if changes.checks:  # dismissed or restored: set apart at once
            self._dismissals_changed()
        if changes.documents or changes.links or changes.registry or changes.reviews:
            self._check_stale()

    def run_check(self) -> bool:
        """Check the selected document in the background (a new run waits for the one
        on its way)."""
        self.check_timer.stop()
        doc, why = self._check_target()
        self.check.set_settings(**self._stored_settings(doc))
        if doc is None or why is not None:
            self.check.show_report(None, why or "")
            self.check.set_annotate(tr("no draft"))
            self.check_stale = False
            return False
        if self.check_task is not None:
            self._check_again = True
            return True
        self.check_stale = False
        settings = self.check.settings()
        self.check.set_busy(tr("Checking “{title}”…").format(title=short(doc.title, 60)))
        ws, doc_id = self.ws, doc.id
        self.check_task = task = Task(lambda _report: ws.check_document(doc_id, settings), self)
        task.succeeded.connect(self._checked)
        task.failed.connect(self._check_failed)
        task.start()
        return True

    def _checked(self, report: CheckReport) -> None:
        self.check_task = None
        if self._check_again:
            self._check_again = False
            self.run_check()
            return
        current = self.documents.current_id()
        if report.document_id != current:
            return self._check_stale()
        self.check.show_report(report)
        self._dismissals_changed()  # any dismissed while it ran
        self.check.set_annotate(self._annotate_reason(report))

    def _check_failed(self, error: str) -> None:
        self.check_task = None
        self._check_again = False
        self.check.show_report(None, tr("The check failed: {error}").format(error=error))

    def _stored_settings(self, doc: DocumentRow | None) -> dict:
        if doc is None:
            return {"word_limit": None, "joint": False, "count_footnotes": False}
        return self.settings.check_settings(self.location, doc.id)

    def _check_settings_changed(self) -> None:
        doc = self.documents.current()
        s = self.check.settings()
        was = self._stored_settings(doc)
        if (s.word_limit, s.joint, s.count_footnotes) == (
            was["word_limit"],
            was["joint"],
            was["count_footnotes"],
        ):
            return  # the spin box left without a change
        if doc is not None:
            self.settings.set_check_settings(
                self.location, doc.id, s.word_limit, s.joint, s.count_footnotes
            )
        self.run_check()

    # -- findings -------------------------------------------------------------------------------
    def _jump_to_finding(self, f: Finding) -> None:
        report = self.check.report
        if report is None or report.document_id is None:
            return
        if f.paragraph_id is None:
            self.message(tr("This finding is about the whole document"))
            return
        if self.open_paragraph(report.document_id, f.paragraph_id):
            self.check.list.setFocus()  # Enter again goes to the next one's paragraph

    def dismiss_finding(self, key: str) -> bool:
        report = self.check.report
        if report is None or report.document_id is None:
            return False
        cmd = DismissFindingCommand(self.session, report.document_id, key)
        done = self.session.push(cmd)
        if done:
            self.message(tr("Finding dismissed for this document (Ctrl+Z brings it back)"))
        return done

    def restore_finding(self, key: str) -> bool:
        report = self.check.report
        if report is None or report.document_id is None:
            return False
        return self.session.push(RestoreFindingCommand(self.session, report.document_id, key))

    def _dismissals_changed(self) -> None:
        """Findings dismissed or restored: set apart again, without checking again."""
        report = self.check.report
        if report is None or report.document_id is None:
            return
        try:
            marks = {d.key: d for d in self.ws.dismissed_findings(report.document_id)}
        except ReviewerError:
            return self._check_stale()
        plain = [
            replace(f, note=None, dismissed_by=None, dismissed_at=None)
            for f in (*report.findings, *report.dismissed)
        ]
        plain.sort(key=report_order)
        left = tuple(f for f in plain if f.key not in marks)
        apart = tuple(
            replace(
                f,
                note=marks[f.key].note,
                dismissed_by=marks[f.key].by,
                dismissed_at=marks[f.key].at,
            )
            for f in plain
            if f.key in marks
        )
        self.check.show_report(replace(report, findings=left, dismissed=apart))

    # -- the Word outputs --------------------------------------------------------------------
    def _annotate_reason(self, report: CheckReport) -> str | None:
        if report.format != "docx":
            return tr("only a Word (.docx) draft can carry comments; this one is {format}").format(
                format=report.format.upper()
            )
        return None

    def save_check_report(self, path: Path | str | None = None) -> Path | None:
        report = self.check.report
        if report is None:
            self.message(tr("Check a draft first (F7)"))
            return None
        if path is None:
            default = Path.home() / tr("{title} - check.docx").format(title=file_name(report.title))
            name, _ = QFileDialog.getSaveFileName(
                self, tr("Save check report"), str(default), tr("Word document (*.docx)")
            )
            if not name:
                return None
            path = name
        from reviewer.export import ExportError, export_check_report  # python-docx: only now

        try:
            done = export_check_report(report, path, author=self.ws.author, language=i18n.current())
        except (ExportError, ReviewerError, OSError) as exc:
            self.message(tr("The check report was not saved: {exc}").format(exc=exc))
            return None
        self.message(
            tr("Check report saved: {file} (%n finding(s))", "", done.findings).format(
                file=done.file
            )
        )
        return Path(done.file)

    def save_annotated_copy(
        self, path: Path | str | None = None, source: Path | str | None = None
    ) -> Path | None:
        """A copy of the Word draft with each finding as a comment on its paragraph."""
        report = self.check.report
        if report is None or report.document_id is None:
            self.message(tr("Check a draft first (F7)"))
            return None
        reason = self._annotate_reason(report)
        if reason is not None:
            self.message(tr("No annotated copy: {reason}").format(reason=reason))
            return None
        known = self.settings.document_file(self.location, report.document_id)
        if source is None and known is not None and known[0].is_file():
            source = known[0]
        if source is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                tr("Where is the draft {file}?").format(file=report.file),
                str(Path.home()),
                tr("Word document (*.docx)"),
            )
            if not name:
                return None
            source = name
        source = Path(source)
        if path is None:
            default = source.with_name(tr("{name} (checked).docx").format(name=source.stem))
            name, _ = QFileDialog.getSaveFileName(
                self, tr("Save annotated copy"), str(default), tr("Word document (*.docx)")
            )
            if not name:
                return None
            path = name
        from reviewer.export import ExportError, annotate_draft

        try:
            done = annotate_draft(report, source, path, language=i18n.current())
        except (ExportError, ReviewerError, OSError) as exc:
            self.message(tr("The annotated copy was not saved: {exc}").format(exc=exc))
            return None
        moved = known is not None and known[1] and digest(source) != known[1]
        note = tr("; the file changed since it was checked: comments went by text") if moved else ""
        self.message(
            tr("Annotated copy saved: {file} (%n comment(s)){note}", "", done.comments).format(
                file=done.file, note=note
            )
        )
        return Path(done.file)


def report_order(f: Finding) -> tuple:
    """The check's own order: the draft's paragraphs, then the rules' order."""
    rules = [r.value for r in Rule]
    rule = rules.index(f.rule) if f.rule in rules else len(rules)
    return (-1 if f.paragraph_index is None else f.paragraph_index, rule, f.key)
