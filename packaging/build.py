"""Build UPR Reviewer for the system this runs on: a bundle with its own Python and Qt.

    python packaging/build.py [--clean] [--no-installer] [--dist DIR] [--work DIR]

Linux:   dist/upr-reviewer/ (run dist/upr-reviewer/upr-reviewer; install.sh adds a
         menu entry) and dist/upr-reviewer-VERSION-linux-ARCH.tar.gz
Windows: dist/upr-reviewer/ and, with Inno Setup 6 installed,
         dist/upr-reviewer-VERSION-windows-x64-setup.exe
macOS:   dist/UPR Reviewer.app and dist/upr-reviewer-VERSION-macos-ARCH.dmg
         (dmgbuild if installed, else hdiutil)

Needs the program's own dependencies plus PyInstaller in the running Python:
``pip install -e '.[gui,packaging]'``.  See packaging/README.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from appinfo import APP_ID, PACKAGING, ROOT, WINDOWS_APP_GUID, AppInfo, app_info  # noqa: E402

SPEC = PACKAGING / "upr-reviewer.spec"
LINUX = PACKAGING / "linux"
MIN_PYINSTALLER = (6, 10)


class BuildError(Exception):
    pass


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.run([str(c) for c in cmd], check=True, **kw)


def preflight() -> None:
    """Fail early and clearly, instead of producing a bundle that cannot start."""
    try:
        import PyInstaller
    except ImportError:
        raise BuildError("PyInstaller is missing: pip install -e '.[gui,packaging]'") from None
    version = tuple(int(p) for p in PyInstaller.__version__.split(".")[:2] if p.isdigit())
    if version < MIN_PYINSTALLER:
        raise BuildError(
            f"PyInstaller {PyInstaller.__version__} is too old; pip install 'pyinstaller>=6.10'"
        )
    # Everything the window imports must import here, or the bundle silently lacks it.
    probe = "import ui.app, ui.main_window, reviewer.workspace, PySide6.QtSvg"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
    )
    if result.returncode:
        last = (result.stderr.strip().splitlines() or ["?"])[-1]
        raise BuildError(
            f"the program does not import in this Python ({last}); pip install -e '.[gui,packaging]'"
        )


def make_icons(work: Path) -> Path:
    out = work / "icons"
    run([sys.executable, PACKAGING / "make_icons.py", out])
    return out


def pyinstaller(dist: Path, work: Path, icons: Path, clean: bool) -> None:
    cmd = [sys.executable, "-m", "PyInstaller", SPEC, "--noconfirm", "--distpath", dist]
    cmd += ["--workpath", work / "pyinstaller", "--log-level", "WARN"]
    if clean:
        cmd.append("--clean")
    run(cmd, cwd=ROOT, env={**os.environ, "UPR_ICON_DIR": str(icons)})


def release_date() -> str:
    """The build's date, or SOURCE_DATE_EPOCH's for a reproducible build."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.strftime("%Y-%m-%d")


def metainfo_text(info: AppInfo) -> str:
    text = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    release = (
        "  <releases>\n"
        f'    <release version="{info.version}" date="{release_date()}"/>\n'
        "  </releases>\n"
    )
    return text.replace("</component>", release + "</component>")


