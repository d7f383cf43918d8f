"""A filter's drop-down list filled again with the choices there are now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox


def refill(combo: QComboBox, first: str, items: list[tuple[str, object]], tips=False) -> None:
    """``first`` (data None: no filter), then ``items`` (text, data); the choice made
    before stays chosen if it is still there, else ``first``; no signal is sent.
    ``tips``: each item's text as its tool tip too (for texts the list cuts short)."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(first, None)
    for text, data in items:
        combo.addItem(text, data)
        if tips:
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
    combo.blockSignals(False)
