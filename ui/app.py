"""``upr-reviewer``: start the review window.

    upr-reviewer [--workspace FILE|URL | --sample] [--data-dir DIR] [--author NAME]
    upr-reviewer --workspace FILE --screenshot OUT.png [--size 1280x800] [--theme dark]
    upr-reviewer --version

Without ``--workspace`` the last workspace opens; on the very first start a sample
workspace (CANGO's submission and China's thematic list) is built, and the window
asks the reviewer's name in a bar at its top.  A start-up failure is one clear
message (a dialog and stderr), never a traceback.
"""

from __future__ import annotations

import gc
import os
import sys
import traceback
from pathlib import Path

from reviewer import __version__
from reviewer.paths import WORKSPACE_ENV, AppPaths, resolve_workspace_path
from ui import locations
from ui.app_args import PROG, build_parser  # noqa: F401  (the window's options)
from ui.startup import (
    Loading,
    after_first_paint,
    preload_core,
    preload_window,
    settle_garbage_collector,
)


def fail(message: str, show_dialog: bool, title: str | None = None) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    if show_dialog:
        from PySide6.QtWidgets import QMessageBox

        from ui.i18n import tr  # Qt: only once a window is wanted

        QMessageBox.critical(None, title or tr("UPR Reviewer cannot start"), message)
    return 1


class Launcher:
    """Opens workspaces in windows; File → Open asks it for a new window."""

    def __init__(self, settings, author: str, interactive: bool = True, ask_name: bool = False):
        self.settings = settings
        self.author = author
        self.interactive = interactive
        self.ask_name = ask_name  # the first start: the window asks the reviewer's name
        self.windows: list = []

    def open(self, target, import_if_empty: list[Path] = (), frame=None, failure=None,
             first_reads: dict | None = None):  # fmt: skip
        """A window on ``target``: a workspace file, a team workspace's URL (its
        password asked for when the server wants one and libpq has none), or a
        ``Workspace`` already open (File › Connect to team workspace…).  With a
        ``frame`` (``ui.frame.Frame``, shown at start-up), the window takes its place.
        ``failure``: why opening ``target`` already failed (off the GUI thread, at
        start-up): its message is given as if it had failed here; ``first_reads``: what
        was read with the opening (``Loading``), for the window's first view."""
        from reviewer.workspace import Workspace
        from ui.main_window import MainWindow
        from ui.session import Session

        ws = target if isinstance(target, Workspace) else self._open(target, failure)
        if ws is None:
            return None
        if import_if_empty and not ws.documents():
            from ui.sample import add_starter_tags

            add_starter_tags(ws)
        window = MainWindow(Session(ws), self.settings, self.open, first_reads=first_reads)
        self.settings.add_recent(locations.of(ws))
        self.windows = [w for w in self.windows if w.isVisible()] + [window]
        if frame is not None:
            frame.hand_over(window)
        else:
            window.show()
        if self.ask_name and not self.settings.author:
            window.ask_reviewer_name()
        if import_if_empty and not ws.documents():
            window.import_files(list(import_if_empty))
        return window

    def _open(self, location, failure: BaseException | None = None):
        from reviewer.workspace import LoginRefused, Workspace, WorkspaceError
        from ui.dialogs.connect import ConnectDialog

        try:
            if failure is not None:
                raise failure
            return Workspace.open(location, self.author)
        except (WorkspaceError, OSError) as exc:
            if self.interactive and isinstance(exc, LoginRefused):
                dialog = ConnectDialog(self.author, None, str(location))
                dialog.show_failure(str(exc))  # the password field, and why
                return dialog.workspace if dialog.exec() else None
            from ui.i18n import tr

            title = tr("Cannot open the team workspace") if locations.is_url(location) else None
            fail(str(exc), self.interactive, *([title] if title else []))
            return None


def explicit_workspace(args) -> str | None:
    return getattr(args, "workspace", None) or os.environ.get(WORKSPACE_ENV)


