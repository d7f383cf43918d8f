"""Review › Tags › Manage tags… on a real window: renaming, deleting, merging, moving,
grouping and keys 1–9, with the inspector's chips, the filter bar and undo following."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from tests.ui.conftest import CANGO_MD, import_and_wait, select_label


def _open_manager(qtbot, w):
    w.actions_.all["manage_tags"].trigger()
    dlg = w.tag_manager
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5000)
    return dlg


def _back_to(qtbot, w):
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)


def _chips(w) -> dict[str, bool]:
    return {name: b.isChecked() for name, b in w.inspector.tag_bar.buttons.items()}


def _filter_names(w) -> list:
    bar = w.reading.filter_bar.tag
    return [bar.itemData(i) for i in range(1, bar.count())]


def test_rename_in_the_manager_updates_chips_filter_and_paragraphs(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    two = select_label(w, "2")
    w.inspector.toggle_tag("women")
    w.inspector.toggle_tag("climate")
    bar = w.reading.filter_bar
    bar.tag.setCurrentIndex(bar.tag.findData("women"))
    w.reading.wait()  # what filters choose is read off the GUI thread
    assert w.reading.model.ids() == [two.id]

    dlg = _open_manager(qtbot, w)
    dlg.select("women")
    qtbot.keyClick(dlg.tree, Qt.Key.Key_F2)  # edits the name in place
    editor = QApplication.focusWidget()
    assert editor is not dlg.tree and editor.text() == "women"
    editor.selectAll()
    qtbot.keyClicks(editor, "Women's rights")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the edit is committed from the event loop
    qtbot.waitUntil(lambda: w.ws.get_tag("women") is None)
    w.reading.wait()  # the filtered paragraphs read again, off the GUI thread

    assert [t.name for t in w.ws.tags()] == ["Women's rights", "climate"]
    assert _chips(w) == {"Women's rights": True, "climate": True}
    assert _filter_names(w) == ["Women's rights", "climate"]
    assert bar.tag.currentData() == "Women's rights"  # the filter follows the rename
    assert w.reading.model.ids() == [two.id]
    assert {t.name for t in w.reading.model.paragraph(0).tags} == {"Women's rights", "climate"}
    assert dlg.item_of(dlg.tags[0].uid).text(0) == "Women's rights"

    # a name another tag has: refused, said in the dialog, the tree shows the old name
    dlg.select("climate")
    assert not dlg.rename(dlg.current(), "Women's rights")
    assert "merge" in dlg.message.text()
    qtbot.waitUntil(lambda: dlg.item_of(dlg.tags[1].uid).text(0) == "climate")


def test_delete_in_the_manager_then_ctrl_z_in_the_window(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    select_label(w, "6")
    w.inspector.toggle_tag("poverty")
    w.inspector.toggle_tag("climate")
    pid = w.reading.current_id()
    before = {t.name: t for t in w.ws.paragraph(pid).tags}

    dlg = _open_manager(qtbot, w)
    dlg.select("poverty")
    qtbot.keyClick(dlg.tree, Qt.Key.Key_Delete)
    assert [t.name for t in w.ws.tags()] == ["climate"]
    assert _chips(w) == {"climate": True}
    assert [t.name for t in w.inspector.paragraph.tags] == ["climate"]
    assert "Ctrl+Z" in dlg.message.text()

    dlg.close()
    _back_to(qtbot, w)
    qtbot.keyClick(w.reading.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {t.name for t in w.ws.tags()} == {"poverty", "climate"}
    assert _chips(w) == {"poverty": True, "climate": True}
    after = {t.name: t for t in w.ws.paragraph(pid).tags}
    assert after.keys() == before.keys() and after["poverty"].id == before["poverty"].id
    assert [t.name for t in w.ws.tags()] == ["poverty", "climate"]  # its place back too


def test_key_7_given_to_the_twelfth_tag_toggles_it(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    names = [f"theme {i:02}" for i in range(1, 13)]
    for name in names:
        w.ws.create_tag(name)
    w.apply(w.ws.take_changes())
    assert w.actions_.all["tag_7"].text() == "&7  theme 07"

    dlg = _open_manager(qtbot, w)
    dlg.select("theme 12")
    qtbot.keyClick(dlg.tree, Qt.Key.Key_7)
    assert w.ws.get_tag("theme 12").shortcut == 7
    assert w.ws.get_tag("theme 07").shortcut is None
    assert dlg.item_of(w.ws.get_tag("theme 12").uid).text(1) == "7"
    assert w.actions_.all["tag_7"].text() == "&7  theme 12"
    assert w.inspector.tag_bar.buttons["theme 12"].text() == "7  theme 12"
    assert w.inspector.tag_bar.buttons["theme 07"].text() == "theme 07"

    dlg.close()
    _back_to(qtbot, w)
    select_label(w, "3")
    pid = w.reading.current_id()
    w.reading.view.setFocus()
    qtbot.keyClick(w.reading.view, Qt.Key.Key_7)
    assert [t.name for t in w.ws.paragraph(pid).tags] == ["theme 12"]
    qtbot.keyClick(w.reading.view, Qt.Key.Key_8)  # the others keep theirs
    assert [t.name for t in w.ws.paragraph(pid).tags] == ["theme 08", "theme 12"]
    qtbot.keyClick(w.reading.view, Qt.Key.Key_7)
    assert [t.name for t in w.ws.paragraph(pid).tags] == ["theme 08"]
    # undo of the key: the automatic keys again
    qtbot.keyClick(w.reading.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(w.reading.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(w.reading.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(w.reading.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.ws.get_tag("theme 07").shortcut == 7 and w.ws.get_tag("theme 12").shortcut is None


def test_merge_move_and_group_in_the_manager(qtbot, make_window, monkeypatch):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    select_label(w, "2")
    w.inspector.toggle_tag("gender")
    select_label(w, "6")
    w.inspector.toggle_tag("gender")
    w.inspector.toggle_tag("women")
    w.inspector.toggle_tag("rights")
    dlg = _open_manager(qtbot, w)

    dlg.select("gender", "women")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("women", True))
    qtbot.keyClick(dlg.tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert [(t.name, t.paragraphs) for t in w.ws.tags()] == [("women", 2), ("rights", 1)]
    assert set(_chips(w)) == {"women", "rights"}
    assert _chips(w)["women"]  # paragraph 6, shown, has it once

    dlg.select("rights")
    qtbot.keyClick(dlg.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [t.name for t in w.ws.tags()] == ["rights", "women"]
    assert [b for b in w.inspector.tag_bar.buttons] == ["rights", "women"]
    assert _filter_names(w) == ["rights", "women"]

    # drag "women" onto "rights": it goes into that group
    assert dlg.drop([w.ws.get_tag("women").uid], w.ws.get_tag("rights").uid, "on")
    assert w.ws.get_tag("women").parent == "rights"
    item = dlg.item_of(w.ws.get_tag("women").uid)
    assert item.parent() is dlg.item_of(w.ws.get_tag("rights").uid)
    assert w.reading.filter_bar.tag.itemText(2).strip() == "women"
    # a group cannot go into a group: refused, said, nothing moved
    w.ws.create_tag("health")
    w.apply(w.ws.take_changes())
    assert not dlg.drop([w.ws.get_tag("rights").uid], w.ws.get_tag("health").uid, "on")
    assert "cannot go into another group" in dlg.message.text()
    assert w.ws.get_tag("rights").parent is None
    # ungroup, and Ctrl+Z in the dialog puts it back
    dlg.select("women")
    qtbot.keyClick(
        dlg.tree,
        Qt.Key.Key_G,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert w.ws.get_tag("women").parent is None
    qtbot.keyClick(dlg.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.ws.get_tag("women").parent == "rights"
    # the merge is undone last: both tags and their paragraphs back
    for _ in range(3):
        qtbot.keyClick(dlg.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {t.name: t.paragraphs for t in w.ws.tags()} == {
        "gender": 2,
        "women": 1,
        "rights": 1,
        "health": 0,
    }


def test_no_two_actions_share_a_shortcut(make_window):
    from ui.actions import shortcut_places

    w = make_window()
    seen: dict[tuple[str, int], str] = {}
    for text, keys, place in shortcut_places(w.actions_):
        for key in keys.split(", "):
            # a key works window-wide, or only in one pane (F2: rename in the documents
            # pane, select text in the reading pane): no two where both are live
            clash = [v for (k, p), v in seen.items() if k == key and 0 in (p, place)]
            clash += [seen[(key, place)]] if (key, place) in seen else []
            assert not clash, f"{key} is both {clash[0]!r} and {text!r}"
            seen[(key, place)] = text
    assert seen[("F8", 0)] == "Notes"
    assert seen[("Ctrl+Shift+T", 0)] == "Manage tags…"


def test_drag_places_tags_and_colour_reaches_the_chips(qtbot, make_window, monkeypatch):
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QColorDialog

    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    for name in ("rights", "women", "climate", "water"):
        w.ws.create_tag(name)
    w.ws.set_tag_group("women", "rights")
    w.apply(w.ws.take_changes())
    dlg = _open_manager(qtbot, w)
    uid = {t.name: t.uid for t in w.ws.tags()}

    # dropped below a group: after the group's own tags, at the top level
    assert dlg.drop([uid["water"]], uid["rights"], "below")
    assert [(t.name, t.parent) for t in w.ws.tags()] == [
        ("rights", None),
        ("women", "rights"),
        ("water", None),
        ("climate", None),
    ]
    # dropped above a group's tag: into that group, at that place
    assert dlg.drop([uid["climate"]], uid["women"], "above")
    assert [(t.name, t.parent) for t in w.ws.tags()] == [
        ("rights", None),
        ("climate", "rights"),
        ("women", "rights"),
        ("water", None),
    ]
    assert [dlg.tree.topLevelItem(0).child(i).text(0) for i in range(2)] == ["climate", "women"]
    assert [t.shortcut for t in w.ws.tags()] == [1, 2, 3, 4]  # keys follow the order

    dlg.select("water")
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#123abc"))
    dlg.buttons["colour"].click()
    assert w.ws.get_tag("water").colour == "#123abc"
    assert "#123abc" in w.inspector.tag_bar.buttons["water"].styleSheet()
    qtbot.keyClick(dlg.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.ws.get_tag("water").colour != "#123abc"


def test_a_drop_on_the_tree_groups_the_dragged_tag(qtbot, make_window):
    """The tree's own drag handlers (the events a mouse drag sends), not only ``drop``."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    w = make_window()
    for name in ("rights", "health", "women"):
        w.ws.create_tag(name)
    w.apply(w.ws.take_changes())
    dlg = _open_manager(qtbot, w)
    tree = dlg.tree
    dlg.select("women")
    mime = tree.model().mimeData([tree.indexFromItem(tree.currentItem())])
    target = tree.item_of(w.ws.get_tag("rights").uid)
    pos = tree.visualItemRect(target).center()
    move, left = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    tree.dragEnterEvent(QDragEnterEvent(QPointF(pos), move, mime, left, none))
    tree.dragMoveEvent(QDragMoveEvent(QPointF(pos), move, mime, left, none, QEvent.Type.DragMove))
    tree.dropEvent(QDropEvent(QPointF(pos), move, mime, left, none))
    qtbot.waitUntil(lambda: w.ws.get_tag("women").parent == "rights")
    assert [t.name for t in w.ws.tags()] == ["rights", "women", "health"]
    assert dlg.item_of(w.ws.get_tag("women").uid).parent() is not None
