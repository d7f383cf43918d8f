"""The window's frame, painted before the workspace is opened (Qt only).

Opening a workspace needs the core (SQLAlchemy and the models: a few hundred modules)
and the full window (its panes, the first queries, the first document): about a
second.  ``ui.app`` shows this frame first, where the window will be (the geometry
the window had last time), titled with the workspace's name and saying "Opening
<name>…"; then, off the GUI thread, it imports the core and opens the workspace
(``ui.startup.Loading``; the frame answers meanwhile, and closing it ends the program),
builds the window hidden and shows it in the frame's place (``Frame.hand_over``), in
one turn.
A start-up that fails closes the frame once its message is given.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from ui import locations
from ui.i18n import tr


def light_name(location) -> str:
    """The workspace's name without the core: "review.sqlite", or "upr on db.example.org"
    (``locations.place_name`` asks the core for the database's name)."""
    if locations.is_url(location):
        parts = urlsplit(str(location))
        database = parts.path.lstrip("/") or tr("the team workspace")
        return tr("{database} on {host}").format(
            database=database, host=locations.host_of(str(location))
        )
    return Path(location).name


class Frame(QMainWindow):
    """An empty main window at the real one's place, saying what is being opened."""

    def __init__(self, name: str, geometry: QByteArray | None = None):
        super().__init__()
        self.setObjectName("startFrame")
        self.name = name
        self.setWindowTitle(f"{name} — UPR Reviewer")
        text = tr("Opening {name}…").format(name=name)
        label = QLabel(text, self)
        label.setObjectName("hint")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(label)
        self.statusBar().showMessage(text)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self.closed = False  # by the person, while the workspace was opening

    def closeEvent(self, event) -> None:
        """Closed before the window is up: the program ends (the last window closed
        quits Qt's loop); what was opened meanwhile is closed by ``ui.app``."""
        self.closed = True
        super().closeEvent(event)

    def hand_over(self, window: QWidget) -> None:
        """Show ``window`` where the frame is (moved or resized meanwhile, maximised)
        and close the frame, in one turn of the event loop: no flicker, no gap."""
        window.setGeometry(self.geometry())
        window.setWindowState(self.windowState())  # maximised, full screen
        window.show()
        self.dismiss()

    def dismiss(self) -> None:
        self.hide()
        self.deleteLater()
