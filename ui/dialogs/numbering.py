"""Short numbers › Propose a reading…: the orders a document's short numbers may
follow, each with how many of its sections' numbers land on recommendations about the
section's subject, the proposed one first and selected.

Choosing one and pressing Accept reads the numbers that way (links with origin
"inferred"); the window does it through an undo command, so Ctrl+Z takes it back.
Nothing is linked from here without that press.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
)

from reviewer.workspace import NumberingCandidate, NumberingProposal
from ui.core_facts import said
from ui.i18n import tr

COLUMNS = (QT_TR_NOOP("Reading"), QT_TR_NOOP("Numbers landing"), QT_TR_NOOP("Share"))


class NumberingDialog(QDialog):
    """``chosen()`` is the reading to accept once the dialog is accepted."""

    def __init__(self, proposal: NumberingProposal, title: str, parent=None):
        super().__init__(parent)
        self.proposal = proposal
        self.setWindowTitle(tr("Propose a reading of the short numbers"))
        self.resize(760, 520)
        head = QLabel(self)
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.RichText)
        report = escape(proposal.report or tr("no report"))
        why = escape(said(proposal.reason))
        against = tr("Short numbers read against {report}").format(report=f"<b>{report}</b>")
        head.setText(
            f"<b>{escape(title)}</b><br>{against}"
            + (f" ({escape(said(proposal.report_from))})" if proposal.report_from else "")
            + (f"<br>{why}" if why else "")
        )
        self.table = QTableWidget(len(proposal.candidates), len(COLUMNS), self)
        self.table.setObjectName("numberingCandidates")
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for row, c in enumerate(proposal.candidates):
            mark = " — " + tr("proposed") if row == proposal.proposed else ""
            mark += " — " + tr("accepted now") if c.reading == proposal.accepted else ""
            cells = (
                f"{said(c.label)}{mark}",
                tr("{landed} of {total}").format(landed=c.landed, total=c.total),
                f"{c.share:.0%}",
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if row == proposal.proposed:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)
        self.evidence = QTextBrowser(self)
        self.evidence.setObjectName("numberingEvidence")
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.evidence)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.accept_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.accept_button.setText(tr("&Accept this reading"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._show_evidence)
        start = proposal.proposed if proposal.proposed is not None else 0
        if proposal.candidates:
            self.table.selectRow(start)
        else:
            self.evidence.setPlainText(tr("No order to try: the report's numbers are not known."))
        self._show_evidence()
        self.table.setFocus()

    def current(self) -> NumberingCandidate | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proposal.candidates[rows[0].row()]

    def chosen(self) -> str | None:
        c = self.current()
        return c.reading if c is not None else None

    def _show_evidence(self) -> None:
        c = self.current()
        self.accept_button.setEnabled(c is not None and c.reading != self.proposal.accepted)
        if c is None:
            return
        lines = "".join(f"<li>{escape(said(e))}</li>" for e in c.evidence)
        landed = tr(
            "{reading}: {landed} of {total} numbers land on recommendations about their "
            "section's subject."
        ).format(reading=f"<b>{escape(said(c.label))}</b>", landed=c.landed, total=c.total)
        self.evidence.setHtml(f"<p>{landed}</p><ul>{lines}</ul>")
