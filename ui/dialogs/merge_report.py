"""File › Merge workspace… and File › Copy workspace to…: where from (or to), and
what a merge did.

``PlaceDialog`` asks for a workspace file (Browse…) or a team database's
``postgresql://`` URL, with its password when libpq's own sources lack it (given to
the connection alone, never kept).  ``MergeReportDialog`` shows the report: how
many of each kind were added and updated, then each conflict (what, the text or
decision kept, the other and where it was kept) and what was not brought in.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.paths import is_server_url
from reviewer.workspace import MergeReport
from ui.core_facts import said
from ui.i18n import tr

WORKSPACES = QT_TR_NOOP("UPR Reviewer workspaces (*.sqlite *.upr.sqlite *.db);;All files (*)")
KIND_LABELS = {
    "reviews": QT_TR_NOOP("Reviews"),
    "documents": QT_TR_NOOP("Documents"),
    "paragraphs": QT_TR_NOOP("Paragraphs"),
    "recommendations": QT_TR_NOOP("Recommendations"),
    "predecessors": QT_TR_NOOP("Predecessor decisions"),
    "dismissals": QT_TR_NOOP("Dismissed findings"),
    "tags": QT_TR_NOOP("Tags"),
    "paragraph_tags": QT_TR_NOOP("Tagged paragraphs"),
    "passage_tags": QT_TR_NOOP("Tagged passages"),
    "notes": QT_TR_NOOP("Notes"),
    "links": QT_TR_NOOP("Links"),
    "reviewed": QT_TR_NOOP("Reviewed marks"),
    "history": QT_TR_NOOP("History entries"),
    "recommendation_texts": QT_TR_NOOP("Recommendations' texts in other languages"),
}


def merge_summary(report: MergeReport) -> str:
    """One sentence in the window's language: "7 rows added; 3 rows updated; 1 conflict
    (both texts kept)" (the table under it gives them kind by kind)."""
    added = sum(n for k, n in report.added.items() if k != "history")
    updated = sum(n for k, n in report.updated.items() if k != "history")
    parts = []
    if added:
        parts.append(tr("%n row(s) added", "", added))
    if updated:
        parts.append(tr("%n row(s) updated", "", updated))
    if report.conflicts:
        parts.append(tr("%n conflict(s) (both texts kept)", "", len(report.conflicts)))
    if report.added.get("history") and not parts:
        parts.append(tr("%n history entry(s) added", "", report.added["history"]))
    return "; ".join(parts) or tr("nothing new: this workspace already had all of it")


def is_url(text: str) -> bool:
    return is_server_url(text)


