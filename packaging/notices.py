"""Third-party licence notices for the bundle.

The bundle redistributes Python, Qt (through PySide6, LGPL), PyMuPDF (AGPL) and the
other dependencies; their licences travel with it in ``licenses/``: one summary
file naming each distribution, its version and licence, plus the licence files the
distributions ship.  Called from the spec with the modules PyInstaller collected.
"""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def distributions_for(top_level_names) -> list[metadata.Distribution]:
    by_module = metadata.packages_distributions()
    names = {dist for mod in top_level_names for dist in by_module.get(mod, [])}
    found = {}
    for name in names:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found[dist.metadata["Name"].lower()] = dist
    return [found[k] for k in sorted(found)]


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if text and len(text) < 120 and "\n" not in text:
        return text
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    return "; ".join(classifiers) or "see the licence files"


def collect(top_level_names, work_dir: Path, own_name: str) -> list[tuple[str, str]]:
    """(source, destination folder) pairs for PyInstaller's datas."""
    out_dir = Path(work_dir) / "licenses"
    out_dir.mkdir(parents=True, exist_ok=True)
    lines = [
        "Third-party software in this bundle",
        "",
        f"Python {sys.version.split()[0]}: PSF-2.0 (LICENSE-python.txt)",
    ]
    datas = []
    python_licence = (
        Path(sys.base_prefix)
        / "lib"
        / f"python{sys.version_info[0]}.{sys.version_info[1]}"
        / "LICENSE.txt"
    )
    if not python_licence.exists():
        python_licence = Path(sys.base_prefix) / "LICENSE.txt"  # Windows layout
    if python_licence.exists():
        copy = out_dir / "LICENSE-python.txt"
        copy.write_bytes(python_licence.read_bytes())
        datas.append((str(copy), "licenses"))
    for dist in distributions_for(top_level_names):
        name = dist.metadata["Name"]
        if name.lower().replace("_", "-") == own_name:
            continue
        lines.append(f"{name} {dist.version}: {licence_of(dist)}")
        for file in dist.files or []:
            if ".dist-info" in str(file) and LICENCE_FILE.match(file.name):
                source = Path(dist.locate_file(file))
                if source.is_file():
                    datas.append((str(source), f"licenses/{name}"))
    lines += [
        "",
        "PySide6 brings the Qt libraries, used under the LGPL-3.0: they are separate",
        "shared libraries in the bundle (PySide6/Qt/lib) and may be replaced by",
        "compatible builds.",
        "",
    ]
    summary = out_dir / "THIRD-PARTY.txt"
    summary.write_text("\n".join(lines), encoding="utf-8")
    datas.append((str(summary), "licenses"))
    return datas
