"""File › Connect to team workspace…: a PostgreSQL database shared by the team.

The server's address, port, database, user and how to use SSL (``sslmode``), or a
``postgresql://`` URL pasted whole.  The first try gives no password: libpq finds
one itself where a person keeps it (``~/.pgpass``, ``$PGPASSWORD``, a service file).
When the server says it wants one, a password field appears; what is typed there
goes to the connection alone, never into the settings, the recent list or a URL.

Connecting (and bringing the schema up to date, the first time) runs off the GUI
thread; the dialog shows that it is busy, and a failure as the sentence the program
has for it.  ``connected`` hands over the open ``Workspace``.
"""

from __future__ import annotations

import getpass
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import Workspace, WorkspaceError, is_server_url, redact
from ui.i18n import tr
from ui.tasks import Task

SSL_MODES = (
    ("disable", QT_TR_NOOP("disable: never (a server on this computer)")),
    ("allow", QT_TR_NOOP("allow: only if the server insists")),
    ("prefer", QT_TR_NOOP("prefer: if the server offers it (libpq's default)")),
    ("require", QT_TR_NOOP("require: always, without checking the certificate")),
    ("verify-ca", QT_TR_NOOP("verify-ca: always, the certificate signed by a known authority")),
    ("verify-full", QT_TR_NOOP("verify-full: always, the certificate naming this server")),
)
DEFAULT_PORT = 5432
DEFAULT_SSL = "prefer"


def login_refused(message: str) -> bool:
    """Whether the server turned the login down for want of the right password (the
    sentence ``reviewer.storage.server.server_failure`` gives for it)."""
    return "refused the login" in message


def login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some systems
        return ""


def split_url(url: str) -> dict:
    """The fields of a ``postgresql://`` URL (``password``: one typed into it)."""
    parts = urlsplit(url.strip())
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    return {
        "host": parts.hostname or query.pop("host", ""),
        "port": parts.port or int(query.pop("port", DEFAULT_PORT) or DEFAULT_PORT),
        "database": unquote(parts.path.lstrip("/")) or query.pop("dbname", ""),
        "user": unquote(parts.username or "") or query.pop("user", ""),
        "password": unquote(parts.password) if parts.password is not None else None,
        "sslmode": query.pop("sslmode", DEFAULT_SSL),
        "extra": query,  # every other libpq parameter, passed on as given
    }


def make_url(host: str, port: int, database: str, user: str, sslmode: str, extra=None) -> str:
    """``postgresql://user@host:port/database?sslmode=…`` (never a password)."""
    who = f"{quote(user, safe='')}@" if user else ""
    where = host if ":" not in host else f"[{host}]"  # an IPv6 address
    if where or port != DEFAULT_PORT:  # no server named: this computer's socket
        where += f":{port}"
    query = dict(extra or {})
    if sslmode != DEFAULT_SSL:
        query["sslmode"] = sslmode
    tail = f"?{urlencode(query)}" if query else ""
    return f"postgresql://{who}{where}/{quote(database, safe='')}{tail}"


