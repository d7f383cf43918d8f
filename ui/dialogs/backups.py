"""File › Restore from backup…: the workspace's backup copies, newest first.

Each row says when the copy was made, why, and what it holds (documents,
paragraphs, links, tagged paragraphs, notes), so a reviewer can pick the copy from
before the mistake.  Restoring backs up the current state first, so it can itself be
undone by restoring that copy.  The number of copies kept is a setting here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import Workspace, WorkspaceError
from ui.i18n import tr, when

COLUMNS = (
    QT_TR_NOOP("Made"),
    QT_TR_NOOP("Why"),
    QT_TR_NOOP("Documents"),
    QT_TR_NOOP("Paragraphs"),
    QT_TR_NOOP("Links"),
    QT_TR_NOOP("Tagged"),
    QT_TR_NOOP("Notes"),
)
COUNTED = ("document", "paragraph", "link", "paragraph_tag", "note")
REASONS = {
    "daily": QT_TR_NOOP("daily copy"),
    "manual": QT_TR_NOOP("made by hand"),
    "before-restore": QT_TR_NOOP("before a restore"),
}


def describe_reason(reason: str) -> str:
    if reason.startswith("before-upgrade"):
        return tr("before an upgrade")
    return tr(REASONS[reason]) if reason in REASONS else reason.replace("-", " ")


class RestoreDialog(QDialog):
    """Emits ``restored(copy, previous)`` after a restore; the window then re-reads."""

    restored = Signal(str, str)

    def __init__(self, ws: Workspace, keep: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(tr("Restore from backup"))
        self.infos = []
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # "Why" takes the room
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _: self.restore_selected())
        self.where = QLabel(self)
        self.where.setObjectName("hint")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keep = QSpinBox(self)
        self.keep.setRange(1, 999)
        self.keep.setValue(keep)
        self.keep.setSuffix(tr(" newest copies"))
        keep_label = QLabel(tr("&Keep the"), self)
        keep_label.setBuddy(self.keep)
        row = QHBoxLayout()
        row.addWidget(keep_label)
        row.addWidget(self.keep)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            tr("&Restore this copy"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.backup_button = self.buttons.addButton(
            tr("&Back up now"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.restore_button.clicked.connect(self.restore_selected)
        self.backup_button.clicked.connect(self.backup_now)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.where)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        self.infos = self.ws.backups()
        self.table.setRowCount(len(self.infos))
        for r, info in enumerate(self.infos):
            cells = [f"{info.created:%Y-%m-%d %H:%M}", describe_reason(info.reason)]
            if info.error:
                cells += [tr("damaged"), "", "", "", ""]
            else:
                cells += [QLocale().toString(info.counts.get(t, 0)) for t in COUNTED]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.file) if c < 2 else info.error or "")
                if c >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        folder = self.ws.path.with_name(self.ws.path.name + ".backups")
        self.where.setText(
            (
                tr("Copies are kept in {folder}")
                if self.infos
                else tr("No copies yet; they go in {folder}")
            ).format(folder=folder)
        )
        if self.infos:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and not info.error)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.infos[rows[0].row()] if rows else None

    def backup_now(self) -> Path | None:
        self.ws.backup_keep = self.keep.value()
        try:
            made = self.ws.backup("manual")
        except WorkspaceError as exc:
            QMessageBox.warning(self, tr("Back up now"), str(exc))
            return None
        self.reload()
        return made

    def restore_selected(self, confirm: bool = True) -> bool:
        info = self.selected()
        if info is None or info.error:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                tr("Restore from backup"),
                tr(
                    "Make the workspace what it was on {created} ({reason})?\n\nThe current "
                    "state is backed up first, so you can come back to it from this list."
                ).format(
                    created=when(info.created),
                    reason=describe_reason(info.reason),
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.ws.backup_keep = self.keep.value()
        try:
            before = self.ws.restore(info.file)
        except WorkspaceError as exc:
            QMessageBox.warning(self, tr("Restore from backup"), str(exc))
            return False
        self.restored.emit(str(info.file), str(before))
        self.accept()
        return True
