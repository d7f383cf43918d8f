"""The installer recipes agree with pyproject.toml, the sources and each other.

Fast checks that need no build: the Windows and macOS recipes cannot run here, so
what they are given (Inno Setup defines, dmgbuild settings) is checked instead.
"""

from __future__ import annotations

import ast
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET

import pytest

from tests.packaging.helpers import PACKAGING, ROOT, load

appinfo = load("appinfo")
LINUX = PACKAGING / "linux"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_name_and_version_come_from_pyproject():
    info = appinfo.app_info()
    project = PYPROJECT["project"]
    assert info.version == project["version"]
    assert project["gui-scripts"][info.name] == appinfo.GUI_ENTRY
    assert info.licence == project["license"]
    assert info.version_tuple[:2] == tuple(int(n) for n in project["version"].split(".")[:2])


def test_version_tuple_tolerates_pre_releases():
    info = appinfo.AppInfo("x", "1.2rc3", "", "", "")
    assert info.version_tuple == (1, 2, 3, 0)


def spec_constant(name: str):
    tree = ast.parse((PACKAGING / "upr-reviewer.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not found in the spec")


def test_spec_bundles_exactly_the_qt_modules_ui_imports():
    used = set()
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.module.startswith("PySide6.")
            ):
                used.add(node.module.split(".")[1])
            elif isinstance(node, ast.ImportFrom) and node.module == "PySide6":
                used.update(a.name for a in node.names)
            elif isinstance(node, ast.Import):
                used.update(
                    a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6.")
                )
    assert used, "ui/ imports no PySide6 module?"
    assert spec_constant("QT_MODULES") == used, "update QT_MODULES in packaging/upr-reviewer.spec"


def test_spec_keeps_the_plugins_a_window_needs():
    keep = spec_constant("QT_PLUGINS_KEEP")
    assert {
        "libqxcb.so",
        "libqwayland.so",
        "libqoffscreen.so",
        "qwindows.dll",
        "libqcocoa.dylib",
    } <= keep["platforms"]
    assert "libqsvgicon.so" in keep["iconengines"] and "libqsvg.so" in keep["imageformats"]
    assert "tls" not in keep and "networkinformation" not in keep and "sqldrivers" not in keep


def test_icons_for_every_system(tmp_path, request):
    pytest.importorskip("PySide6.QtSvg")
    request.getfixturevalue("qapp")  # pytest-qt's QApplication, not a bare QGuiApplication
    from PySide6.QtGui import QImage

    make_icons = load("make_icons")
    out = make_icons.make_icons(tmp_path)

    ico = out["ico"].read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = []
    for i in range(count):
        w, _h, _c, _r, _planes, _bits, length, offset = struct.unpack_from(
            "<BBBBHHII", ico, 6 + 16 * i
        )
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        image = QImage.fromData(ico[offset : offset + length], "PNG")
        assert image.width() == (w or 256)
        sizes.append(w or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]

    icns = out["icns"].read_bytes()
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)
    pos, types = 8, {}
    while pos < len(icns):
        kind, length = icns[pos : pos + 4], struct.unpack_from(">I", icns, pos + 4)[0]
        types[kind] = QImage.fromData(icns[pos + 8 : pos + length], "PNG").width()
        pos += length
    assert types == {kind: size for kind, size in make_icons.ICNS_TYPES}
    assert types[b"ic10"] == 1024

    for size in make_icons.LINUX_SIZES:
        png = out["hicolor"] / f"{size}x{size}" / "apps" / f"{appinfo.APP_ID}.png"
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not empty
        assert image.pixelColor(0, 0).alpha() == 0  # rounded corner stays transparent
    assert (out["hicolor"] / "scalable" / "apps" / f"{appinfo.APP_ID}.svg").exists()


