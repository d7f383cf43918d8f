"""Menus and their actions: every command has a mnemonic, most a shortcut.

Single-key shortcuts (J, K, N, Y, X, 1–9, Space) are safe: a text field that has
focus takes printable keys first (Qt's ShortcutOverride), so typing is never eaten.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.i18n import tr
from ui.resources import icon

Key = QKeySequence.StandardKey


class Actions:
    """Holds every QAction by name (``actions.undo``) for tests and the help dialog."""

    def __init__(self, window: QMainWindow):
        self.window = window
        self.all: dict[str, QAction] = {}

    def add(
        self,
        name: str,
        text: str,
        slot: Callable | None = None,
        shortcuts=(),
        icon_name: str | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action_{name}")
        if icon_name:
            action.setIcon(icon(icon_name))
        keys = [
            QKeySequence(k)
            for k in ([shortcuts] if isinstance(shortcuts, str | Key) else shortcuts)
        ]
        if keys:
            action.setShortcuts(keys)
        if tip:
            action.setStatusTip(tip)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)  # shortcuts work even when a menu is hidden
        self.all[name] = action
        setattr(self, name, action)
        return action

    def __getattr__(self, name: str) -> QAction:  # for type checkers; set by add()
        raise AttributeError(name)


def build(w) -> Actions:
    """Create the actions of MainWindow ``w`` and its menu bar."""
    a = Actions(w)
    mb = w.menuBar()

    m = w.file_menu = mb.addMenu(tr("&File"))  # found by this, not its (translated) title
    m.addAction(a.add("new", tr("&New workspace…"), w.new_workspace, Key.New, "new"))
    m.addAction(a.add("open", tr("&Open workspace…"), w.choose_workspace, Key.Open, "open"))
    w.recent_menu = QMenu(tr("Open &recent"), w)
    w.recent_menu.aboutToShow.connect(w.fill_recent_menu)
    m.addMenu(w.recent_menu)
    m.addSeparator()
    m.addAction(a.add("import_files", tr("&Import files…"), w.choose_import, "Ctrl+I", "import",
                      tr("Import submissions and UN documents (or drop files on the window)")))  # fmt: skip
    m.addAction(a.add("import_version", tr("Import as new &version of…"), w.import_as_version,
                      "Ctrl+Shift+I", "versions", tr("A file holding the next version of a document "
                      "already here: its paragraphs' work follows them")))  # fmt: skip
    m.addAction(a.add("watch_file", tr("&Watch this file"), w.toggle_watch, (), "watch",
                      tr("Import the selected document's file again each time it is saved")))  # fmt: skip
    a.watch_file.setCheckable(True)
    m.addSeparator()
    m.addAction(
        a.add("export_brief", tr("&Export Word brief…"), w.export_brief, "Ctrl+E", "export")
    )
    m.addAction(a.add("export_coverage", tr("Export covera&ge…"), w.export_coverage, (), "export",
                      tr("The review's coverage as a workbook (XLSX) or CSV")))  # fmt: skip
    m.addSeparator()
    m.addAction(a.add("restore_backup", tr("Restore from &backup…"), w.restore_backup, (), "open",
                      tr("Backup copies of this workspace: restore one, or back up now")))  # fmt: skip
    m.addAction(a.add("merge_workspace", tr("&Merge workspace…"), w.merge_workspace_dialog, (),
                      "import", tr("Bring another copy's documents and work (a laptop's file, a "
                      "colleague's, the team database) into this workspace")))  # fmt: skip
    m.addAction(a.add("copy_workspace", tr("&Copy workspace to…"), w.copy_workspace_dialog, (),
                      "export", tr("Every row of this workspace to a new file (to work offline) "
                      "or an empty team database")))  # fmt: skip
    m.addSeparator()
    m.addAction(a.add("quit", tr("&Quit"), w.close, Key.Quit, "quit"))

    m = mb.addMenu(tr("&Edit"))
    undo = w.session.undo_stack.createUndoAction(w, tr("&Undo"))
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    undo.setIcon(icon("undo"))
    redo = w.session.undo_stack.createRedoAction(w, tr("&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    redo.setIcon(icon("redo"))
    for name, act in (("undo", undo), ("redo", redo)):
        act.setObjectName(f"action_{name}")
        w.addAction(act)
        a.all[name] = act
        setattr(a, name, act)
        m.addAction(act)
    m.addSeparator()
    m.addAction(a.add("find", tr("&Find…"), w.focus_search, Key.Find, "search"))
    m.addAction(a.add("reviewer_name", tr("Reviewer &name…"), w.change_author, (), "settings"))

    m = mb.addMenu(tr("&Review"))
    m.setToolTipsVisible(True)  # a disabled action's tip says why
    m.addAction(a.add("link", tr("&Link to recommendation…"), w.focus_link, "Ctrl+L", "link"))
    m.addAction(a.add("confirm_link", tr("&Confirm link"), w.inspector.confirm, "Y", "confirm",
                      tr("Confirm the selected link, or accept the selected suggestion")))  # fmt: skip
    m.addAction(a.add("reject_link", tr("Re&ject link"), w.inspector.reject, "X", "reject",
                      tr("Reject the selected link, or the selected suggestion (never suggested "
                      "again for the paragraph)")))  # fmt: skip
    m.addAction(a.add("unlink", tr("&Unlink"), w.inspector.unlink, "Shift+Del", "unlink"))
    m.addSeparator()
    m.addAction(a.add("reviewed", tr("Mark &reviewed"), w.toggle_reviewed, ("Space", "Ctrl+R"),
                      "reviewed", tr("Mark the paragraph reviewed, or not")))  # fmt: skip
    m.addAction(a.add("next", tr("&Next paragraph"), lambda: w.reading.move(1), "J", "next"))
    m.addAction(a.add("previous", tr("&Previous paragraph"), lambda: w.reading.move(-1), "K",
                      "previous"))  # fmt: skip
    m.addAction(a.add("next_unreviewed", tr("Next unrev&iewed"), w.reading.next_unreviewed, "N",
                      "next-unreviewed"))  # fmt: skip
    m.addAction(a.add("next_changed", tr("Next c&hanged paragraph"), w.next_changed, "C",
                      "next-unreviewed", tr("The next paragraph whose text changed in a new "
                      "version after work on it")))  # fmt: skip
    m.addSeparator()
    m.addAction(a.add("check_draft", tr("Chec&k draft"), w.check_draft, ("F7", "Ctrl+Shift+K"),
                      "check", tr("The selected draft against the UPR guidelines and the "
                      "recommendations: citations, form, coverage")))  # fmt: skip
    m.addAction(a.add("versions", tr("Versions o&f this document…"), lambda: w.show_versions(None),
                      (), "versions", tr("Every version of the selected document")))  # fmt: skip
    m.addSeparator()
    m.addAction(a.add("document_review", tr("Document's re&view…"), w.choose_document_review, (),
                      "document", tr("Which review the selected document is part of")))  # fmt: skip
    m.addAction(a.add("propose_reading", tr("Propose a reading of short num&bers…"),
                      lambda: w.propose_short_reading(None), (), None,
                      tr("The orders the selected document's short numbers may follow, each "
                      "with how many land on recommendations about their section")))  # fmt: skip
    m.addAction(a.add("suggest_predecessors", tr("Find &earlier-cycle predecessors"),
                      w.suggest_predecessors, (), "recommendations",
                      tr("Suggest, for the review's recommendations, those the State received "
                      "in its two earlier cycles")))  # fmt: skip
    m.addAction(a.add("suggest_document", tr("&Suggest for this document"), w.suggest_document,
                      "Ctrl+Shift+S", "recommendations"))  # fmt: skip
    m.addAction(a.add("focus_suggestions", tr("Go to su&ggestions"), w.focus_suggestions,
                      "Ctrl+Shift+L", None, tr("The paragraph's suggestions: ↑↓ choose, Y "
                      "accepts, X rejects")))  # fmt: skip
    m.addSeparator()
    m.addAction(a.add("note", tr("&Write a note"), w.new_note, "Ctrl+Shift+N", "note"))
    m.addAction(a.add("select_text", tr("Select te&xt in paragraph"), w.select_text, "F2", None,
                      tr("Keys into the paragraph's text: Shift+arrows select words, Esc "
                      "leaves; 1–9 then tag just those words")))  # fmt: skip
    m.addAction(a.add("note_passage", tr("Note &on selection"), w.note_passage, "Shift+N", "note",
                      tr("A note on the words selected in the paragraph")))  # fmt: skip
    m.addAction(
        a.add("delete_note", tr("&Delete note"), w.inspector.notes.delete_current, (), "delete")
    )
    w.tags_menu = m.addMenu(icon("tag"), tr("&Tags"))
    w.tags_menu.addAction(a.add("new_tag", tr("&New tag…"), w.focus_new_tag, "T", "tag"))
    w.tags_menu.addAction(a.add("manage_tags", tr("&Manage tags…"), w.manage_tags, "Ctrl+Shift+T", "tag",
                                tr("Rename, colour, merge, delete, order and group tags; "
                                "choose the key 1–9 of each")))  # fmt: skip
    w.tags_menu.addSeparator()
    for n in range(1, 10):
        act = a.add(
            f"tag_{n}",
            tr("Toggle tag &{n}").format(n=n),
            lambda n=n: w.toggle_tag_number(n),
            str(n),
        )
        w.tags_menu.addAction(act)

    m = w.view_menu = mb.addMenu(tr("&View"))
    m.addAction(a.add("choose_review", tr("Choose the revie&w…"), w.choose_review, "Ctrl+Shift+R",
                      None, tr("Work on one review, or on all of them")))  # fmt: skip
    m.addSeparator()
    m.addAction(a.add("show_reading", tr("&Reading"), lambda: w.show_tab(0), "Ctrl+1", "document"))
    m.addAction(a.add("show_recommendations", tr("Re&commendations"), lambda: w.show_tab(1), "Ctrl+2",
                      "recommendations"))  # fmt: skip
    m.addAction(a.add("show_coverage", tr("C&overage"), w.show_coverage, "Ctrl+3", "coverage",
                      tr("Which recommendations the review's documents address")))  # fmt: skip
    m.addAction(a.add("focus_documents", tr("&Documents list"), w.focus_documents, "Ctrl+D"))
    m.addAction(a.add("show_notes", tr("&Notes"), w.show_notes, "F8", "note",
                      tr("Every note of the review: filter by author, document, words; "
                      "Enter opens the paragraph")))  # fmt: skip
    m.addAction(a.add("focus_filters", tr("&Filters"), w.focus_filters, "Ctrl+Shift+F", "filter"))
    m.addAction(a.add("clear_filters", tr("C&lear filters"), w.reading.filter_bar.reset,
                      "Ctrl+Shift+X", "clear"))  # fmt: skip
    m.addSeparator()
    for dock in w.docks:
        m.addAction(dock.toggleViewAction())

    tb = w.addToolBar(tr("Toolbar"))
    tb.setObjectName("toolbar_main")
    tb.setMovable(False)
    tb.setIconSize(QSize(18, 18))
    tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for name in ("import_files", "export_brief", None, "undo", "redo", None, "reviewed",
                 "next_unreviewed", "link", "note"):  # fmt: skip
        if name is None:
            tb.addSeparator()
        else:
            tb.addAction(a.all[name])
    for name in ("undo", "redo"):  # their icons are known: room for the review switcher
        button = tb.widgetForAction(a.all[name])
        if button is not None:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    w.toolbar = tb
    m.addSeparator()
    m.addAction(tb.toggleViewAction())

    m = mb.addMenu(tr("&Help"))
    m.addAction(
        a.add("shortcuts", tr("&Keyboard shortcuts"), w.show_shortcuts, Key.HelpContents, "help")
    )
    m.addAction(a.add("about", tr("&About UPR Reviewer"), w.about))
    return a


def shortcut_table(actions: Actions) -> list[tuple[str, str]]:
    return [(text, keys) for text, keys, _ in shortcut_places(actions)]


def shortcut_places(actions: Actions) -> list[tuple[str, str, int]]:
    """(text, keys, place) of every action with keys; place is 0 for a window-wide key,
    else the id of the one pane it works in (a key bound to a pane, like F2)."""
    rows = []
    for act in actions.all.values():
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts()
        )
        if keys:
            place = 0
            if act.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
                panes = [o for o in act.associatedObjects() if not isinstance(o, QMenu)]
                place = id(panes[0]) if panes else 0
            rows.append((act.text().replace("&", ""), keys, place))
    return rows
