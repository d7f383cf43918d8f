"""Starting the program: command line, first-start sample, settings, screenshots, failures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from reviewer.paths import AppPaths
from reviewer.workspace import Workspace
from tests.ui.conftest import CANGO_MD
from ui import app as app_module
from ui.app import Launcher, build_parser, start_workspace
from ui.resources import icon, resources_dir, sample_files, stylesheet
from ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def _run(*args, env_extra=None, timeout=180):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "ui", *args], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=timeout,
    )  # fmt: skip


def test_version_prints_the_version():
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == "upr-reviewer 0.1.0"


def test_screenshot_writes_a_1280x800_png_and_exits_0(tmp_path):
    ws = tmp_path / "w.sqlite"
    with Workspace.open(ws, "shot") as w:
        w.import_files([CANGO_MD])
    out = tmp_path / "shot.png"
    result = _run(
        "--workspace", str(ws), "--data-dir", str(tmp_path / "data"), "--screenshot", str(out)
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    result = _run("--workspace", str(ws), "--data-dir", str(tmp_path / "data"), "--screenshot",
                  str(tmp_path / "small.png"), "--size", "900x600")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert QImage(str(tmp_path / "small.png")).size().toTuple() == (900, 600)


def test_screenshot_in_each_theme(tmp_path):
    """--theme for the README's pictures: the window's panes dark or light, and the
    choice not remembered (it is for this run)."""
    from ui.theme_colours import DARK, LIGHT

    ws = tmp_path / "w.sqlite"
    with Workspace.open(ws, "shot") as w:
        w.import_files([CANGO_MD])
    for theme in ("dark", "light"):
        out = tmp_path / f"{theme}.png"
        result = _run("--workspace", str(ws), "--data-dir", str(tmp_path / "data"),
                      "--theme", theme, "--screenshot", str(out), "--size", "900x600")  # fmt: skip
        assert result.returncode == 0, result.stderr
        image = QImage(str(out))
        colours = {
            image.pixelColor(x, y).name() for x in range(0, 900, 7) for y in range(0, 600, 7)
        }
        expected = DARK if theme == "dark" else LIGHT
        other = LIGHT if theme == "dark" else DARK
        assert expected["base"] in colours and expected["window"] in colours
        assert other["base"] not in colours and other["window"] not in colours
    settings = Settings.for_paths(AppPaths.default(tmp_path / "data"))
    assert settings.theme == "system" and settings.author is None


def test_an_unreadable_workspace_is_one_clear_message_not_a_traceback(tmp_path):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("these are not the droids", encoding="utf-8")
    result = _run("--workspace", str(bad), "--data-dir", str(tmp_path / "d"), "--screenshot",
                  str(tmp_path / "x.png"))  # fmt: skip
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "notes.sqlite" in result.stderr and "not a UPR Reviewer workspace" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_start_failure_shows_a_message_box(monkeypatch, qapp, tmp_path, capsys):
    shown = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    assert app_module.fail("workspace locked", show_dialog=True) == 1
    assert shown == ["workspace locked"]
    assert "workspace locked" in capsys.readouterr().err


def test_first_start_builds_the_sample_workspace(qtbot, tmp_path):
    paths = AppPaths.default(tmp_path / "data")
    settings = Settings.for_paths(paths)
    args = build_parser().parse_args([])
    path, files = start_workspace(args, settings, paths)
    assert path.parent == paths.data_dir
    assert [f.parent for f in files] == [paths.data_dir / "sample"] * 2
    assert {f.name for f in files} == {p.name for p in sample_files()}
    launcher = Launcher(settings, "Sample Reader", interactive=False)
    window = launcher.open(path, files)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.importer.last is not None, timeout=120_000)
    kinds = sorted(d.kind for d in window.ws.documents())
    assert kinds == ["submission", "thematic_list"]
    assert len(window.ws.recommendations(symbol="A/HRC/40/6")) == 346
    assert window.reading.wait(10_000) and window.reading.model.total() > 10
    assert [t.name for t in window.ws.tags()]  # starter tags so 1–9 do something
    assert settings.recent() == [path.resolve()]
    window.close()
    # the second start opens the last workspace, not a new sample
    again, files = start_workspace(args, settings, paths)
    assert again == path.resolve() and files == []


def test_explicit_workspace_wins(tmp_path, monkeypatch):
    paths = AppPaths.default(tmp_path / "d")
    settings = Settings.for_paths(paths)
    args = build_parser().parse_args(["--workspace", str(tmp_path / "mine.sqlite")])
    assert start_workspace(args, settings, paths) == (tmp_path / "mine.sqlite", [])
    monkeypatch.setenv("UPR_REVIEWER_WORKSPACE", str(tmp_path / "env.sqlite"))
    args = build_parser().parse_args([])
    assert start_workspace(args, settings, paths) == (tmp_path / "env.sqlite", [])


def test_settings_remember_author_recent_and_layout(tmp_path, qtbot, make_window, settings):
    settings.author = "Bo Reviewer"
    for i in range(10):
        settings.add_recent(tmp_path / f"w{i}.sqlite")
    assert settings.author == "Bo Reviewer"
    assert (
        settings.recent()[0] == (tmp_path / "w9.sqlite").resolve() and len(settings.recent()) == 8
    )
    w = make_window()
    w.resize(1000, 700)
    w.close()
    geometry, state = settings.window_state()
    assert geometry is not None and state is not None
    again = Settings(QSettings(settings.q.fileName(), QSettings.Format.IniFormat))
    assert again.author == "Bo Reviewer"


def test_resources_are_found_and_icons_are_svg():
    assert (resources_dir() / "style.qss").exists()
    assert "QTableView" in stylesheet()
    assert not icon("import").isNull()
    assert icon("no-such-icon").isNull()
    assert all(p.suffix == ".svg" for p in (resources_dir() / "icons").iterdir())


def test_resources_found_in_a_frozen_bundle(tmp_path, monkeypatch):
    from ui import resources

    bundle = tmp_path / "bundle"
    (bundle / "resources" / "icons").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    resources.resources_dir.cache_clear()
    try:
        assert resources.resources_dir() == bundle / "resources"
    finally:
        monkeypatch.delattr(sys, "_MEIPASS")
        resources.resources_dir.cache_clear()


def test_reviewer_name_is_asked_with_the_login_name_as_default(monkeypatch, qapp):
    from PySide6.QtWidgets import QInputDialog

    from ui.dialogs.workspace import ask_author

    seen = {}

    def fake(parent, title, label, echo, text):
        seen["default"] = text
        return "  Ana   Li ", True

    monkeypatch.setattr(QInputDialog, "getText", fake)
    monkeypatch.setenv("UPR_REVIEWER_AUTHOR", "login-name")
    assert ask_author(None) == "Ana Li"
    assert seen["default"] == "login-name"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("x", False))
    assert ask_author(None) is None


def test_open_another_workspace_from_the_window_and_the_recent_menu(qtbot, tmp_path, settings):
    launcher = Launcher(settings, "Ana", interactive=False)
    first = launcher.open(tmp_path / "one.sqlite")
    qtbot.addWidget(first)
    first.open_workspace(tmp_path / "two.sqlite")
    second = launcher.windows[-1]
    qtbot.addWidget(second)
    assert second is not first and second.ws.path.name == "two.sqlite"
    assert not first.isVisible()
    assert [p.name for p in settings.recent()] == ["two.sqlite", "one.sqlite"]
    second.fill_recent_menu()
    labels = [a.text() for a in second.recent_menu.actions()]
    assert any("one.sqlite" in t for t in labels)
    assert launcher.open(tmp_path) is None  # a folder: refused with a message, no window


def test_sample_flag_opens_the_sample_even_after_other_workspaces(tmp_path):
    paths = AppPaths.default(tmp_path / "data")
    settings = Settings.for_paths(paths)
    settings.add_recent(tmp_path / "other.sqlite")
    (tmp_path / "other.sqlite").write_bytes(b"")
    path, files = start_workspace(build_parser().parse_args(["--sample"]), settings, paths)
    assert path.parent == paths.data_dir and path.name.startswith("sample")
    assert {f.name for f in files} == {p.name for p in sample_files()}


def test_no_display_is_one_clear_message(monkeypatch, capsys):
    from ui.app import main

    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert main(["--workspace", "x.sqlite"]) == 1
    err = capsys.readouterr().err
    assert "no display" in err and "Traceback" not in err


def test_errors_after_start_are_logged_not_fatal(tmp_path, capsys, monkeypatch):
    import sys

    from ui.app import build_parser, install_excepthook

    args = build_parser().parse_args(["--data-dir", str(tmp_path)])
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(args, interactive=False)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert "boom in a slot" in capsys.readouterr().err
    assert "RuntimeError" in (tmp_path / "logs" / "crash.log").read_text()


def test_the_window_takes_the_frames_place(qtbot, tmp_path, settings):
    """At start-up the frame is painted first; the window opens hidden and is shown where
    the frame is (moved or resized meanwhile), the frame closed in the same turn."""
    from ui.frame import Frame, light_name

    assert light_name(tmp_path / "w.sqlite") == "w.sqlite"
    assert light_name("postgresql://ana:secret@db.example.org/upr") == "upr on db.example.org"
    frame = Frame("w.sqlite", settings.window_state()[0])
    qtbot.addWidget(frame)
    assert frame.statusBar().currentMessage() == "Opening w.sqlite…"
    frame.show()
    qtbot.waitExposed(frame)
    frame.resize(1000, 640)
    window = Launcher(settings, "Ana", interactive=False).open(tmp_path / "w.sqlite", frame=frame)
    qtbot.addWidget(window)
    assert window.isVisible() and not frame.isVisible()
    assert window.size().toTuple() == (1000, 640)
    assert window.windowTitle().startswith("w.sqlite — ")
    window.close()
