"""A real MainWindow on a temporary workspace, with settings in a temporary ini file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from reviewer.workspace import Workspace
from tests.conftest import FIXTURES
from tests.ui.team_helpers import launcher, password_login  # noqa: F401  (fixtures)
from ui.main_window import MainWindow
from ui.session import Session
from ui.settings import Settings

CANGO_MD = FIXTURES / "cango" / "cango-upr4-submission.md"
CHINA_LIST = FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx"


@pytest.fixture(autouse=True)
def _crash_route_per_test():
    """The crash route is process-wide state (``ui.app.main`` configures it): reset it."""
    from ui import crash

    crash.configure(None, True)
    yield
    for box in crash.open_dialogs():
        box.close()
    crash.configure(None, True)


@pytest.fixture(autouse=True)
def _light_theme_after(qapp):
    """A test that shows a theme leaves the light colours and Qt's own look behind."""
    palette, sheet = qapp.palette(), qapp.styleSheet()
    yield
    from ui import theme

    theme.reset()
    if qapp.styleSheet() != sheet:
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)


@pytest.fixture(scope="session")
def catalogue_dir(tmp_path_factory) -> Path:
    """Where the tests' window compiles its catalogues (``ui.i18n``): never the user's
    data folder nor the source tree."""
    return tmp_path_factory.mktemp("translations")


@pytest.fixture(autouse=True)
def _english(qapp, catalogue_dir):
    """Each test's window in English, with its plural forms ("1 file", "2 files"), as a
    person whose system speaks English sees it; a test of another language puts it back."""
    from ui import i18n

    if i18n.current() != i18n.ENGLISH or not i18n.installed():
        assert i18n.install(i18n.ENGLISH, catalogue_dir)
    yield
    if i18n.current() != i18n.ENGLISH:
        i18n.install(i18n.ENGLISH, catalogue_dir)


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def workspace_path(tmp_path) -> Path:
    return tmp_path / "review.upr.sqlite"


@pytest.fixture
def make_window(qtbot, settings, workspace_path):
    made = []

    def make(path: Path | None = None, author: str = "Ana Tester") -> MainWindow:
        ws = Workspace.open(path or workspace_path, author)
        w = MainWindow(Session(ws), settings)
        qtbot.addWidget(w)
        w.resize(1280, 800)
        w.show()
        qtbot.waitExposed(w)
        # Shortcuts (Ctrl+2, Ctrl+Z …) reach only the active window; a window of an
        # earlier test may still hold activation for a moment under the offscreen platform.
        w.activateWindow()
        qtbot.waitUntil(w.isActiveWindow, timeout=5000)
        made.append(w)
        return w

    yield make
    for w in made:
        if w.importer.busy:
            qtbot.waitUntil(lambda w=w: not w.importer.busy, timeout=60_000)


def import_and_wait(qtbot, window: MainWindow, paths) -> tuple[list, list]:
    """Import through the same slot the menu and a drop use; wait for the background task."""
    assert window.import_files(list(paths))
    qtbot.waitUntil(lambda: not window.importer.busy, timeout=60_000)
    wait_indexed(qtbot, window)  # searchable too (the index follows in the background)
    settled(window)  # the document shown: its rows (and the rest) read off the GUI thread
    qtbot.wait(10)
    if window.importer.report_box is None and window.importer.encoding_dialog is None:
        # the progress dialog held activation; shortcuts need it back on the window
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window.importer.last


def wait_indexed(qtbot, window: MainWindow) -> None:
    """Until the window's background search indexing has caught up."""
    qtbot.waitUntil(lambda: not window.indexer.busy, timeout=60_000)


def settled(window: MainWindow) -> None:
    """Until what the window reads off the GUI thread for the document and paragraph
    shown is there: the reading pane's rows, the notices, the suggest action's reason,
    the inspector's earlier cycles, the registry and document rows a change touched."""
    for loader in (
        window.reading.loader,
        window.notices_loader,
        window.suggest_loader,
        window.inspector.earlier_loader,
        window.registry_rows_loader,
        window.document_rows_loader,
    ):
        assert loader.wait(10_000)


def select_label(window: MainWindow, label: str):
    assert window.reading.wait(10_000)  # the rows of a document just selected are there
    model = window.reading.model
    model.ensure_loaded(model.total() - 1)
    for row in range(model.rowCount()):
        if model.paragraph(row).label == label:
            window.reading.select_row(row)
            return model.paragraph(row)
    raise AssertionError(f"no paragraph labelled {label}")