def test_metainfo_names_the_program_and_its_licence(tmp_path):
    build = load("build")
    info = appinfo.app_info()
    text = build.metainfo_text(info)
    root = ET.fromstring(text.encode())
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == appinfo.APP_ID
    assert root.findtext("name") == info.display_name
    assert root.findtext("project_license") == info.licence
    assert root.findtext("provides/binary") == info.name
    launchable = root.findtext("launchable")
    assert (LINUX / launchable).exists()
    assert root.find("releases/release").get("version") == info.version
    if shutil.which("appstreamcli"):
        path = tmp_path / f"{appinfo.APP_ID}.metainfo.xml"
        path.write_text(text, encoding="utf-8")
        result = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_starts_the_program():
    info = appinfo.app_info()
    path = LINUX / f"{appinfo.APP_ID}.desktop"
    entries = dict(
        line.split("=", 1)
        for line in path.read_text(encoding="utf-8").splitlines()
        if "=" in line and not line.startswith("#")
    )
    assert entries["Exec"].split()[0] == info.name
    assert entries["TryExec"] == info.name
    assert entries["Icon"] == appinfo.APP_ID
    assert entries["Name"] == info.display_name
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(path)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_inno_setup_gets_every_value_it_uses(tmp_path, monkeypatch):
    build = load("build")
    info = appinfo.app_info()
    iss = (PACKAGING / "windows" / "upr-reviewer.iss").read_text(encoding="utf-8")
    used = set(re.findall(r"\{#(\w+)\}", iss)) | set(re.findall(r"^\s*#ifn?def\s+(\w+)", iss, re.M))
    defined_in_script = set(re.findall(r"^\s*#define\s+(\w+)", iss, re.M))
    calls = []
    monkeypatch.setattr(build, "find_iscc", lambda: "ISCC.exe")
    monkeypatch.setattr(build, "run", lambda cmd, **kw: calls.append([str(c) for c in cmd]))
    out = build.windows_installer(tmp_path, tmp_path / info.name, tmp_path / "icons", info)
    (cmd,) = calls
    passed = dict(arg[2:].split("=", 1) for arg in cmd if arg.startswith("/D"))
    missing = used - defined_in_script - set(passed) - {"LicenseFile"}  # LicenseFile is optional
    assert not missing, f"the .iss uses {missing}, which build.py does not pass"
    assert passed["AppVersion"] == info.version
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", passed["AppId"])
    assert passed["AppVersionNumeric"].count(".") == 3
    assert cmd[-1].endswith("upr-reviewer.iss")
    assert out.name == f"{passed['OutputBaseName']}.exe"


def test_dmg_settings_lay_out_the_app_and_applications_link():
    info = appinfo.app_info()
    app = f"/tmp/dist/{info.display_name}.app"
    namespace = {"defines": {"app": app, "icon": "/tmp/icons/x.icns"}}
    exec(
        compile(
            (PACKAGING / "macos" / "dmg_settings.py").read_text(encoding="utf-8"),
            "dmg_settings",
            "exec",
        ),
        namespace,
    )
    assert namespace["files"] == [app]
    assert namespace["symlinks"] == {"Applications": "/Applications"}
    assert set(namespace["icon_locations"]) == {f"{info.display_name}.app", "Applications"}
    assert namespace["format"] == "UDZO"


def test_install_script_is_valid_shell():
    result = subprocess.run(["sh", "-n", str(LINUX / "install.sh")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(
    sys.platform != "win32", reason="PyInstaller's version resource code runs on Windows only"
)
def test_windows_version_resource():
    resource = appinfo.windows_version_info(appinfo.app_info())
    assert resource.toRaw()


def test_a_damaged_bundle_says_reinstall_instead_of_a_traceback(monkeypatch):
    launcher = load("launcher")
    messages = []
    monkeypatch.setattr(launcher, "_report", messages.append)
    monkeypatch.setitem(
        sys.modules, "ui.app", None
    )  # "import ui.app" now fails like a missing file
    assert launcher.run() == 1
    (message,) = messages
    assert "reinstall" in message.lower() and "ModuleNotFoundError" in message
