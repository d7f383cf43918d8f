"""The open workspace as the window sees it: the API object, the undo stack, signals.

Panels never talk to each other about data; they change it through undo commands
pushed here, and the window re-reads what it shows from the ``Changes`` that
``applied`` carries (what the workspace's writes actually touched).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TR_NOOP, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from reviewer.workspace import EDITOR, READER, REVIEWER, Changes, Workspace
from ui.crash import USER_ERRORS, report_crash
from ui.i18n import tr


class Session(QObject):
    applied = Signal(object)  # Changes: what a command's writes touched
    error = Signal(str)  # one line for the status bar or a message box

    def __init__(self, workspace: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self.ws = workspace
        self.undo_stack = QUndoStack(self)
        # why a command may not run now (an earlier version is read-only), or None
        self.guard: Callable[[Command], str | None] | None = None
        self.keep_workspace = False  # close() leaves the workspace open (a new window has it)

    @property
    def author(self) -> str:
        return self.ws.author

    def push(self, command: Command) -> bool:
        """Do the command now; only if that worked, put it on the undo stack.

        Errors a person can cause (a number that is not a recommendation number, a
        paragraph deleted meanwhile, a locked workspace) become ``error``; anything
        else is a bug and takes the crash route (logged, shown with the log's path).
        Either way nothing is half-pushed.
        """
        refused = refusal(self.ws, command.role)
        if refused is None and self.guard is not None:
            refused = self.guard(command)
        if refused:
            self.error.emit(refused)
            return False
        try:
            command.do()
        except USER_ERRORS as exc:
            self.error.emit(str(exc))
            return False
        except Exception:
            report_crash(parent=self._window())
            return False
        command.done_once = True
        self.undo_stack.push(command)
        command.notify()
        return True

    def close(self) -> None:
        self.undo_stack.clear()
        if not self.keep_workspace:  # handed to a new window (View › Language)
            self.ws.close()

    def _window(self):
        """The window to centre a crash dialog on (the session's parent, if a widget)."""
        from PySide6.QtWidgets import QApplication, QWidget

        parent = self.parent()
        return parent if isinstance(parent, QWidget) else QApplication.activeWindow()


READ_ONLY = QT_TR_NOOP("Read only (your role: reader)")


def refusal(ws: Workspace, role: str) -> str | None:
    """Why this login may not do what needs ``role`` (None: it may): a team workspace's
    reader changes nothing; a reviewer reviews but leaves documents to the editors."""
    if ws.can(role):
        return None
    if ws.role == READER:
        return tr(
            "{read_only}: you may read this team workspace but not change it; its "
            "administrator can give you the reviewers' role"
        ).format(read_only=tr(READ_ONLY))
    if role == EDITOR:
        said = tr(
            "Your role is {role}: you may tag, note, link and mark paragraphs reviewed, but "
            "not import, remove or edit documents; its administrator can give you the "
            "editors' role"
        )
    else:
        said = tr(
            "Your role is {role}: you may tag, note, link and mark paragraphs reviewed, but "
            "not change this; its administrator can give you the editors' role"
        )
    return said.format(role=ws.role)


class Command(QUndoCommand):
    """An undoable change; ``do``/``undo_`` call the workspace, the rest is plumbing.

    ``role``: who may do it in a team workspace (``Session.push`` refuses it, with the
    sentence, for a login without that role)."""

    role = REVIEWER

    def __init__(self, session: Session, paragraph_id: int, text: str):
        super().__init__(text)
        self.session = session
        self.ws = session.ws
        self.paragraph_id = paragraph_id
        self.done_once = False

    def do(self) -> None:
        raise NotImplementedError

    def undo_(self) -> None:
        raise NotImplementedError

    def notify(self) -> None:
        """Tell the window what the workspace says changed (its own paragraph at least)."""
        own = Changes(paragraphs=frozenset({self.paragraph_id}))
        self.session.applied.emit(self.ws.take_changes() | own)

    def redo(self) -> None:
        if self.done_once:  # Session.push already did it
            self.done_once = False
            return
        self._guard(self.do, "redo")

    def undo(self) -> None:
        self._guard(self.undo_, "undo")

    def _guard(self, fn, verb: str) -> None:
        """Qt calls redo/undo from C++: nothing may escape from here."""
        try:
            fn()
        except USER_ERRORS as exc:
            said = (
                tr("could not undo {action}: {error}")
                if verb == "undo"
                else tr("could not redo {action}: {error}")
            )
            self.session.error.emit(said.format(action=self.text().lower(), error=exc))
        except Exception:
            report_crash(parent=self.session._window())
        try:
            self.notify()  # the panels re-read what is really there, done or not
        except Exception:
            report_crash(parent=self.session._window())
