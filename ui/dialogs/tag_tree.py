"""The tag manager's tree: groups and their tags with key and counts; typing a digit
gives the current tag its key, a drop says where tags should go (the dialog makes
the change; the tree is only ever re-filled from the workspace)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from reviewer.workspace import TagRow
from ui.i18n import tr

UID = Qt.ItemDataRole.UserRole
_NO_UPDATE = QItemSelectionModel.SelectionFlag.NoUpdate
NAME, KEY, PARAGRAPHS, PASSAGES = range(4)


def swatch(colour: str | None, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(colour or "#4f5d75"))
    return QIcon(pix)


class TagTree(QTreeWidget):
    """The tags' tree: digits give keys, a drop says where tags should go."""

    key_typed = Signal(int)  # 1-9, or 0 to take the key away
    dropped = Signal(list, str, str)  # uids moved, the tag dropped at, "on"/"above"/"below"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("tagTree")
        self.setColumnCount(4)
        self.setHeaderLabels([tr("Tag"), tr("Key"), "¶", tr("Passages")])
        self.headerItem().setToolTip(PARAGRAPHS, tr("Paragraphs tagged (latest versions)"))
        self.headerItem().setToolTip(KEY, tr("The key 1–9 that toggles it on a paragraph"))
        header = self.header()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for col in (KEY, PARAGRAPHS, PASSAGES):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDropIndicatorShown(True)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and self.state() != QAbstractItemView.State.EditingState:
            text = event.text()
            if text.isdigit() and len(text) == 1:
                self.key_typed.emit(int(text))
                return
            if event.key() == Qt.Key.Key_Backspace:
                self.key_typed.emit(0)
                return
        super().keyPressEvent(event)

    def dropEvent(self, event) -> None:
        target = self.itemAt(event.position().toPoint())
        where = {
            QAbstractItemView.DropIndicatorPosition.OnItem: "on",
            QAbstractItemView.DropIndicatorPosition.AboveItem: "above",
            QAbstractItemView.DropIndicatorPosition.BelowItem: "below",
        }.get(self.dropIndicatorPosition())
        uids = [i.data(NAME, UID) for i in self.selectedItems()]
        event.ignore()  # the tree is re-read from the workspace, never moved in place
        if target is not None and where and uids:
            at = target.data(NAME, UID)
            QTimer.singleShot(0, lambda: self.dropped.emit(uids, at, where))

    def fill(self, tags: list[TagRow]) -> None:
        """Show ``tags`` (in tree order), keeping the current and selected ones."""
        item = self.currentItem()
        keep_current = item.data(NAME, UID) if item is not None else None
        selected = {i.data(NAME, UID) for i in self.selectedItems()}
        self.clear()
        items: dict[str, QTreeWidgetItem] = {}
        by_id = {t.id: t for t in tags}
        for t in tags:
            parent = by_id.get(t.parent_id) if t.parent_id is not None else None
            owner = items.get(parent.uid) if parent is not None else None
            item = QTreeWidgetItem(owner) if owner is not None else QTreeWidgetItem(self)
            item.setText(NAME, t.name)
            item.setData(NAME, UID, t.uid)
            item.setIcon(NAME, swatch(t.colour))
            item.setText(KEY, str(t.shortcut) if t.shortcut else "")
            item.setText(PARAGRAPHS, str(t.paragraphs))
            item.setText(PASSAGES, str(t.passages) if t.passages else "")
            for col in (KEY, PARAGRAPHS, PASSAGES):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignCenter)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            if t.is_group:
                font = item.font(NAME)
                font.setBold(True)
                item.setFont(NAME, font)
                item.setToolTip(NAME, tr("A group of %n tag(s)", "", t.members))
            items[t.uid] = item
        self.expandAll()
        for uid in selected:
            if uid in items:
                items[uid].setSelected(True)
        if keep_current in items:
            self.setCurrentItem(items[keep_current], NAME, _NO_UPDATE)
        elif tags:
            self.setCurrentItem(self.topLevelItem(0))

    def item_of(self, uid: str) -> QTreeWidgetItem | None:
        return next((i for i in self.items() if i.data(NAME, UID) == uid), None)

    def items(self):
        """Every item, groups before their tags."""
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            yield top
            yield from (top.child(j) for j in range(top.childCount()))
