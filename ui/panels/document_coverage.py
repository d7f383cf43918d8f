"""One submission's coverage: the recommendations it cites, and those it was expected
to address (on the themes it writes about) and does not cite.

Shown as the inspector's "Document coverage" tab (the document of the paragraph
shown) and in the dialog the documents pane's "Coverage of this document…" opens.
Re-read lazily, like the Coverage tab: ``mark_stale`` reads again only when shown.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import Coverage, DocumentRow, RecommendationRow, ReviewerError
from ui import theme
from ui.i18n import tr
from ui.models.coverage import CoverageCache, theme_order
from ui.panels.coverage import paragraph_menu
from ui.session import Session
from ui.theme import qcolor

REC_ROLE = Qt.ItemDataRole.UserRole + 1  # a RecommendationRow on a recommendation's item
GROUP_FG = qcolor("heading")  # the theme's, kept up to date (ui.theme)
MUTED = qcolor("muted")


class RecommendationTree(QTreeWidget):
    """Enter on a recommendation opens it, as a double click does."""

    opened = Signal(object)  # QTreeWidgetItem

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            if item.data(0, REC_ROLE) is not None:
                self.opened.emit(item)
                event.accept()
                return
        super().keyPressEvent(event)


class DocumentCoverageView(QWidget):
    open_paragraph = Signal(int, int)  # document id, paragraph id
    status = Signal(str)

    def __init__(self, session: Session, cache: CoverageCache | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("documentCoverage")
        self.session = session
        self.cache = cache or CoverageCache(session.ws)
        self.document: DocumentRow | None = None
        self.coverage: Coverage | None = None
        self.cited: list[RecommendationRow] = []
        self.suggested: list[RecommendationRow] = []
        self.expected: list[RecommendationRow] = []
        self.stale = True
        self.pick_menu: QMenu | None = None
        self.title = QLabel(self)
        self.title.setObjectName("documentCoverageTitle")
        self.title.setWordWrap(True)
        theme.style(self.title, "color: ${heading};")
        self.counts = QLabel(self)
        self.counts.setObjectName("hint")
        self.counts.setWordWrap(True)
        self.tree = RecommendationTree(self)
        self.tree.setObjectName("documentCoverageTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        theme.style(
            self.tree,
            "QTreeWidget { background: ${base}; border: 1px solid ${border}; border-radius: 4px; }",
        )
        h = self.tree.header()
        h.setStretchLastSection(True)
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setIndentation(14)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.itemActivated.connect(lambda item, _col: self.open_item(item))
        self.tree.opened.connect(self.open_item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        layout.addWidget(self.tree, 1)
        self._show_nothing(tr("No document selected"))

    # -- what is shown ---------------------------------------------------------------------
    def set_document(self, doc: DocumentRow | None) -> None:
        same = (doc is None and self.document is None) or (
            doc is not None and self.document is not None and doc.id == self.document.id
        )
        self.document = doc
        if not same:
            self.mark_stale()

    def mark_stale(self) -> None:
        self.stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

    def _coverage(self, doc: DocumentRow) -> Coverage:
        if doc.review:
            return self.cache.get(doc.review)
        return self.cache.get(None, [doc.id])

    def reload(self) -> None:
        self.stale = False
        doc = self.document
        self.cited, self.suggested, self.expected = [], [], []
        if doc is None:
            self._show_nothing(tr("No document selected"))
            return
        title = doc.title if len(doc.title) <= 110 else doc.title[:108].rstrip() + "…"
        self.title.setText(tr("<b>{title}</b>").format(title=escape(title)))
        self.title.setToolTip(doc.title)
        try:
            cov = self._coverage(doc)
        except ReviewerError as exc:
            self._show_nothing(str(exc), keep_title=True)
            return
        self.coverage = cov
        if all(d.id != doc.id for d in cov.documents):
            self._show_nothing(
                tr(
                    "One of the UN's lists of recommendations, or a document without"
                    " paragraphs: it is not one of the documents whose coverage is counted."
                ),
                keep_title=True,
            )
            return
        for r in cov.recommendations:
            cell = cov.cell(r.id, doc.id)
            if cell.confirmed:
                self.cited.append(r)
            elif cell.suggested:
                self.suggested.append(r)
        self.expected = cov.expected_for(doc.id)
        themes = {key for r in self.cited + self.suggested for key in _keys(r)}
        n, total = len(self.cited), len(cov.recommendations)
        if doc.review:
            text = tr("Cites {n} of {review}'s %n recommendation(s)", "", total)
            text = text.format(n=n, review=doc.review)
        else:
            text = tr("Cites {n} of the %n recommendation(s)", "", total).format(n=n)
        if self.suggested:
            text += ", " + tr("%n more suggested", "", len(self.suggested))
        if themes:
            text += ". " + tr(
                "On the %n theme(s) it writes about, {more} more it does not cite.", "", len(themes)
            ).format(more=len(self.expected))
        else:
            text += "."
        self.counts.setText(text)
        self._fill_tree(cov, themes)

    def _show_nothing(self, text: str, keep_title: bool = False) -> None:
        if not keep_title:
            self.title.setText(
                tr("<span style='color:{value}'>{text}</span>").format(
                    value=theme.hex("muted"), text=escape(text)
                )
            )
            self.counts.setText("")
        else:
            self.counts.setText(text)
        self.tree.clear()

    def _fill_tree(self, cov: Coverage, themes: set[str]) -> None:
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        doc = self.document
        cited = self._group(tr("Cites ({n})").format(n=len(self.cited)), "citedGroup")
        for r in self.cited:
            n = cov.cell(r.id, doc.id).paragraphs
            cited.addChild(self._item(r, tr("%n paragraph(s); double-click to read", "", n)))
        if self.suggested:
            sugg = self._group(
                tr("Suggested, not yet confirmed ({n})").format(n=len(self.suggested)),
                "suggestedGroup",
            )
            for r in self.suggested:
                sugg.addChild(
                    self._item(r, tr("a suggested link; double-click to read and confirm it"))
                )
        expected = self._group(
            tr("Expected, not cited ({n})").format(n=len(self.expected)), "expectedGroup"
        )
        names = {
            code or name: f"{code} {name}".strip() for r in self.expected for code, name in r.themes
        }
        by_theme: dict[str, list[RecommendationRow]] = {}
        for r in self.expected:
            for key in _keys(r):
                if key in themes:
                    by_theme.setdefault(key, []).append(r)
        for key in sorted(by_theme, key=theme_order):
            rows = by_theme[key]
            node = QTreeWidgetItem([f"{names.get(key, key)} ({len(rows)})", ""])
            node.setForeground(0, QBrush(MUTED))
            node.setFlags(Qt.ItemFlag.ItemIsEnabled)
            node.setToolTip(0, node.text(0))
            expected.addChild(node)
            node.setFirstColumnSpanned(True)  # (only once in the tree)
            for r in rows:
                node.addChild(self._item(r, None))
        for group in (cited, expected):
            group.setExpanded(True)
        if self.suggested:
            sugg.setExpanded(True)
        fm = self.tree.fontMetrics()
        widest = max(
            (fm.horizontalAdvance(r.number) for r in self.cited + self.expected), default=40
        )
        self.tree.header().resizeSection(0, widest + 3 * self.tree.indentation() + 16)
        self.tree.setUpdatesEnabled(True)

    def _group(self, text: str, name: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, ""])
        font = QFont(self.tree.font())
        font.setBold(True)
        item.setFont(0, font)
        item.setForeground(0, QBrush(GROUP_FG))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, name)
        self.tree.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)
        return item

    def _item(self, r: RecommendationRow, hint: str | None) -> QTreeWidgetItem:
        text = " ".join((r.text or "").split())
        item = QTreeWidgetItem([r.number, text])
        item.setData(0, REC_ROLE, r)
        themes = "; ".join(f"{c} {n}".strip() for c, n in r.themes)
        tip = f"{r.symbol} {r.number} · {', '.join(r.states)}\n{text}\n{themes}"
        if hint:
            tip += f"\n{hint}"
        item.setToolTip(0, tip)
        item.setToolTip(1, tip)
        return item

    # -- reading what it cites -------------------------------------------------------------
    def cited_numbers(self) -> list[str]:
        return [r.number for r in self.cited]

    def expected_numbers(self) -> list[str]:
        return [r.number for r in self.expected]

    def open_item(self, item: QTreeWidgetItem) -> list[int]:
        """A cited (or suggested) recommendation: open its paragraph, or offer them."""
        r = item.data(0, REC_ROLE) if item is not None else None
        doc = self.document
        if r is None or doc is None:
            return []
        ids = self.session.ws.paragraph_ids_filtered(document_id=doc.id, recommendation_id=r.id)
        if not ids:
            self.status.emit(
                tr("“{title}” does not cite {number}").format(title=doc.title, number=r.number)
            )
        elif len(ids) == 1:
            self.open_paragraph.emit(doc.id, ids[0])
        else:
            if self.pick_menu is not None:
                self.pick_menu.deleteLater()
            self.pick_menu = paragraph_menu(
                self, self.session.ws, doc.id, r, ids, self.open_paragraph.emit
            )
            rect = self.tree.visualItemRect(item)
            self.pick_menu.popup(self.tree.viewport().mapToGlobal(rect.bottomLeft()))
        return ids


def _keys(r: RecommendationRow) -> list[str]:
    return [code or name for code, name in r.themes]
