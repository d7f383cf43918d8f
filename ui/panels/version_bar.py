"""A thin bar above the paragraphs about the shown document's versions:

* the version shown, chosen in a list (an earlier one is read-only, with a way back
  to the latest);
* how many paragraphs changed since someone reviewed them, with "next";
* the work kept on paragraphs that are gone ("3 notes on paragraphs that are gone"),
  which opens the list;
* the file being watched, when it is.

It only shows and asks; the window acts.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from reviewer.workspace import DocumentRow, WorkCounts
from ui import theme
from ui.i18n import tr
from ui.render_changes import CHANGED, version_label, version_tip, work_text

STYLE = """
QWidget#versionBar {{ background: {back}; border-bottom: 1px solid {line}; }}
QWidget#versionBar QLabel {{ color: {ink}; background: transparent; }}
QWidget#versionBar QPushButton {{ padding: 2px 10px; }}
"""
# the theme's roles (ui.theme.style fills them)
LATEST = ("${latest_back}", "${latest_line}", "${latest_text}")
EARLIER = ("${earlier_back}", "${earlier_line}", "${earlier_text}")


class VersionBar(QWidget):
    version_chosen = Signal(int, int)  # the document's id, the version to show
    next_changed = Signal()  # go to the next paragraph changed since reviewed
    gone_wanted = Signal(int)  # the document's id: list the work on gone paragraphs
    versions_wanted = Signal(int)  # the document's id: the versions dialog
    stop_watching = Signal(int)  # the document's id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("versionBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.document: DocumentRow | None = None
        self.live_id: int | None = None
        self.combo = QComboBox(self)
        self.combo.setObjectName("versionChoice")
        self.combo.setToolTip(
            tr("Read another version of the document (earlier ones are read-only)")
        )
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.activated.connect(self._chosen)
        self.text = QLabel(self)
        self.text.setObjectName("versionText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.text.linkActivated.connect(self._link)
        self.text.setMinimumWidth(160)
        self.latest = QPushButton(tr("Back to the &latest"), self)
        self.latest.setObjectName("versionLatest")
        self.latest.clicked.connect(self._back)
        self.versions = QPushButton(tr("Versions…"), self)
        self.versions.setObjectName("versionsButton")
        self.versions.setToolTip(
            tr("Every version: what changed, the work kept on paragraphs gone")
        )
        self.versions.clicked.connect(
            lambda: self.live_id is not None and self.versions_wanted.emit(self.live_id)
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 4, 10, 4)
        row.setSpacing(8)
        row.addWidget(self.combo, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.text, 1)
        row.addWidget(self.latest, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.versions, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_for(
        self,
        document: DocumentRow | None,
        versions: list[DocumentRow],
        changed: int = 0,
        gone: WorkCounts | None = None,
        watching: Path | None = None,
    ) -> None:
        """The bar for ``document`` (the latest version's row or an earlier one's)."""
        self.document = document
        if document is None or (len(versions) < 2 and watching is None):
            self.live_id = None
            self.hide()
            return
        self.live_id = document.version_of or document.id
        earlier = document.version_of is not None
        back, line, ink = EARLIER if earlier else LATEST
        theme.style(self, STYLE.format(back=back, line=line, ink=ink))
        self.combo.blockSignals(True)
        self.combo.clear()
        for v in sorted(versions, key=lambda d: -d.version):
            self.combo.addItem(version_label(v), v.version)
            self.combo.setItemData(
                self.combo.count() - 1, version_tip(v), Qt.ItemDataRole.ToolTipRole
            )
        self.combo.setCurrentIndex(max(self.combo.findData(document.version), 0))
        self.combo.blockSignals(False)
        several = len(versions) > 1
        for w in (self.combo, self.versions):
            w.setVisible(several)
        self.latest.setVisible(earlier)
        parts = []
        if earlier:
            parts.append(
                tr(
                    "<b>Version {n} of {total}</b>: read-only; work goes on the latest version"
                ).format(n=document.version, total=len(versions))
            )
        else:
            if changed:
                said = escape(tr("%n paragraph(s) changed since reviewed", "", changed))
                parts.append(
                    f"<span style='color:{CHANGED}'>⚠ {said}</span> "
                    + tr("(<a href='next'>next</a>)")
                )
            elif several:
                parts.append(escape(tr("No paragraph changed since reviewed")))
            if gone:
                parts.append(f"<a href='gone'>{escape(work_text(gone))}</a>")
            if watching is not None:
                parts.append(
                    tr("Watching <b>{name}</b> (<a href='stop'>stop</a>)").format(
                        name=escape(watching.name)
                    )
                )
        self.text.setText(" &nbsp;·&nbsp; ".join(parts))
        self.text.setToolTip(str(watching) if watching is not None else "")
        self.show()

    def _chosen(self, index: int) -> None:
        version = self.combo.itemData(index)
        if self.live_id is not None and version is not None:
            self.version_chosen.emit(self.live_id, int(version))

    def _back(self) -> None:
        if self.live_id is not None and self.combo.count():
            self.version_chosen.emit(self.live_id, int(self.combo.itemData(0)))

    def _link(self, href: str) -> None:
        if self.live_id is None:
            return
        if href == "next":
            self.next_changed.emit()
        elif href == "gone":
            self.gone_wanted.emit(self.live_id)
        elif href == "stop":
            self.stop_watching.emit(self.live_id)