class ConnectDialog(QDialog):
    connected = Signal(object)  # the open Workspace

    def __init__(self, author: str, parent: QWidget | None = None, url: str | None = None):
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(tr("Connect to team workspace"))
        self.author = author
        self.task: Task | None = None
        self.extra: dict = {}
        self._filling = False
        self._focus: QWidget | None = None
        self.workspace: Workspace | None = None

        intro = QLabel(
            tr(
                "A team workspace is a PostgreSQL database the team shares: everyone's tags, "
                "notes and links, seen by the others as they are made."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.url = QLineEdit(self)
        self.url.setObjectName("connectUrl")
        self.url.setPlaceholderText(tr("postgresql://ana@db.example.org:5432/upr"))
        self.url.setToolTip(tr("Paste the URL your administrator gave you, or fill in the fields"))
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(tr("db.example.org (empty: this computer)"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit(self)
        self.database.setPlaceholderText(tr("upr"))
        self.user = QLineEdit(self)
        self.user.setPlaceholderText(login_name() or tr("your PostgreSQL login"))
        self.sslmode = QComboBox(self)
        for mode, text in SSL_MODES:
            self.sslmode.addItem(tr(text), mode)
        self.sslmode.setCurrentIndex(self.sslmode.findData(DEFAULT_SSL))
        self.password = QLineEdit(self)
        self.password.setObjectName("connectPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setToolTip(tr("Given to this connection only; the program never stores it"))
        self.password_label = QLabel(tr("&Password:"), self)
        self.password_label.setBuddy(self.password)
        form = QFormLayout()
        for text, field in (
            (tr("&URL:"), self.url),
            (tr("&Server:"), self.host),
            (tr("P&ort:"), self.port),
            (tr("&Database:"), self.database),
            (tr("U&ser:"), self.user),
            (tr("SS&L:"), self.sslmode),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.password_label, self.password)
        self._show_password(False)
        self.message = QLabel(self)
        self.message.setObjectName("connectMessage")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(2 * self.message.fontMetrics().lineSpacing())
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # busy, no measure
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(tr("&Connect"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.url.textEdited.connect(self._url_edited)
        for field in (self.host, self.database, self.user):
            field.textEdited.connect(self._fields_edited)
        self.port.valueChanged.connect(self._fields_edited)
        self.sslmode.currentIndexChanged.connect(self._fields_edited)
        self.setMinimumWidth(560)
        if url:
            self.url.setText(url)
            self._url_edited(url)
        self._update_button()

    # -- the fields and the URL, kept in step ---------------------------------------------
    def _url_edited(self, text: str) -> None:
        if not is_server_url(text):
            self._update_button()
            return
        try:
            f = split_url(text)
        except ValueError:  # a port that is not a number
            self.message.setText(tr("The URL's port is not a number"))
            return
        self._filling = True
        self.host.setText(f["host"])
        self.port.setValue(f["port"])
        self.database.setText(f["database"])
        self.user.setText(f["user"])
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(f["sslmode"])))
        self.extra = f["extra"]
        self._filling = False
        if f["password"] is not None:  # taken out of the URL, into the password field
            self.password.setText(f["password"])
            self._show_password(True)
            self.url.setText(redact(text.strip()))
        self._update_button()

    def _fields_edited(self, *_args) -> None:
        if self._filling:
            return
        self.url.setText(self.built_url() if self.database.text().strip() else "")
        self._update_button()

    def built_url(self) -> str:
        return make_url(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.sslmode.currentData(),
            self.extra,
        )

    def target(self) -> str | None:
        """The URL to connect to (never with a password), or None while incomplete."""
        text = self.url.text().strip()
        if is_server_url(text):
            return redact(text)
        return self.built_url() if self.database.text().strip() else None

    def _update_button(self) -> None:
        busy = self.task is not None and self.task.running
        self.connect_button.setEnabled(not busy and self.target() is not None)

    def _show_password(self, on: bool) -> None:
        if self.password.isVisibleTo(self) == on:
            return
        self.password.setVisible(on)
        self.password_label.setVisible(on)
        if self.isVisible():  # room for the row, rather than squeezing the others
            self.layout().activate()
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    # -- connecting ---------------------------------------------------------------------
    def start(self) -> bool:
        """Connect off the GUI thread: with the password typed, if the server asked."""
        url = self.target()
        if url is None or (self.task is not None and self.task.running):
            return False
        password = self.password.text() if self.password.isVisible() else None
        author = self.author

        def attempt(_report) -> Workspace | str:
            try:
                return Workspace.open(url, author, password=password or None)
            except (WorkspaceError, OSError) as exc:
                return str(exc)

        self.task = Task(attempt, self)
        self.task.succeeded.connect(self._finished)
        self.task.failed.connect(self.show_failure)
        self.task.start()  # its result arrives through the event loop, after this
        self._busy(True, tr("Connecting to {place}…").format(place=redact(url)))
        return True

    def _busy(self, on: bool, text: str = "") -> None:
        if on:  # the fields go off: where the keys were comes back after (else Cancel
            self._focus = self.focusWidget()  # would hold them, and Enter cancel)
        self.busy.setVisible(on)
        for w in (self.url, self.host, self.port, self.database, self.user, self.sslmode,
                  self.password):  # fmt: skip
            w.setEnabled(not on)
        self.message.setText(text)
        self._update_button()
        self.setCursor(Qt.CursorShape.BusyCursor if on else Qt.CursorShape.ArrowCursor)
        if not on and self._focus is not None and self._focus.isEnabled():
            self._focus.setFocus()
            self.connect_button.setDefault(True)

    def _finished(self, result) -> None:
        if isinstance(result, str):
            return self.show_failure(result)
        if not self.isVisible():  # cancelled while connecting: let it go
            result.close()
            return None
        self._busy(False, tr("Connected as {role}").format(role=result.role))
        self.password.clear()
        self.workspace = result
        self.connected.emit(result)
        self.accept()
        return None

    def show_failure(self, message: str) -> None:
        """The sentence; for a login refused, the password field and what to do."""
        self._busy(False)
        if login_refused(message):
            asked = self.password.isVisible() and bool(self.password.text())
            self._show_password(True)
            self.password.clear()
            self.password.setFocus()
            self.message.setText(
                tr("The password was not accepted; type it again.")
                if asked
                else tr(
                    "The server asks for a password: type it and press Connect. It is used "
                    "for this connection only, never stored."
                )
            )
            return
        self.message.setText(message)

    def reject(self) -> None:
        self.password.clear()
        super().reject()
