"""The Check pane: the selected draft checked against the UPR guidelines and the
recommendations, its findings grouped by kind (citations, form, coverage), each
with its paragraph, what is wrong and a one-line fix.

Click or Enter jumps to the paragraph; Delete dismisses a finding (kept per
document, Ctrl+Z brings it back); "Show dismissed" lists them again, to restore.
The settings (word limit, joint submission, footnotes counted) are the core's
``CheckSettings``.  The pane only shows and asks; the window runs the check and
acts through undo commands.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TR_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import (
    INDIVIDUAL_WORD_LIMIT,
    JOINT_WORD_LIMIT,
    RULE_TITLES,
    CheckReport,
    CheckSettings,
    Finding,
)
from ui import i18n, theme
from ui.delegates import HtmlDelegate
from ui.i18n import tr
from ui.models import HTML_ROLE
from ui.render import MUTED, local_time, short

# the kinds findings are grouped by, in the order shown
GROUPS = (
    (QT_TR_NOOP("Citations"), ("number", "symbol", "state", "position", "range")),
    (QT_TR_NOOP("Form"), ("words", "numbering", "keywords", "organisation", "period", "annex")),
    (QT_TR_NOOP("Coverage"), ("coverage",)),
)
SEVERITY_NAMES = {"error": QT_TR_NOOP("error"), "warning": QT_TR_NOOP("warning"),
                  "info": QT_TR_NOOP("info")}  # fmt: skip
SEVERITY_COLOURS = {s: theme.colour(s) for s in ("error", "warning", "info")}
FIX, DISMISSED, ERROR = theme.colour("fix"), theme.colour("dismissed"), theme.colour("error")
HEADING = theme.colour("heading")
KEY_ROLE = Qt.ItemDataRole.UserRole + 40  # a finding's key (None: a group's heading)
DISMISSED_ROLE = Qt.ItemDataRole.UserRole + 41


def group_of(rule: str) -> str:
    return next((name for name, rules in GROUPS if rule in rules), GROUPS[1][0])


def place(f: Finding) -> str:
    """'¶ 3', 'paragraph 5 (unnumbered)' or 'whole document'."""
    if f.label:
        return f"¶ {f.label}"
    if f.paragraph_index is not None:
        return tr("paragraph {n} (unnumbered)").format(n=f.paragraph_index + 1)
    return tr("whole document")


def in_language(value: str) -> str:
    """A finding's message or fix in the window's language (the check keeps what it
    says as keys and arguments; a text read back from elsewhere stays as it is).
    Imported here: reviewer.export brings python-docx, which the first paint waits
    for no longer (tests/ui/test_startup_window.py)."""
    from reviewer.export import render_words

    return render_words(value, i18n.current())


def finding_html(f: Finding, dismissed: bool = False) -> str:
    colour = SEVERITY_COLOURS.get(f.severity, MUTED)
    message = escape(in_language(f.message))
    fix = escape(tr("Fix:"))
    if dismissed:
        message = f"<s style='color:{MUTED}'>{message}</s>"
    out = (
        f"<b>{escape(place(f))}</b> <span style='color:{colour}'>"
        f"{escape(tr(SEVERITY_NAMES.get(f.severity, f.severity)))}</span>"
        f" <span style='color:{MUTED}'>· {escape(RULE_TITLES.get(f.rule, f.rule))}</span>"
        f"<br>{message}<br><span style='color:{FIX}; font-weight:600'>{fix}</span> "
        f"{escape(in_language(f.fix))}"
    )
    if dismissed:
        said = tr("Dismissed")
        if f.dismissed_by:
            said = tr("Dismissed by {who}").format(who=f.dismissed_by)
        when = f", {local_time(f.dismissed_at)}" if f.dismissed_at else ""
        note = f": {f.note}" if f.note else ""
        out += f"<br><span style='color:{MUTED}'>{escape(said + when + note)}</span>"
    return out


class FindingDelegate(HtmlDelegate):
    """A finding after a dot of its severity's colour; a group's heading as it is."""

    def text_left(self) -> int:
        return 22

    def paint_gutter(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        if index.data(KEY_ROLE) is None:
            return
        colour = SEVERITY_COLOURS.get(index.data(Qt.ItemDataRole.UserRole) or "", MUTED)
        if index.data(DISMISSED_ROLE):
            colour = DISMISSED
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(str(colour)))
        painter.drawEllipse(option.rect.x() + 8, option.rect.y() + self.PAD_Y + 4, 8, 8)


class CheckPanel(QWidget):
    jump = Signal(object)  # Finding: show its paragraph
    dismiss = Signal(str)  # a finding's key
    restore = Signal(str)
    recheck = Signal()
    settings_changed = Signal()
    save_report = Signal()
    save_annotated = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("checkPanel")
        self.report: CheckReport | None = None
        self.findings: dict[str, Finding] = {}
        self.summary = QLabel(self)
        self.summary.setObjectName("checkSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setMinimumWidth(120)
        self.limit = QSpinBox(self)
        self.limit.setObjectName("checkWordLimit")
        self.limit.setRange(0, 100_000)
        self.limit.setSingleStep(100)
        self.limit.setSpecialValueText(tr("the guidelines'"))
        self.limit.setToolTip(
            tr("Words allowed (footnotes aside); the guidelines': {one} for one organisation, "
               "{joint} for a joint submission").format(
                one=f"{INDIVIDUAL_WORD_LIMIT:,}", joint=f"{JOINT_WORD_LIMIT:,}"
            )
        )  # fmt: skip
        self.limit.editingFinished.connect(self.settings_changed)
        limit_label = QLabel(tr("&Word limit:"), self)
        limit_label.setBuddy(self.limit)
        self.joint = QCheckBox(tr("&Joint submission"), self)
        self.joint.setObjectName("checkJoint")
        self.joint.toggled.connect(lambda _on: self.settings_changed.emit())
        self.footnotes = QCheckBox(tr("Count &footnotes"), self)
        self.footnotes.setObjectName("checkFootnotes")
        self.footnotes.toggled.connect(lambda _on: self.settings_changed.emit())
        self.recheck_button = QPushButton(tr("Re-chec&k"), self)
        self.recheck_button.clicked.connect(self.recheck)
        self.list = QListWidget(self)
        self.list.setObjectName("findingsList")
        self.list.setItemDelegate(FindingDelegate(self.list))
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.itemClicked.connect(self._clicked)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.installEventFilter(self)
        self.dismiss_button = QPushButton(tr("&Dismiss"), self)
        self.dismiss_button.setObjectName("dismissFinding")
        self.dismiss_button.setToolTip(
            tr("Dismiss the selected finding for this document (Delete)")
        )
        self.dismiss_button.clicked.connect(self._dismiss)
        self.restore_button = QPushButton(tr("R&estore"), self)
        self.restore_button.setObjectName("restoreFinding")
        self.restore_button.setToolTip(tr("List the selected dismissed finding again"))
        self.restore_button.clicked.connect(self._restore)
        self.show_dismissed = QCheckBox(tr("Show dis&missed"), self)
        self.show_dismissed.setObjectName("showDismissed")
        self.show_dismissed.toggled.connect(lambda _on: self._fill())
        self.report_button = QPushButton(tr("Save &report…"), self)
        self.report_button.setObjectName("saveCheckReport")
        self.report_button.setToolTip(tr("The findings as a Word report (.docx)"))
        self.report_button.clicked.connect(self.save_report)
        self.annotate_button = QPushButton(tr("Save &annotated copy…"), self)
        self.annotate_button.setObjectName("saveAnnotated")
        self.annotate_button.clicked.connect(self.save_annotated)
        self.notes = QLabel(self)
        self.notes.setObjectName("checkNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.recheck_button, 0, Qt.AlignmentFlag.AlignVCenter)
        options = QHBoxLayout()
        for w in (limit_label, self.limit, self.joint, self.footnotes):
            options.addWidget(w, 0, Qt.AlignmentFlag.AlignVCenter)
        options.addStretch(1)
        bottom = QHBoxLayout()
        for w in (self.dismiss_button, self.restore_button, self.show_dismissed):
            bottom.addWidget(w)
        bottom.addStretch(1)
        bottom.addWidget(self.report_button)
        bottom.addWidget(self.annotate_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.notes)
        layout.addLayout(bottom)
        self.show_report(None, tr("Select a draft to check it."))

    # -- settings ------------------------------------------------------------------------
    def set_settings(self, word_limit: int | None, joint: bool, count_footnotes: bool) -> None:
        for w in (self.limit, self.joint, self.footnotes):
            w.blockSignals(True)
        self.limit.setValue(word_limit or 0)
        self.joint.setChecked(joint)
        self.footnotes.setChecked(count_footnotes)
        for w in (self.limit, self.joint, self.footnotes):
            w.blockSignals(False)

    def settings(self) -> CheckSettings:
        return CheckSettings(
            word_limit=self.limit.value() or None,
            joint=self.joint.isChecked(),
            count_footnotes=self.footnotes.isChecked(),
        )

    # -- showing -------------------------------------------------------------------------
    def show_report(self, report: CheckReport | None, text: str = "") -> None:
        """The findings of ``report``; without one, ``text`` says why there are none."""
        self.report = report
        if report is None:
            self.summary.setText(f"<span style='color:{MUTED}'>{escape(text)}</span>")
            self.notes.setText("")
        else:
            left, gone = len(report.findings), len(report.dismissed)
            over = report.words > report.word_limit
            counted = tr("{words} of {limit} words").format(
                words=f"{report.words:,}", limit=f"{report.word_limit:,}"
            )
            words = f"<span style='color:{ERROR if over else MUTED}'>{escape(counted)}</span>"
            found = tr("nothing left to fix") if not left else tr("%n finding(s)", "", left)
            more = tr(", %n dismissed", "", gone) if gone else ""
            title = escape(short(report.title, 60))
            self.summary.setText(
                f"<b>{found[:1].upper() + found[1:]}</b>{more} · {words} · "
                f"<span style='color:{MUTED}'>{title}</span>"
            )
            self.summary.setToolTip(f"{report.title}\n{report.file}")
            self.notes.setText(
                "<br>".join(
                    f"<span style='color:{MUTED}'>ⓘ {escape(n[:1].upper() + n[1:])}</span>"
                    for n in report.notes
                )
            )
        self.notes.setVisible(bool(self.notes.text()))
        self._fill()

    def set_busy(self, text: str) -> None:
        self.summary.setText(f"<span style='color:{MUTED}'>{escape(text)}</span>")

    def _fill(self) -> None:
        keep = self.current_key()
        self.list.clear()
        self.findings = {}
        r = self.report
        if r is not None:
            shown = [(f, False) for f in r.findings]
            if self.show_dismissed.isChecked():
                shown += [(f, True) for f in r.dismissed]
            for name, _rules in GROUPS:
                rows = [(f, d) for f, d in shown if group_of(f.rule) == name]
                if not rows:
                    continue
                head = QListWidgetItem(tr(name))
                head.setFlags(Qt.ItemFlag.ItemIsEnabled)
                head.setData(HTML_ROLE, f"<b style='color:{HEADING}'>{escape(tr(name))}</b> "
                                        f"<span style='color:{MUTED}'>· {len(rows)}</span>")  # fmt: skip
                self.list.addItem(head)
                for f, dismissed in rows:
                    item = QListWidgetItem(in_language(f.message))
                    item.setData(HTML_ROLE, finding_html(f, dismissed))
                    item.setData(KEY_ROLE, f.key)
                    item.setData(DISMISSED_ROLE, dismissed)
                    item.setData(Qt.ItemDataRole.UserRole, f.severity)
                    item.setToolTip(
                        tr("Fix: {fix}\nKey: {key}").format(fix=in_language(f.fix), key=f.key)
                    )
                    self.list.addItem(item)
                    self.findings[f.key] = f
                    if f.key == keep:
                        self.list.setCurrentItem(item)
        enabled = r is not None
        for w in (self.report_button, self.show_dismissed):
            w.setEnabled(enabled)
        self.restore_button.setVisible(self.show_dismissed.isChecked())
        self._update_buttons()

    def set_annotate(self, reason: str | None) -> None:
        """Enabled for a Word draft; else disabled with the reason as its tip."""
        self.annotate_button.setEnabled(reason is None)
        tip = tr("A copy of the Word draft with each finding as a comment on its paragraph")
        self.annotate_button.setToolTip(
            tip if reason is None else tr("Not available: {reason}").format(reason=reason)
        )

    # -- the current finding -------------------------------------------------------------
    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def current(self) -> Finding | None:
        key = self.current_key()
        return self.findings.get(key) if key else None

    def select(self, key: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE) == key:
                self.list.setCurrentRow(row)
                return True
        return False

    def _dismissed(self) -> bool:
        item = self.list.currentItem()
        return bool(item is not None and item.data(DISMISSED_ROLE))

    def _update_buttons(self) -> None:
        key = self.current_key()
        self.dismiss_button.setEnabled(key is not None and not self._dismissed())
        self.restore_button.setEnabled(key is not None and self._dismissed())

    def _clicked(self, item: QListWidgetItem) -> None:
        f = self.findings.get(item.data(KEY_ROLE) or "")
        if f is not None:
            self.jump.emit(f)

    def _dismiss(self) -> None:
        key = self.current_key()
        if key is not None and not self._dismissed():
            self.dismiss.emit(key)

    def _restore(self) -> None:
        key = self.current_key()
        if key is not None and self._dismissed():
            self.restore.emit(key)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                f = self.current()
                if f is not None:
                    self.jump.emit(f)
                return True
            if event.key() == Qt.Key.Key_Delete:
                (self._restore if self._dismissed() else self._dismiss)()
                return True
        return super().eventFilter(obj, event)
