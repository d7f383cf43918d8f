"""Tags as coloured chips: checked ones are on the current paragraph; keys 1–9 toggle
the tags they belong to (numbered on the chips)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit, QToolButton, QVBoxLayout, QWidget

from reviewer.workspace import TagRow
from ui import theme
from ui.i18n import tr
from ui.panels.flow_layout import FlowLayout


def _chip_style(colour: str) -> str:
    """A chip in the tag's colour: its name in that colour, darkened (or, in the dark
    theme, lightened) until it reads on the pane; checked, the colour filled."""
    c = QColor(colour)
    rgba = f"rgba({c.red()},{c.green()},{c.blue()},0.14)"
    ink = theme.readable(c, theme.hex("inspector")).name()
    return (
        f"QToolButton {{ border: 1px solid {colour}; border-radius: 10px; padding: 2px 9px;"
        f" color: {ink}; background: {rgba}; }}"
        f"QToolButton:checked {{ background: {colour}; color: {theme.ink_on(c).name()}; }}"
        f"QToolButton:focus {{ border: 2px solid {theme.hex('accent')}; }}"
    )


class TagBar(QWidget):
    toggled = Signal(str, bool)  # tag name, on

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tags: list[TagRow] = []
        self.buttons: dict[str, QToolButton] = {}
        self.chips = QWidget(self)
        self.flow = FlowLayout(self.chips)
        self.new_tag = QLineEdit(self)
        self.new_tag.setPlaceholderText(tr("New tag… (Enter adds it to this paragraph)"))
        self.new_tag.setClearButtonEnabled(True)
        self.new_tag.returnPressed.connect(self._add_new)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.chips)
        layout.addWidget(self.new_tag)

    def set_tags(self, tags: list[TagRow]) -> None:
        for b in self.buttons.values():
            self.flow.removeWidget(b)
            b.deleteLater()
        self.buttons = {}
        self.tags = list(tags)
        for tag in self.tags:
            b = QToolButton(self.chips)
            b.setCheckable(True)
            b.setText(f"{tag.shortcut}  {tag.name}" if tag.shortcut else tag.name)
            tip = tr("Toggle “{name}” on this paragraph").format(name=tag.name)
            if tag.shortcut:
                tip += " " + tr("(shortcut {key})").format(key=tag.shortcut)
            if tag.parent:
                tip += "; " + tr("in the group “{group}”").format(group=tag.parent)
            b.setToolTip(tip + f"; {tag.paragraphs} ¶")
            b.setStyleSheet(_chip_style(tag.colour or theme.hex("chip")))
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.clicked.connect(lambda on, name=tag.name: self.toggled.emit(name, on))
            self.flow.addWidget(b)
            self.buttons[tag.name] = b
        self._fit()
        self.chips.updateGeometry()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Splitters ignore height-for-width: give the chips the lines they wrap onto."""
        self.chips.setMinimumHeight(self.flow.heightForWidth(max(self.chips.width(), 50)))

    def set_active(self, names: set[str], enabled: bool = True) -> None:
        for name, b in self.buttons.items():
            b.setChecked(name in names)
            b.setEnabled(enabled)
        self.new_tag.setEnabled(enabled)

    def tag_at(self, n: int) -> TagRow | None:
        """The tag key ``n`` toggles, as numbered on the chips."""
        return next((t for t in self.tags if t.shortcut == n), None)

    def _add_new(self) -> None:
        name = " ".join(self.new_tag.text().split())
        if name:
            self.new_tag.clear()
            self.toggled.emit(name, True)
