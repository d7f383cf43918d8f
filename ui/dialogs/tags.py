"""Review › Manage tags…: every tag in a one-level tree (groups and their tags) with
its key and counts; rename, colour, merge, delete, move, key 1–9, group and ungroup.

Everything goes through undo commands on the window's stack (``ui.undo_tags``), so
Ctrl+Z undoes it here or in the window.  The tree is never edited in place: each
change is made in the workspace and the tree re-read (``reload``, from the window's
``reload_tags``), so what it shows is what is stored.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import NotFound, TagRow
from ui.dialogs.tag_tree import NAME, UID, TagTree
from ui.i18n import tr
from ui.undo_tags import (
    DeleteTagsCommand,
    MergeTagsCommand,
    RecolourTagCommand,
    RenameTagCommand,
    TagLayoutCommand,
)

HINT = QT_TR_NOOP(
    "F2 renames · Del deletes · Alt+↑/↓ moves · 1–9 gives the selected tag its key "
    "(0 takes it away) · drag a tag onto another to put it in that group · Ctrl+Z undoes"
)


class TagManager(QDialog):
    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.window_ = window
        self.session = window.session
        self.setObjectName("tagManager")
        self.setWindowTitle(tr("Manage tags"))
        self.tags: list[TagRow] = []
        self._loading = False
        self.tree = TagTree(self)
        self.tree.itemChanged.connect(self._renamed)
        self.tree.itemDoubleClicked.connect(lambda item, _col: self.tree.editItem(item, NAME))
        self.tree.key_typed.connect(lambda k: self.set_key(k or None))
        self.tree.dropped.connect(self.drop)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.key = QComboBox(self)
        self.key.setObjectName("tagKey")
        self.key.addItem(tr("No key"), None)
        for k in range(1, 10):
            self.key.addItem(tr("Key {key}").format(key=k), k)
        self.key.setToolTip(tr("The key 1–9 that toggles the tag on the current paragraph"))
        self.key.activated.connect(lambda i: self.set_key(self.key.itemData(i)))
        self.message = QLabel(tr(HINT), self)
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        self.session.error.connect(self._error)

        self.buttons: dict[str, QPushButton] = {}
        self.acts: dict[str, QAction] = {}
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for name, text, slot, keys, row in (
            ("rename", tr("&Rename"), self.rename_current, "F2", row1),
            ("colour", tr("C&olour…"), self.choose_colour, "Ctrl+Shift+C", row1),
            ("merge", tr("&Merge into…"), self.choose_merge, "Ctrl+M", row1),
            ("delete", tr("&Delete"), self.delete_selected, QKeySequence.StandardKey.Delete, row1),
            ("up", tr("Move &up"), lambda: self.move_current(-1), "Alt+Up", row2),
            ("down", tr("Move do&wn"), lambda: self.move_current(1), "Alt+Down", row2),
            ("group", tr("&Group…"), self.choose_group, "Ctrl+G", row2),
            ("ungroup", tr("U&ngroup"), self.ungroup_selected, "Ctrl+Shift+G", row2),
        ):
            act = QAction(text.replace("&", ""), self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _=False, slot=slot: slot())
            self.addAction(act)
            self.acts[name] = act
            b = QPushButton(text, self)
            b.setAutoDefault(False)
            b.setToolTip(
                tr("{value} ({value2})").format(
                    value=act.text(),
                    value2=act.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                )
            )
            b.clicked.connect(act.trigger)
            row.addWidget(b)
            self.buttons[name] = b
        row1.addStretch(1)
        row2.addWidget(self.key)
        row2.addStretch(1)
        for name, make, keys in (
            ("undo", self.session.undo_stack.createUndoAction, ("Ctrl+Z",)),
            ("redo", self.session.undo_stack.createRedoAction, ("Ctrl+Shift+Z", "Ctrl+Y")),
        ):
            act = make(self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            self.addAction(act)
            self.acts[name] = act
        close = QPushButton(tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        row1.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.message)
        self.resize(560, 520)
        self.reload()

    # -- showing ---------------------------------------------------------------------------
    def reload(self, tags: list[TagRow] | None = None) -> None:
        """Re-read the tags, keeping the current and selected ones (by uid)."""
        self.tags = list(tags if tags is not None else self.session.ws.tags())
        self._loading = True
        self.tree.fill(self.tags)
        self._loading = False
        self._update_buttons()

    def item_of(self, uid: str) -> QTreeWidgetItem | None:
        return self.tree.item_of(uid)

    def select(self, *names: str) -> None:
        """Select the tags named (the first current): for the keyboard and tests."""
        self.tree.clearSelection()
        by_name = {t.name: t.uid for t in self.tags}
        for n, name in enumerate(names):
            item = self.item_of(by_name[name])
            if item is None:
                continue
            if n == 0:
                self.tree.setCurrentItem(item)
            item.setSelected(True)

    def current(self) -> TagRow | None:
        item = self.tree.currentItem()
        uid = item.data(NAME, UID) if item is not None else None
        return next((t for t in self.tags if t.uid == uid), None)

    def selected(self) -> list[TagRow]:
        uids = [i.data(NAME, UID) for i in self.tree.selectedItems()]
        by_uid = {t.uid: t for t in self.tags}
        return [by_uid[u] for u in uids if u in by_uid]

    def _update_buttons(self) -> None:
        chosen = self.selected() or ([self.current()] if self.current() else [])
        one = len(chosen) == 1
        for name in ("rename", "colour", "up", "down"):
            self.acts[name].setEnabled(one)
            self.buttons[name].setEnabled(one)
        for name in ("merge", "delete", "group", "ungroup"):
            self.acts[name].setEnabled(bool(chosen))
            self.buttons[name].setEnabled(bool(chosen))
        self.key.setEnabled(one)
        tag = chosen[0] if one else None
        self.key.setCurrentIndex((tag.shortcut or 0) if tag else 0)

    def _error(self, text: str) -> None:
        if self.isVisible():
            self.message.setText(text)
            self.reload()

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _chosen(self) -> list[TagRow]:
        return self.selected() or ([self.current()] if self.current() else [])

    # -- actions ---------------------------------------------------------------------------
    def rename_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.tree.editItem(item, NAME)

    def _renamed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading or column != NAME:
            return
        uid = item.data(NAME, UID)
        tag = next((t for t in self.tags if t.uid == uid), None)
        new = " ".join(item.text(NAME).split())
        if tag is None or new == tag.name:
            return
        if not new:
            QTimer.singleShot(0, self.reload)
            return
        self.rename(tag, new)

    def rename(self, tag: TagRow, new: str) -> bool:
        done = self.session.push(RenameTagCommand(self.session, tag.uid, tag.name, new))
        if done:
            self._say(tr("Renamed “{old}” to “{new}”").format(old=tag.name, new=new))
        else:
            QTimer.singleShot(0, self.reload)  # the old name back in the tree
        return done

    def choose_colour(self) -> None:
        tag = self.current()
        if tag is None:
            return
        colour = QColorDialog.getColor(
            QColor(tag.colour or "#4f5d75"), self, tr("Colour of “{name}”").format(name=tag.name)
        )
        if colour.isValid():
            self.recolour(tag, colour.name())

    def recolour(self, tag: TagRow, colour: str) -> bool:
        return self.session.push(RecolourTagCommand(self.session, tag.uid, tag.name, colour))

    def choose_merge(self) -> None:
        chosen = self._chosen()
        if not chosen:
            return
        names = [t.name for t in chosen] if len(chosen) > 1 else []
        names += [t.name for t in self.tags if t not in chosen]
        if not names:
            self._say(tr("There is no other tag to merge into"))
            return
        what = f"“{chosen[0].name}”" if len(chosen) == 1 else tr("%n tag(s)", "", len(chosen))
        name, ok = QInputDialog.getItem(
            self, tr("Merge tags"), tr("Merge {what} into:").format(what=what), names, 0, False
        )
        if ok and name:
            self.merge_into(name)

    def merge_into(self, target_name: str) -> bool:
        """Merge the selected tags (but the target) into ``target_name``."""
        target = next((t for t in self.tags if t.name == target_name), None)
        sources = [t for t in self._chosen() if target is None or t.uid != target.uid]
        if target is None or not sources:
            return False
        cmd = MergeTagsCommand(
            self.session, [(t.uid, t.name) for t in sources], (target.uid, target.name)
        )
        done = self.session.push(cmd)
        if done:
            moved = sum(m.paragraphs_moved for m in cmd.merges)
            self._say(
                tr(
                    "Merged {tags} into “{target}”: %n paragraph(s) moved — Ctrl+Z undoes",
                    "",
                    moved,
                ).format(tags=", ".join(t.name for t in sources), target=target.name)
            )
        return done

    def delete_selected(self) -> bool:
        chosen = self._chosen()
        if not chosen:
            return False
        cmd = DeleteTagsCommand(self.session, [(t.uid, t.name) for t in chosen])
        done = self.session.push(cmd)
        if done:
            n = sum(g.paragraphs for g in cmd.gone)
            names = ", ".join(f"“{t.name}”" for t in chosen)
            self._say(
                tr("Deleted {tags} from %n paragraph(s) — Ctrl+Z undoes", "", n).format(tags=names)
            )
        return done

    def _layout(self, text: str, change) -> bool:
        return self.session.push(TagLayoutCommand(self.session, text, change))

    def move_current(self, by: int) -> bool:
        tag = self.current()
        if tag is None:
            return False
        ws = self.session.ws
        return self._layout(
            tr("Move tag “{name}”").format(name=tag.name), lambda: ws.move_tag(_id(ws, tag.uid), by)
        )

    def set_key(self, key: int | None) -> bool:
        tag = self.current()
        if tag is None or key == tag.shortcut:
            return False
        ws = self.session.ws
        if key:
            text = tr("Key {key} for “{name}”").format(key=key, name=tag.name)
            said = tr("Key {key} toggles “{name}”").format(key=key, name=tag.name)
        else:
            text = said = tr("No key for “{name}”").format(name=tag.name)
        done = self._layout(text, lambda: ws.set_tag_key(_id(ws, tag.uid), key))
        if done:
            self._say(said)
        return done

    def choose_group(self) -> None:
        chosen = self._chosen()
        if not chosen:
            return
        uids = {t.uid for t in chosen}
        names = [t.name for t in self.tags if t.parent is None and t.uid not in uids]
        name, ok = QInputDialog.getItem(
            self,
            tr("Group tags"),
            tr("Put them in the group (a tag's name, or a new one):"),
            names,
            0,
            True,
        )
        if ok and name.strip():
            self.group_into(name)

    def group_into(self, group: str) -> bool:
        """Put the selected tags in the group ``group`` (made now if new)."""
        chosen = self._chosen()
        group = " ".join(group.split())
        if not chosen or not group:
            return False
        ws = self.session.ws
        uids = [t.uid for t in chosen if t.name != group]
        new = ws.get_tag(group) is None

        def change():
            if ws.get_tag(group) is None:
                ws.create_tag(group)
            for uid in uids:
                ws.set_tag_group(_id(ws, uid), group)

        made = group if new else None
        return self.session.push(
            TagLayoutCommand(
                self.session, tr("Group tags in “{group}”").format(group=group), change, made
            )
        )

    def ungroup_selected(self) -> bool:
        chosen = [t for t in self._chosen() if t.parent]
        if not chosen:
            self._say(tr("None of the selected tags is in a group"))
            return False
        ws = self.session.ws
        uids = [t.uid for t in chosen]

        def change():
            for uid in uids:
                ws.set_tag_group(_id(ws, uid), None)

        return self._layout(tr("Take tags out of their group"), change)

    def drop(self, uids: list[str], at: str, where: str) -> bool:
        """Tags dragged onto a tag ("on": into its group) or beside it ("above",
        "below": in its group, or none, at that place)."""
        ws = self.session.ws
        uids = [u for u in uids if u != at]
        target = next((t for t in self.tags if t.uid == at), None)
        if target is None or not uids:
            return False
        if where == "on":

            def into():
                for uid in uids:
                    ws.set_tag_group(_id(ws, uid), target.id)

            return self._layout(tr("Group tags in “{group}”").format(group=target.name), into)

        def place():
            for uid in uids:
                ws.set_tag_group(_id(ws, uid), target.parent_id)
            rows = [t for t in ws.tags() if t.uid not in uids]
            moved = [_id(ws, u) for u in uids]
            i = next(n for n, t in enumerate(rows) if t.uid == at)
            if where == "below":
                i += 1
                if target.parent_id is None:  # after the group's own tags
                    while i < len(rows) and rows[i].parent_id == target.id:
                        i += 1
            order = [t.id for t in rows]
            ws.reorder_tags(order[:i] + moved + order[i:])

        return self._layout(tr("Move tags"), place)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # Enter ends an edit in the tree, never closes the dialog
        super().keyPressEvent(event)


def _id(ws, uid: str) -> int:
    tag = ws.tag_by_uid(uid)
    if tag is None:
        raise NotFound(tr("the tag is gone"))
    return tag.id
