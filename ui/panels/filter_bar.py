"""Filters for the reading pane: document scope, tag, recommendation, has note, unreviewed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QToolButton, QWidget

from ui.completer import Registry, make_completer, update_completer
from ui.i18n import tr
from ui.panels.flow_layout import FlowLayout
from ui.resources import icon

TAG_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Filters:
    all_documents: bool = False
    tag: str | None = None
    recommendation_id: int | None = None
    has_note: bool | None = None
    unreviewed: bool | None = None

    @property
    def active(self) -> bool:
        return self != Filters()


class FilterBar(QWidget):
    changed = Signal()
    problem = Signal(str)

    def __init__(self, registry: Registry, parent=None):
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.registry = registry
        self.default_symbol: str | None = None
        self.scope = QComboBox(self)
        self.scope.addItems([tr("This document"), tr("All documents")])
        self.scope.setToolTip(tr("Which documents the filters run over"))
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tag = QComboBox(self)
        self.tag.setToolTip(tr("Only paragraphs with this tag"))
        self.tag.setMinimumContentsLength(len(tr("Any tag")))  # "Any tag" whole, in any language
        self.tag.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.set_tags([])
        self.rec = QLineEdit(self)
        self.rec.setPlaceholderText(tr("Recommendation…"))
        self.rec.setToolTip(tr("Only paragraphs linked to this recommendation (e.g. 28.294)"))
        self.rec.setClearButtonEnabled(True)
        self.rec.setFixedWidth(112)
        self.completer = make_completer(registry, self.rec)
        self.completer.popup().setMinimumWidth(520)
        self.rec.setCompleter(self.completer)
        self.has_note = QCheckBox(tr("Has note"), self)
        self.unreviewed = QCheckBox(tr("Unreviewed"), self)
        self.clear = QToolButton(self)
        self.clear.setIcon(icon("clear"))
        self.clear.setToolTip(tr("Clear the filters (Ctrl+Shift+X)"))
        self.clear.setAutoRaise(True)
        self.clear.clicked.connect(self.reset)
        self._rec_timer = QTimer(self)
        self._rec_timer.setSingleShot(True)
        self._rec_timer.setInterval(400)
        self._rec_timer.timeout.connect(self._rec_changed)
        layout = FlowLayout(self, spacing=6)  # wraps in a narrow window instead of clipping
        layout.setContentsMargins(6, 5, 6, 5)
        for w in (self.scope, self.tag, self.rec, self.has_note, self.unreviewed, self.clear):
            layout.addWidget(w)
        self.scope.currentIndexChanged.connect(self.changed)
        self.tag.currentIndexChanged.connect(self.changed)
        self.has_note.toggled.connect(self.changed)
        self.unreviewed.toggled.connect(self.changed)
        self.rec.returnPressed.connect(self._rec_changed)
        self.rec.textChanged.connect(lambda _: self._rec_timer.start())
        self.completer.activated.connect(lambda _: self._rec_changed())
        self._rec_id: int | None = None

    def set_scope_label(self, label: str | None) -> None:
        """ "All documents" reads as the review's documents when the window has one."""
        self.scope.setItemText(1, tr("Whole review") if label else tr("All documents"))
        self.scope.setItemData(
            1,
            tr("Every document of {review}").format(review=label)
            if label
            else tr("Every document of the workspace"),
            Qt.ItemDataRole.ToolTipRole,
        )

    def set_tags(self, tags) -> None:
        """The tags in order, a group's indented under it.  The chosen tag stays chosen
        when renamed (found by id); when it is gone the filter falls back to any tag,
        and either way the reading pane is told."""
        current = self.tag.currentData()
        current_id = self.tag.currentData(TAG_ID_ROLE)
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(tr("Any tag"), None)
        for t in tags:
            self.tag.addItem(f"\u2003{t.name}" if t.parent else t.name, t.name)
            self.tag.setItemData(self.tag.count() - 1, t.id, TAG_ID_ROLE)
        i = self.tag.findData(current_id, TAG_ID_ROLE) if current_id is not None else 0
        self.tag.setCurrentIndex(max(i, 0))
        self.tag.blockSignals(False)
        if current is not None and self.tag.currentData() != current:
            self.changed.emit()  # renamed, merged away or deleted: filter again

    def refresh_registry(self) -> None:
        update_completer(self.completer, self.registry)

    def _rec_changed(self) -> None:
        self._rec_timer.stop()
        text = self.rec.text().strip()
        rec = self.registry.find(text, self.default_symbol) if text else None
        if text and rec is None:
            self.problem.emit(tr("No recommendation “{text}” in the registry").format(text=text))
        new = rec.id if rec else None
        if new != self._rec_id:
            self._rec_id = new
            self.changed.emit()

    def filters(self) -> Filters:
        return Filters(
            all_documents=self.scope.currentIndex() == 1,
            tag=self.tag.currentData(),
            recommendation_id=self._rec_id,
            has_note=True if self.has_note.isChecked() else None,
            unreviewed=True if self.unreviewed.isChecked() else None,
        )

    def set_filters(self, f: Filters) -> None:
        for w in (self.scope, self.tag, self.has_note, self.unreviewed, self.rec):
            w.blockSignals(True)
        self.scope.setCurrentIndex(1 if f.all_documents else 0)
        self.tag.setCurrentIndex(max(self.tag.findData(f.tag), 0) if f.tag else 0)
        self.has_note.setChecked(bool(f.has_note))
        self.unreviewed.setChecked(bool(f.unreviewed))
        rec = next((r for r in self.registry.rows if r.id == f.recommendation_id), None)
        self.rec.setText(rec.number if rec else "")
        self._rec_id = rec.id if rec else None
        for w in (self.scope, self.tag, self.has_note, self.unreviewed, self.rec):
            w.blockSignals(False)
        self.changed.emit()

    def reset(self) -> None:
        self.set_filters(Filters())
