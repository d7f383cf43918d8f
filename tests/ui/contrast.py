"""Contrast checks (WCAG 2: text wants 4.5:1 against what it stands on).

Two ways, both on what the window really uses: the colours written into the HTML the
delegates paint, walked tag by tag (each run of text with the colour and background
it ends up with), and the pixels of a grabbed widget (its commonest colour taken as
the background, its most contrasting pixel as the text).
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from ui.theme import contrast

TEXT = 4.5
_COLOUR = re.compile(r"(?<![-\w])color\s*:\s*([^;]+)")
_BACK = re.compile(r"background-color\s*:\s*([^;]+)")
_VOID = {"br", "img", "hr"}


class _Runs(HTMLParser):
    def __init__(self, ink: str, back: str):
        super().__init__(convert_charrefs=True)
        self.stack = [(ink, back)]
        self.runs: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            return
        ink, back = self.stack[-1]
        style = dict(attrs).get("style") or ""
        if m := _COLOUR.search(style):
            ink = m.group(1).strip()
        if m := _BACK.search(style):
            back = m.group(1).strip()
        self.stack.append((ink, back))

    def handle_endtag(self, tag):
        if tag not in _VOID and len(self.stack) > 1:
            self.stack.pop()

    def handle_data(self, data):
        if data.strip():
            ink, back = self.stack[-1]
            self.runs.append((ink, back, data.strip()))


def html_runs(html: str, ink: QColor | str, back: QColor | str) -> list[tuple[str, str, str]]:
    """(text colour, background, text) of each run of text in ``html`` shown with the
    default ``ink`` on ``back``."""
    ink = ink.name() if isinstance(ink, QColor) else ink
    back = back.name() if isinstance(back, QColor) else back
    walker = _Runs(ink, back)
    walker.feed(html)
    walker.close()
    return walker.runs


def poor_runs(html: str, ink, back, ratio: float = TEXT) -> list[tuple[float, str, str, str]]:
    """The runs of ``html`` under ``ratio``: (ratio, colour, background, text)."""
    return [
        (round(contrast(QColor(c), QColor(b)), 2), c, b, t[:40])
        for c, b, t in html_runs(html, ink, back)
        if contrast(QColor(c), QColor(b)) < ratio
    ]


def image_contrast(image: QImage) -> tuple[float, QColor, QColor]:
    """(ratio, background, text) of a grabbed image: its commonest colour against the
    pixel that stands out most from it."""
    assert not image.isNull() and image.width() * image.height() > 0, "nothing grabbed"
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    counts: Counter[int] = Counter()
    for y in range(image.height()):
        for x in range(image.width()):
            counts[image.pixel(x, y)] += 1
    back = QColor(counts.most_common(1)[0][0])
    best, ink = 1.0, back
    for rgb in counts:
        c = QColor(rgb)
        r = contrast(c, back)
        if r > best:
            best, ink = r, c
    return best, back, ink


def grabbed_contrast(widget: QWidget, rect=None) -> tuple[float, QColor, QColor]:
    pixmap = widget.grab(rect) if rect is not None else widget.grab()
    pixmap.setDevicePixelRatio(1.0)
    return image_contrast(pixmap.toImage())
