"""The inspector's title: "¶ 2 · p. 1" over the document's title cut to one line, two
lines always, so the sections below stay where they are from one paragraph to the
next."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel

from reviewer.workspace import DocumentRow, ParagraphRow
from ui.i18n import tr
from ui.render import MUTED, right_to_left


class ParagraphTitle(QLabel):
    def __init__(self, parent=None):
        super().__init__(tr("No paragraph selected"), parent)
        self.setObjectName("inspectorTitle")
        self.setWordWrap(True)
        self.row: ParagraphRow | None = None
        self.document: DocumentRow | None = None

    def show_for(self, row: ParagraphRow | None, document: DocumentRow | None) -> None:
        self.row, self.document = row, document
        self._show()

    def _show(self) -> None:
        row = self.row
        if row is None:
            self.setText(
                tr("<span style='color:{MUTED}'>No paragraph selected</span>").format(MUTED=MUTED)
            )
            self.setToolTip("")
            return
        where = (
            f"¶ {escape(row.label)}"
            if row.label
            else escape(tr("Paragraph {number}").format(number=row.seq + 1))
        )
        page = f" · {row.pages}" if row.pages else ""
        doc = self.document.title if self.document else ""
        small = QFont(self.font())  # rich text's "small": 0.8 of the label's size
        small.setPointSizeF(small.pointSizeF() * 0.8)
        room = max(40, self.width() - 6)
        short = QFontMetrics(small).elidedText(doc, Qt.TextElideMode.ElideRight, room)
        text = tr(
            "<b>{where}</b><span style='color:{MUTED}'>{page}</span><br><span "
            "style='color:{MUTED}; font-size:small'>{short}</span>"
        ).format(where=where, MUTED=MUTED, page=page, short=escape(short))
        # "¶ 2" reads left to right over an Arabic title too (Qt would take the block's
        # direction from the title's first letter)
        self.setText(f'<div dir="ltr">{text}</div>' if right_to_left(doc) else text)
        self.setToolTip(doc if short != doc else "")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._show()  # the document's title cut to the new width