def linux_files(bundle: Path, icons: Path, info: AppInfo) -> None:
    """Menu entry, AppStream data, icons and install.sh beside the program."""
    share = bundle / "share"
    if share.exists():
        shutil.rmtree(share)
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir(parents=True)
    shutil.copyfile(LINUX / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    metainfo.write_text(metainfo_text(info), encoding="utf-8")
    shutil.copytree(icons / "hicolor", share / "icons" / "hicolor")
    shutil.copyfile(LINUX / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)
    for tool, args in (("appstreamcli", ["validate", "--no-net"]), ("desktop-file-validate", [])):
        target = (
            metainfo if tool == "appstreamcli" else share / "applications" / f"{APP_ID}.desktop"
        )
        if shutil.which(tool):
            run([tool, *args, target])
        else:
            print(f"({tool} not installed: {target.name} not validated)")


def licence_files(bundle: Path) -> None:
    licence = next((p for p in ROOT.glob("LICEN[CS]E*") if p.is_file()), None)
    if licence:
        shutil.copyfile(licence, bundle / licence.name)
    else:
        print("warning: no LICENSE file at the top of the checkout; the bundle ships without it")


def missing_system_libraries(bundle: Path) -> list[str]:
    """Libraries the window system plugins expect from the user's system (not bundled)."""
    if not shutil.which("ldd"):
        return []
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    missing = set()
    for plugin in (internal / "PySide6" / "Qt" / "plugins" / "platforms").glob("*.so"):
        out = subprocess.run(["ldd", str(plugin)], env=env, capture_output=True, text=True).stdout
        missing.update(line.split()[0] for line in out.splitlines() if "not found" in line)
    return sorted(missing)


def tarball(dist: Path, bundle: Path, info: AppInfo) -> Path:
    out = dist / f"{info.name}-{info.version}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=bundle.name)
    return out


def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        for version in ("7", "6"):
            candidate = Path(base or "C:/") / f"Inno Setup {version}" / "ISCC.exe"
            if candidate.exists():
                return str(candidate)
    return None


def windows_installer(dist: Path, bundle: Path, icons: Path, info: AppInfo) -> Path:
    iscc = find_iscc()
    if not iscc:
        raise BuildError(
            "Inno Setup 6 is not installed (winget install JRSoftware.InnoSetup); "
            "or pass --no-installer for the bundle alone"
        )
    base = f"{info.name}-{info.version}-windows-x64-setup"
    defines = {
        "AppId": "{" + WINDOWS_APP_GUID,  # "{{" is Inno's literal "{"
        "AppName": info.display_name,
        "AppVersion": info.version,
        "AppVersionNumeric": ".".join(str(n) for n in info.version_tuple),
        "AppPublisher": info.publisher,
        "AppCopyright": info.copyright,
        "AppExeName": f"{info.name}.exe",
        "SourceDir": str(bundle),
        "OutputDir": str(dist),
        "OutputBaseName": base,
        "IconFile": str(icons / f"{info.name}.ico"),
    }
    licence = next((p for p in ROOT.glob("LICEN[CS]E*") if p.is_file()), None)
    if licence:
        defines["LicenseFile"] = str(licence)
    run(
        [
            iscc,
            "/Q",
            *(f"/D{k}={v}" for k, v in defines.items()),
            PACKAGING / "windows" / "upr-reviewer.iss",
        ]
    )
    return dist / f"{base}.exe"


def macos_dmg(dist: Path, icons: Path, info: AppInfo) -> Path:
    app = dist / f"{info.display_name}.app"
    out = dist / f"{info.name}-{info.version}-macos-{platform.machine()}.dmg"
    out.unlink(missing_ok=True)
    volume = f"{info.display_name} {info.version}"
    try:
        import dmgbuild  # noqa: F401

        run(
            [sys.executable, "-m", "dmgbuild", "-s", PACKAGING / "macos" / "dmg_settings.py",
             "-D", f"app={app}", "-D", f"icon={icons / f'{info.name}.icns'}", volume, out]
        )  # fmt: skip
    except ImportError:  # plain hdiutil: same content, default Finder layout
        stage = dist / "dmg-stage"
        shutil.rmtree(stage, ignore_errors=True)
        stage.mkdir()
        shutil.copytree(app, stage / app.name, symlinks=True)
        (stage / "Applications").symlink_to("/Applications")
        run(
            [
                "hdiutil",
                "create",
                "-volname",
                volume,
                "-srcfolder",
                stage,
                "-ov",
                "-format",
                "UDZO",
                out,
            ]
        )
        shutil.rmtree(stage)
    return out


def smoke_test(bundle: Path, info: AppInfo) -> None:
    """The built program starts and reports pyproject's version."""
    exe = bundle / info.name
    if sys.platform == "win32":
        return  # a window program there has no console to print to
    result = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=120)
    words = result.stdout.split()
    if result.returncode or not words or words[-1] != info.version:
        raise BuildError(
            f"{exe} --version said {result.stdout!r} {result.stderr!r}, expected {info.version}"
        )
    print(f"smoke test: {result.stdout.strip()}")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clean", action="store_true", help="discard PyInstaller's cache first")
    parser.add_argument(
        "--no-installer",
        action="store_true",
        help="the bundle only (no .tar.gz / setup.exe / .dmg)",
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder (build/)")
    args = parser.parse_args(argv)
    info = app_info()
    dist, work = args.dist.resolve(), args.work.resolve()
    started = time.monotonic()
    try:
        preflight()
        icons = make_icons(work)
        pyinstaller(dist, work, icons, args.clean)
        bundle = dist / info.name
        licence_files(bundle)
        outputs = [bundle]
        if sys.platform.startswith("linux"):
            linux_files(bundle, icons, info)
            missing = missing_system_libraries(bundle)
            if missing:
                print(
                    "note: the user's system provides these (not on this build machine):",
                    ", ".join(missing),
                )
        smoke_test(bundle, info)
        if not args.no_installer:
            if sys.platform.startswith("linux"):
                outputs.append(tarball(dist, bundle, info))
            elif sys.platform == "win32":
                outputs.append(windows_installer(dist, bundle, icons, info))
            elif sys.platform == "darwin":
                outputs.append(macos_dmg(dist, icons, info))
    except (BuildError, subprocess.CalledProcessError) as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    elapsed = time.monotonic() - started
    print(f"\n{info.display_name} {info.version} built in {elapsed:.0f} s:")
    for out in outputs:
        size = folder_size(out) if out.is_dir() else out.stat().st_size
        print(f"  {out}  ({size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
