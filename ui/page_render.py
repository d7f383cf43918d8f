"""PDF pages as images for the page view, with a few of each kept, and the widget
that paints one with a paragraph's boxes over it.

The open ``pymupdf.Document`` of each recent file is kept (opened from the bytes
whose SHA-256 was checked, so what is shown is what was imported), and the pages
rendered lately are kept as ``QImage`` in a small LRU, so moving through a
document paragraph by paragraph repaints from memory; only a new page renders.

Paragraph boxes are in points of the unrotated page (as PyMuPDF gives text
positions); ``box_rects`` turns them into the rendered image's coordinates through
the page's rotation.  PyMuPDF is imported when the first page is opened, not with
the window.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from reviewer.workspace import Box

if TYPE_CHECKING:
    import pymupdf

MIN_ZOOM, MAX_ZOOM = 0.25, 5.0
HIGHLIGHT_FILL = QColor(255, 196, 0, 80)  # a highlighter's yellow over the page
HIGHLIGHT_LINE = QColor(224, 130, 0)
MARGIN = 8  # around the page in the view


def pdf_errors() -> tuple[type[BaseException], ...]:
    """What opening a PDF raises when it cannot be read: MuPDF's own errors are not
    RuntimeErrors (pymupdf.mupdf.FzErrorBase)."""
    import pymupdf

    base = getattr(getattr(pymupdf, "mupdf", None), "FzErrorBase", None)
    return (RuntimeError, ValueError) + ((base,) if base else ())


class PdfPages:
    """Open PDFs by key (a document id) and their rendered pages."""

    DOCS = 4
    IMAGES = 16

    def __init__(self) -> None:
        self._docs: OrderedDict[int, pymupdf.Document] = OrderedDict()
        self._images: OrderedDict[tuple[int, int, float], QImage] = OrderedDict()

    def open(self, key: int, data: bytes) -> pymupdf.Document:
        """Open ``data`` as the PDF of ``key`` (``pdf_errors()`` when it cannot be read)."""
        import pymupdf

        self.forget(key)
        pymupdf.TOOLS.mupdf_display_errors(False)
        doc = pymupdf.open(stream=data, filetype="pdf")
        self._docs[key] = doc
        while len(self._docs) > self.DOCS:
            old, gone = self._docs.popitem(last=False)
            self._drop_images(old)
            gone.close()
        return doc

    def has(self, key: int) -> bool:
        if key in self._docs:
            self._docs.move_to_end(key)
            return True
        return False

    def forget(self, key: int) -> None:
        doc = self._docs.pop(key, None)
        if doc is not None:
            doc.close()
        self._drop_images(key)

    def clear(self) -> None:
        for key in list(self._docs):
            self.forget(key)

    def _drop_images(self, key: int) -> None:
        for k in [k for k in self._images if k[0] == key]:
            del self._images[k]

    def page_count(self, key: int) -> int:
        return self._docs[key].page_count

    def page_width(self, key: int, page: int) -> float:
        """The width of page ``page`` (from 1) as shown, rotation applied, in points."""
        return self._docs[key][page - 1].rect.width

    def render(self, key: int, page: int, zoom: float, ratio: float = 1.0) -> QImage:
        """Page ``page`` (from 1) at ``zoom`` (1.0: 72 dpi), for a screen of device pixel
        ratio ``ratio``; cached."""
        zoom = round(zoom, 3)
        k = (key, page, round(zoom * ratio, 3))
        image = self._images.get(k)
        if image is not None:
            self._images.move_to_end(k)
            return image
        import pymupdf

        scale = zoom * ratio
        pix = self._docs[key][page - 1].get_pixmap(matrix=pymupdf.Matrix(scale, scale), alpha=False)
        image = QImage(
            pix.samples, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888
        ).copy()  # own the pixels: ``pix`` goes away
        image.setDevicePixelRatio(ratio)
        self._images[k] = image
        while len(self._images) > self.IMAGES:
            self._images.popitem(last=False)
        return image

    def cached(self, key: int, page: int, zoom: float, ratio: float = 1.0) -> bool:
        return (key, page, round(round(zoom, 3) * ratio, 3)) in self._images

    def box_rects(self, key: int, page: int, boxes: tuple[Box, ...], zoom: float) -> list[QRectF]:
        """The boxes on page ``page``, in the rendered image's logical pixels."""
        import pymupdf

        p = self._docs[key][page - 1]
        turn = p.rotation_matrix
        out = []
        for b_page, x0, y0, x1, y1 in boxes:
            if b_page != page:
                continue
            r = pymupdf.Rect(x0, y0, x1, y1) * turn  # onto the page as shown
            r.normalize()
            out.append(QRectF(r.x0 * zoom, r.y0 * zoom, r.width * zoom, r.height * zoom))
        return out


class PageCanvas(QWidget):
    """A rendered page with the paragraph's boxes painted over it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("pageCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.image = QImage()
        self.rects: list[QRectF] = []

    def set_page(self, image: QImage, rects: list[QRectF]) -> None:
        self.image = image
        self.rects = rects
        ratio = image.devicePixelRatio() or 1.0
        w, h = int(image.width() / ratio), int(image.height() / ratio)
        self.setFixedSize(w + 2 * MARGIN, h + 2 * MARGIN)
        self.update()

    def highlight_at(self, i: int = 0) -> QRectF | None:
        """Box ``i`` in the canvas's own coordinates."""
        return self.rects[i].translated(MARGIN, MARGIN) if i < len(self.rects) else None

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#8a939c"))
        if not self.image.isNull():
            ratio = self.image.devicePixelRatio() or 1.0
            page = QRectF(MARGIN, MARGIN, self.image.width() / ratio, self.image.height() / ratio)
            p.drawImage(page, self.image)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(QPen(HIGHLIGHT_LINE, 1.6))
            p.setBrush(HIGHLIGHT_FILL)
            for r in self.rects:
                p.drawRoundedRect(r.translated(MARGIN, MARGIN).adjusted(-3, -2, 3, 2), 2, 2)
        p.end()