class PlaceDialog(QDialog):
    """A workspace file or a team database's URL (and its password)."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, action: str, save: bool):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.save = save
        self.place = QLineEdit(self)
        self.place.setObjectName("place")
        self.place.setPlaceholderText(tr("a .sqlite file, or postgresql://user@host/database"))
        self.place.setClearButtonEnabled(True)
        browse = QPushButton(tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.place, 1)
        row.addWidget(browse)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("only if ~/.pgpass or $PGPASSWORD lacks it"))
        text = QLabel(intro, self)
        text.setWordWrap(True)
        form = QFormLayout()
        where = QLabel(tr("&Workspace:"), self)
        where.setBuddy(self.place)
        form.addRow(where, row)
        self.password_label = QLabel(tr("&Password:"), self)
        self.password_label.setBuddy(self.password)
        form.addRow(self.password_label, self.password)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.place.textChanged.connect(self._update)
        self._update()
        self.resize(620, self.sizeHint().height())

    def _update(self) -> None:
        url = is_url(self.place.text())
        self.password.setEnabled(url)
        self.password_label.setEnabled(url)
        self.ok.setEnabled(bool(self.place.text().strip()))

    def browse(self) -> None:
        start = self.place.text().strip()
        start = "" if is_url(start) else start
        if self.save:
            name, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), start, tr(WORKSPACES))
        else:
            name, _ = QFileDialog.getOpenFileName(self, self.windowTitle(), start, tr(WORKSPACES))
        if name:
            self.place.setText(name)

    def location(self) -> str:
        return self.place.text().strip()

    def given_password(self) -> str | None:
        return (self.password.text() or None) if is_url(self.location()) else None


def merge_place(parent: QWidget | None) -> PlaceDialog:
    return PlaceDialog(
        parent,
        tr("Merge workspace"),
        tr(
            "Bring another copy's documents and work into this workspace: a copy taken to "
            "a laptop, a colleague's file, or the team's database. Nothing is lost: when "
            "both copies changed one note or decided one link, the later stays and the "
            "other is kept beside it or in the history. The other copy is only read."
        ),
        tr("&Merge"),
        save=False,
    )


def copy_place(parent: QWidget | None) -> PlaceDialog:
    return PlaceDialog(
        parent,
        tr("Copy workspace to"),
        tr(
            "Copy this workspace, every row as it is, to a new file (to work offline) or "
            "to an empty team database. Work on the copy can be merged back later with "
            "File › Merge workspace…."
        ),
        tr("&Copy"),
        save=True,
    )


class MergeReportDialog(QDialog):
    """What a merge did: counts per kind, then each conflict and what was left out."""

    def __init__(self, report: MergeReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(tr("Merge workspace: report"))
        self.head = head = QLabel(
            tr("<b>Merged {source}</b><br>{value}").format(
                source=_html(report.source), value=_html(merge_summary(report))
            ),
            self,
        )
        head.setObjectName("summary")
        head.setWordWrap(True)
        head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        kinds = [k for k in KIND_LABELS if any(report.counts(k))]
        locale = QLocale()
        self.counts = _table(self, ("", tr("Added"), tr("Updated"), tr("Conflicts")), [
            (tr(KIND_LABELS[k]), *(locale.toString(n) if n else "" for n in report.counts(k)))
            for k in kinds
        ])  # fmt: skip
        self.counts.setObjectName("counts")
        if kinds:
            layout.addWidget(self.counts, 1)
        else:
            self.counts.hide()
        self.conflicts = _table(
            self,
            (tr("Conflict"), tr("Kept here"), tr("The other copy's")),
            [(said(c.what), said(c.kept), said(c.other)) for c in report.conflicts],
        )
        self.conflicts.setObjectName("conflicts")
        if report.conflicts:
            layout.addWidget(_caption(self, tr("Both copies changed these; nothing was lost:")))
            layout.addWidget(self.conflicts, 2)
        else:
            self.conflicts.hide()
        self.skipped = _table(
            self,
            (tr("Not brought in"), tr("Why")),
            [(said(s.what), said(s.why)) for s in report.skipped],
        )
        self.skipped.setObjectName("skipped")
        if report.skipped:
            layout.addWidget(self.skipped, 1)
        else:
            self.skipped.hide()
        if report.backup:
            note = _caption(
                self,
                tr(
                    "The workspace as it was before the merge: {name} (File › Restore from backup…)"
                ).format(name=report.backup.name),
            )
            layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(860, 540 if report.conflicts or report.skipped else 360)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        for table in (self.counts, self.conflicts, self.skipped):
            table.resizeRowsToContents()  # wrapped at the widths the layout gave
        rows = sum(self.counts.rowHeight(r) for r in range(self.counts.rowCount()))
        self.counts.setMaximumHeight(
            self.counts.horizontalHeader().height() + rows + 2 * self.counts.frameWidth() + 2
        )


def _html(text: str) -> str:
    from html import escape

    return escape(text)


def _caption(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def _table(parent: QWidget, headers: tuple[str, ...], rows: list[tuple]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            item.setToolTip(str(value))
            if c and headers[0] == "":  # counts: numbers on the right
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    for c in range(len(headers)):
        mode = QHeaderView.ResizeMode.Stretch if c else QHeaderView.ResizeMode.ResizeToContents
        if headers[0] != "":
            mode = QHeaderView.ResizeMode.Stretch
        header.setSectionResizeMode(c, mode)
    header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
    return table
