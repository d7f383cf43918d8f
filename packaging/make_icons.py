"""Render the application icon for each system from the one SVG.

    python packaging/make_icons.py [OUT_DIR]     (default: build/icons)

Writes ``upr-reviewer.ico`` (Windows: 16–256 px), ``upr-reviewer.icns`` (macOS:
16–1024 px) and ``hicolor/NxN/apps/<app id>.png`` plus ``scalable/`` (Linux icon
theme layout, 16–512 px).  Rendering uses Qt's QSvgRenderer on the offscreen
platform, so it needs PySide6 and no display; the .ico and .icns containers are
written here (PNG-compressed entries, as Windows Vista+ and macOS 10.7+ read them)
to avoid another dependency.  Generated at build time, never committed.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from appinfo import APP_ID, ROOT, app_info  # noqa: E402

SOURCE_SVG = ROOT / "resources" / "icons" / "app.svg"
LINUX_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data: (type, pixel size), the set Pillow writes too.
# "@2x" types share sizes; icp6 is left out (readers disagree on whether it is 48 or 64).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)


def render_pngs(svg: Path, sizes) -> dict[int, bytes]:
    """PNG bytes of the SVG at each size (square, transparent background)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    out = {}
    for size in sorted(set(sizes)):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buf, "PNG"):
            raise SystemExit(f"could not encode the {size}px icon as PNG")
        buf.close()
        out[size] = bytes(data.data())
    return out


def ico_bytes(pngs: dict[int, bytes], sizes=ICO_SIZES) -> bytes:
    """An ICO container (ICONDIR + entries) holding PNG images; 256 is written as 0."""
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes], types=ICNS_TYPES) -> bytes:
    """An ICNS container: 'icns', total length, then (type, length, PNG) elements."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in types
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out_dir: Path, svg: Path = SOURCE_SVG) -> dict[str, Path]:
    name = app_info().name
    sizes = set(LINUX_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES}
    pngs = render_pngs(svg, sizes)
    out_dir.mkdir(parents=True, exist_ok=True)
    ico = out_dir / f"{name}.ico"
    ico.write_bytes(ico_bytes(pngs))
    icns = out_dir / f"{name}.icns"
    icns.write_bytes(icns_bytes(pngs))
    hicolor = out_dir / "hicolor"
    for size in LINUX_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    png = out_dir / f"{name}.png"  # 256 px, for anything that wants one file
    png.write_bytes(pngs[256])
    return {"ico": ico, "icns": icns, "hicolor": hicolor, "png": png}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else ROOT / "build" / "icons"
    for kind, path in make_icons(out).items():
        print(f"{kind}: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
