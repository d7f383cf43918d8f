"""``upr-reviewer --screenshot OUT.png [--theme light|dark]``: a picture of the window,
for docs and support (the README has one of each theme)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

DEFAULT_SIZE = (1280, 800)


def parse_size(text: str | None) -> tuple[int, int]:
    if not text:
        return DEFAULT_SIZE
    m = re.fullmatch(r"\s*(\d{3,5})\s*[xX×]\s*(\d{3,5})\s*", text)
    if not m:
        raise ValueError(f"--size wants WIDTHxHEIGHT like 1280x800, not {text!r}")
    return int(m.group(1)), int(m.group(2))


def settle(ms: int = 150) -> None:
    """Let layouts, lazy fetches and delayed item layouts run before grabbing."""
    app = QApplication.instance()
    for _ in range(5):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def prepare(window: QMainWindow, size: tuple[int, int]) -> None:
    """First document selected, a paragraph with cited and suggested links current, so
    every pane has content."""
    window.resize(*size)
    window.fit_docks(*size)
    window.show()
    settle()
    window.fit_docks(*size)
    settle()
    window.reading.wait()  # the first document's rows, read off the GUI thread
    model = window.reading.model
    rows = [model.paragraph(row) for row in range(min(model.rowCount(), 60))]
    with_links = [p for p in rows if p is not None and p.links]

    def shows(p) -> int:  # cited and suggested links both in view, else cited ones
        cited = any(not lk.suggested for lk in p.links)
        return 2 * cited + any(lk.suggested for lk in p.links)

    if with_links:
        best = max(with_links, key=shows)  # the first of the best
        window.reading.select_paragraph(best.id)  # at the top, footnotes and tags in view
    window.reading.view.setFocus()
    window.inspector.wait()  # the link's earlier cycles, read off the GUI thread
    settle()


def take(window: QMainWindow, out: Path, size: tuple[int, int] = DEFAULT_SIZE) -> Path:
    prepare(window, size)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out), "PNG"):
        raise OSError(f"could not write {out}")
    return out
