"""The inspector's note on a paragraph of a new version: "changed since reviewed"
(its text changed after someone worked on it) with the difference from the version
before and a way to clear the mark; or, quieter, how it differs when nobody had
worked on it (edited, new, split, merged, moved).

It only shows and asks; the inspector acts through undo commands.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from reviewer.workspace import DiffParagraph, ParagraphChange, ParagraphRow
from ui import theme
from ui.i18n import tr
from ui.render import MUTED
from ui.render_changes import CHANGED, CHANGED_SINCE, CHANGED_TIP, change_line, words_html

STYLE = """
QWidget#changeBar {{ background: {back}; border: 1px solid {line}; border-radius: 4px; }}
QWidget#changeBar QLabel {{ background: transparent; color: ${{text}}; }}
QWidget#changeBar QScrollArea, QWidget#changeBar QScrollArea > QWidget > QWidget {{
    background: transparent; border: none;
}}
QWidget#changeBar QPushButton {{ padding: 2px 10px; }}
"""
# the theme's roles (ui.theme.style fills them)
CHANGED_COLOURS = ("${change_back}", "${change_line}")
QUIET_COLOURS = ("${window}", "${border}")


class ChangeBar(QWidget):
    mark_reviewed = Signal()  # the paragraph is reviewed as it now reads: the mark goes
    clear_mark = Signal()  # the mark goes, the reviewed state stays

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("changeBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = QLabel(self)
        self.title.setObjectName("changeTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.diff = QLabel(self)
        self.diff.setObjectName("changeDiff")
        self.diff.setWordWrap(True)
        self.diff.setTextFormat(Qt.TextFormat.RichText)
        self.diff.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.diff.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.diff)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setMaximumHeight(150)
        self.reviewed_button = QPushButton(tr("Mark &reviewed"), self)
        self.reviewed_button.setObjectName("changeReviewed")
        self.reviewed_button.setToolTip(
            tr("The paragraph is reviewed as it now reads: the mark goes (Space; Ctrl+Z undoes)")
        )
        self.reviewed_button.clicked.connect(self.mark_reviewed)
        self.clear_button = QPushButton(tr("Clear mark"), self)
        self.clear_button.setObjectName("changeClear")
        self.clear_button.setToolTip(tr("Take the mark off without marking it reviewed"))
        self.clear_button.clicked.connect(self.clear_mark)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.reviewed_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll)
        layout.addLayout(buttons)
        self.changed = False
        self.hide()

    def show_for(
        self,
        row: ParagraphRow | None,
        change: DiffParagraph | None,
        version: int | None,
        writable: bool = True,
    ) -> None:
        line = change_line(change, version)
        self.changed = bool(row is not None and row.changed_since_review)
        if row is None or not (self.changed or line):
            self.hide()
            return
        back, edge = CHANGED_COLOURS if self.changed else QUIET_COLOURS
        theme.style(self, STYLE.format(back=back, line=edge))
        words = change.words if change is not None else ()
        if self.changed:
            self.title.setText(
                f"<b style='color:{CHANGED}'>⚠ {escape(tr(CHANGED_SINCE))}</b>"
                + (f" <span style='color:{MUTED}'>· {escape(line)}</span>" if line else "")
            )
            self.title.setToolTip(tr(CHANGED_TIP))
        else:
            self.title.setText(
                tr("<span style='color:{value}'>✎ {value2}</span>").format(
                    value=theme.colour("secondary"), value2=escape(line[:1].upper() + line[1:])
                )
            )
            self.title.setToolTip("")
        if words:
            self.diff.setText(words_html(words))
        elif change is not None and change.change == ParagraphChange.ADDED:
            self.diff.setText(
                tr("<i style='color:{MUTED}'>Not in the version before.</i>").format(MUTED=MUTED)
            )
        else:
            self.diff.setText("")
        self.scroll.setVisible(bool(self.diff.text()))
        for b in (self.reviewed_button, self.clear_button):
            b.setVisible(self.changed)
            b.setEnabled(writable)
        self.show()
