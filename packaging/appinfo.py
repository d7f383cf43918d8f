"""What the installers say about the program, read from ``pyproject.toml``.

The name, version, summary, licence and authors live in ``pyproject.toml`` only; the
spec, the build script and the installer scripts get them from here at build time.
The few facts pyproject has no field for (the reverse-DNS id, the name people see)
are the constants below, written once.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent

APP_ID = "io.github.uprreviewer.UPRReviewer"  # AppStream id, .desktop name, macOS bundle id
DISPLAY_NAME = "UPR Reviewer"
GUI_ENTRY = "ui.app:main"  # the gui-script the bundle runs (see launcher.py)
# Fixed for the life of the product: Windows recognises an installed program by it,
# so an update replaces the old version instead of installing beside it.
WINDOWS_APP_GUID = "{6F0C3A52-8E1D-4B7A-9C55-2D8E4A1B7F30}"


@dataclass(frozen=True)
class AppInfo:
    name: str  # distribution and executable name: upr-reviewer
    version: str
    summary: str
    licence: str
    publisher: str
    display_name: str = DISPLAY_NAME
    app_id: str = APP_ID

    @property
    def version_tuple(self) -> tuple[int, int, int, int]:
        """Four numbers for a Windows version resource (0.1.0rc1 → 0, 1, 0, 0)."""
        nums = [int(n) for n in re.findall(r"\d+", self.version.split("+")[0])[:3]]
        return tuple((nums + [0, 0, 0, 0])[:4])

    @property
    def copyright(self) -> str:
        return f"© {self.publisher}; licensed {self.licence}"


@cache
def app_info(pyproject: Path | None = None) -> AppInfo:
    data = tomllib.loads((pyproject or ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project = data["project"]
    scripts = project.get("gui-scripts", {})
    names = [name for name, target in scripts.items() if target == GUI_ENTRY]
    if not names:
        raise SystemExit(f"pyproject.toml has no gui-script for {GUI_ENTRY}; update packaging/")
    authors = ", ".join(a.get("name", "") for a in project.get("authors", []) if a.get("name"))
    licence = project.get("license", "")
    if isinstance(licence, dict):  # the older {text = "..."} form
        licence = licence.get("text", "")
    return AppInfo(
        name=names[0],
        version=project["version"],
        summary=project.get("description", ""),
        licence=licence,
        publisher=authors or names[0],
    )


def windows_version_info(info: AppInfo):
    """The version resource Windows shows in the .exe's Properties → Details."""
    from PyInstaller.utils.win32 import versioninfo as vi

    strings = {
        "CompanyName": info.publisher,
        "FileDescription": info.display_name,
        "FileVersion": info.version,
        "InternalName": info.name,
        "LegalCopyright": info.copyright,
        "OriginalFilename": f"{info.name}.exe",
        "ProductName": info.display_name,
        "ProductVersion": info.version,
    }
    table = vi.StringTable("040904B0", [vi.StringStruct(k, v) for k, v in strings.items()])
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=info.version_tuple, prodvers=info.version_tuple),
        kids=[
            vi.StringFileInfo([table]),
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0409, 1200])]),
        ],
    )


if __name__ == "__main__":
    print(app_info())
