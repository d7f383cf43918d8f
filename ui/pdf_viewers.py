"""Opening a PDF at a page in the viewer the person uses.

Desktop openers (``QDesktopServices``, ``xdg-open``, Windows' shell, macOS'
``open``) take a file, not a page.  The viewers themselves do: Evince, Atril and
Xreader ``-i N``, Okular ``-p N``, Zathura ``-P N``, MuPDF ``FILE N``, qpdfview
``FILE#N``, SumatraPDF ``-page N``.  So the system's default PDF application is
looked up (on Linux and the BSDs in the freedesktop ``mimeapps.list`` files, the
same ones ``xdg-mime`` reads) and, when it is one of these and on the ``PATH``, it
is started with the page.  Elsewhere, or with another viewer, the file is opened the
usual way and the window says which page to go to.
"""

from __future__ import annotations

import configparser
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

PDF = "application/pdf"

# desktop file id (without ".desktop", lower case, last dotted part) -> (program, args)
VIEWERS: dict[str, tuple[str, Callable[[str, int], list[str]]]] = {
    "evince": ("evince", lambda f, n: ["-i", str(n), f]),
    "atril": ("atril", lambda f, n: ["-i", str(n), f]),
    "xreader": ("xreader", lambda f, n: ["-i", str(n), f]),
    "okular": ("okular", lambda f, n: ["-p", str(n), f]),
    "zathura": ("zathura", lambda f, n: ["-P", str(n), f]),
    "mupdf": ("mupdf", lambda f, n: [f, str(n)]),
    "qpdfview": ("qpdfview", lambda f, n: ["--unique", f"{f}#{n}"]),
    "sumatrapdf": ("SumatraPDF", lambda f, n: ["-reuse-instance", "-page", str(n), f]),
}


def _config_dirs() -> list[Path]:
    """Where freedesktop mimeapps.list files live, most specific first."""
    home = Path.home()
    config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    data = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    config_dirs = os.environ.get("XDG_CONFIG_DIRS") or "/etc/xdg"
    data_dirs = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    return (
        [config]
        + [Path(d) for d in config_dirs.split(":") if d]
        + [data / "applications"]
        + [Path(d) / "applications" for d in data_dirs.split(":") if d]
    )


def default_pdf_application() -> str | None:
    """The desktop file id of the default PDF application ("org.gnome.Evince.desktop"),
    from the first mimeapps.list that names one; None where there is none."""
    for folder in _config_dirs():
        listing = folder / "mimeapps.list"
        if not listing.is_file():
            continue
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        try:
            parser.read(listing, encoding="utf-8")
        except (configparser.Error, OSError, UnicodeDecodeError):
            continue
        if parser.has_option("Default Applications", PDF):
            first = parser.get("Default Applications", PDF).split(";")[0].strip()
            if first:
                return first
    return None


def viewer_name(desktop_id: str) -> str:
    """ "org.gnome.Evince.desktop" -> "evince"; "okularApplication_pdf.desktop" -> "okular"."""
    stem = desktop_id.removesuffix(".desktop").split(".")[-1].lower()
    return next((name for name in VIEWERS if stem.startswith(name)), stem)


def command_at_page(path: str | Path, page: int) -> list[str] | None:
    """The command that opens ``path`` at ``page`` (from 1) in the person's own PDF
    viewer, or None when that viewer is not one that can be told a page."""
    if sys.platform == "win32":
        program = shutil.which("SumatraPDF") or shutil.which("SumatraPDF.exe")
        return [program, *VIEWERS["sumatrapdf"][1](str(path), page)] if program else None
    if sys.platform == "darwin":
        return None  # Preview takes no page; the window says which one
    desktop = default_pdf_application()
    if desktop is None:
        return None
    known = VIEWERS.get(viewer_name(desktop))
    if known is None:
        return None
    program = shutil.which(known[0])
    return [program, *known[1](str(path), page)] if program else None