def start_workspace(args, settings, paths: AppPaths) -> tuple[Path | str, list[Path]]:
    """(workspace, files to import into it if empty): the explicit one (a file or a
    team workspace's URL), the last, the sample."""
    explicit = explicit_workspace(args)
    if getattr(args, "sample", False) and not args.workspace:
        from ui.sample import prepare_sample

        return prepare_sample(paths)
    if explicit:
        return resolve_workspace_path(explicit, paths), []
    recent = [p for p in settings.recent() if locations.is_url(p) or Path(p).exists()]
    if recent:
        return recent[0], []
    from ui.sample import prepare_sample

    return prepare_sample(paths)


def main(argv: list[str] | None = None) -> int:
    # Start-up makes some 120,000 objects that live as long as the program, and little
    # garbage: the collector would scan them again and again while they are made (a
    # tenth of the start-up).  It runs again once the window has painted, with them
    # frozen out of its sight (settle_garbage_collector).
    was_on = gc.isenabled()
    gc.disable()
    try:
        return _main(argv)
    finally:
        if was_on:
            gc.enable()


def _main(argv: list[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    if args.screenshot and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # same picture on any desktop, or none
    interactive = not args.screenshot
    if args.screenshot:
        preload_core()  # no frame to paint first: the core before Qt (see preload_core)
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:
        print(f"{PROG}: the window needs PySide6 ({exc}); pip install 'upr-reviewer[gui]'",
              file=sys.stderr)  # fmt: skip
        return 1
    if no_display():
        return fail(
            "no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
            "run it in a desktop session, or set QT_QPA_PLATFORM=offscreen for --screenshot",
            False,
        )
    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_excepthook(args, interactive)
    try:
        return _run(app, args, interactive)
    except Exception as exc:  # the last line of defence: a message, and the details in a log
        return _unexpected(args, exc, interactive)


def no_display() -> bool:
    """On Linux without a display Qt aborts inside QApplication: say so first."""
    if not sys.platform.startswith("linux"):
        return False
    return not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def install_excepthook(args, interactive: bool) -> None:
    """An error inside a slot after start-up: the window stays up.

    One of the program's own errors is shown as its message; anything else is a bug,
    logged to crash.log and shown with the log's path (``ui.crash``, which needs the
    core: loaded at the first error, or once the frame has painted).
    """

    def hook(kind, value, tb):
        crash = configure_crash(args, interactive)
        if crash.is_user_error(value):
            crash.report(value)
        else:
            crash.report_crash((kind, value, tb))

    sys.excepthook = hook


def configure_crash(args, interactive: bool):
    """The crash route for this run (--data-dir, a dialog or stderr): ``ui.crash``."""
    from ui import crash

    crash.configure(getattr(args, "data_dir", None), interactive)
    return crash


def _run(app, args, interactive: bool) -> int:
    from ui import theme
    from ui.resources import icon
    from ui.settings import Settings

    app.setApplicationName("UPR Reviewer")
    app.setOrganizationName("upr-reviewer")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.uprreviewer.UPRReviewer")  # Wayland: match the menu entry
    app.setStyle("Fusion")
    app.setWindowIcon(icon("app"))
    try:
        from ui.screenshot import parse_size

        size = parse_size(args.size)
    except ValueError as exc:
        return fail(str(exc), False)
    paths = AppPaths.default(args.data_dir)
    settings = Settings.for_paths(paths)
    from ui import i18n  # before anything is built: every string is looked up in it

    i18n.install(
        i18n.resolve(getattr(args, "language", None) or settings.language),
        paths.data_dir / "translations",
    )
    theme.apply(getattr(args, "theme", None) or settings.theme)  # palette and style sheet
    path, sample = start_workspace(args, settings, paths)
    if not args.screenshot:
        return _run_framed(app, args, settings, paths, (path, sample))
    window = open_window(args, settings, paths, (path, sample), interactive)
    if window is None:
        return 1
    gc.enable()  # it may wait for an import (the sample's) before the picture
    return _screenshot(app, window, Path(args.screenshot), size)


def _run_framed(app, args, settings, paths: AppPaths, start) -> int:
    """The frame painted first (``ui.frame``); then, off the GUI thread, the core and
    the window's modules imported and the workspace file opened (``Loading``), the
    frame answering meanwhile (moved, resized, closed: closing it ends the program);
    then the window built and shown in the frame's place.  A failure gives its message
    (as before: a dialog and stderr), closes the frame and ends the program with 1."""
    from PySide6.QtCore import QTimer

    from ui.frame import Frame, light_name

    frame = Frame(light_name(start[0]), settings.window_state()[0])
    failed: list[int] = []
    opened: list = []  # the window (and its launcher, for File › Open) live as long as the loop
    given = getattr(args, "author", None) or settings.author
    loading = Loading(start[0], given, load_modules)
    poll = QTimer(frame)
    poll.setInterval(10)

    def give_up(code: int) -> None:
        failed.append(code)
        frame.dismiss()
        app.exit(code)

    def load() -> None:
        poll.timeout.connect(loaded)
        poll.start()
        loading.start()

    def loaded() -> None:
        if loading.is_alive() or frame.closed:
            return
        poll.stop()
        if loading.error is not None:  # the core or the window's modules: a bug
            give_up(_unexpected(args, loading.error, True))
            return
        try:
            configure_crash(args, True)
            window = open_window(args, settings, paths, start, True, frame, loading)
        except Exception as exc:
            give_up(_unexpected(args, exc, True))
            return
        if window is None:
            give_up(1)
            return
        opened.append(window)
        after_first_paint(window, settle_garbage_collector)

    frame.show()
    after_first_paint(frame, load)
    code = app.exec()
    if loading.ident is not None:
        loading.join()
        if frame.closed and loading.workspace is not None and not opened:
            loading.workspace.close()  # closed before the window was built
    return failed[0] if failed else code


def load_modules() -> None:
    """``Loading``'s imports: the core, then the window's modules."""
    preload_core()
    preload_window()


def open_window(args, settings, paths: AppPaths, start, interactive: bool, frame=None,
                loading: Loading | None = None):  # fmt: skip
    """The window on the start's workspace; if it is the last team workspace and its
    server is out of reach, the last workspace file or the sample.  None: not opened
    (its message given).  ``loading``: the workspace as opened off the GUI thread."""
    path, sample = start
    author, ask = choose_author(args, settings, interactive)
    launcher = Launcher(settings, author, interactive, ask_name=ask)
    ready = loading.workspace if loading is not None else None
    failure = loading.failure if loading is not None else None
    first = loading.first_reads if ready is not None else None  # type: ignore[union-attr]
    window = launcher.open(ready or path, sample, frame=frame, failure=failure,
                           first_reads=first)  # fmt: skip
    if window is None and locations.is_url(path) and not explicit_workspace(args):
        # the last team workspace's server is out of reach: not the end of the program
        files = [p for p in settings.recent() if not locations.is_url(p) and Path(p).exists()]
        if files:
            window = launcher.open(files[0], frame=frame)
        else:
            from ui.sample import prepare_sample

            window = launcher.open(*prepare_sample(paths), frame=frame)
    return window


def _unexpected(args, exc: Exception, interactive: bool) -> int:
    """The last line of defence: a message, and the details in a log."""
    from ui.i18n import tr

    log = _log_traceback(args)
    said = tr("unexpected error: {kind}: {error}").format(kind=type(exc).__name__, error=exc)
    if log:
        said += " " + tr("(details in {file})").format(file=log)
    return fail(said, interactive)


def choose_author(args, settings, interactive: bool) -> tuple[str, bool]:
    """(the name work is recorded as, whether the window asks for it): --author, the
    name given before, or, on the first start, the login name until the person gives
    theirs in the window's name bar (never a dialog over an empty screen)."""
    from reviewer.workspace import default_author

    given = getattr(args, "author", None) or settings.author
    if given:
        return given, False
    return default_author(), interactive


def _screenshot(app, window, out: Path, size) -> int:
    import time

    from ui.screenshot import take

    deadline = time.monotonic() + 120
    while window.importer.busy and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    try:
        take(window, out, size)
    except OSError as exc:
        return fail(str(exc), False)
    window.close()
    print(str(out))
    return 0


def _log_traceback(args, exc_info=None) -> Path | None:
    try:
        paths = AppPaths.default(getattr(args, "data_dir", None))
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        log = paths.log_dir / "crash.log"
        with log.open("a", encoding="utf-8") as f:
            if exc_info is None:
                traceback.print_exc(file=f)
            else:
                traceback.print_exception(*exc_info, file=f)
        return log
    except OSError:
        return None


if __name__ == "__main__":
    sys.exit(main())
