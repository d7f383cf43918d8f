"""A document's versions: each one with its file, date and what changed from the one
before; the selected one's difference paragraph by paragraph; and the work people
did on paragraphs that are gone from the latest version (kept on the earlier
versions, never deleted), each with a way to read it where it is.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import ParagraphChange, ReviewerError, VersionRow, Workspace
from ui.delegates import HtmlDelegate
from ui.i18n import tr
from ui.models import HTML_ROLE
from ui.render import MUTED, short
from ui.render_changes import (
    CHANGED,
    DELETED,
    changes_text,
    diff_paragraph_html,
    version_summary_html,
    work_text,
)

WHAT_CHANGED, GONE = range(2)  # the tabs


def gone_work_html(ws: Workspace, live_id: int, versions: list[VersionRow]) -> tuple[str, int]:
    """The paragraphs of earlier versions that are gone and carry work (the notes
    written in full), each with a link to read it; and how many there are."""
    items = []
    for v in versions[:-1]:
        if not v.gone:
            continue
        try:
            removed = ws.diff(live_id, v.version, v.version + 1).removed
        except ReviewerError:
            continue
        for r in removed:
            if not r.work:
                continue
            label = (
                f"¶ {escape(r.label)}"
                if r.label
                else escape(tr("paragraph {number}").format(number=r.seq + 1))
            )
            row = ws.paragraph(r.paragraph_id)
            notes = "".join(
                f"<br>✎ {escape(n.body)} <span style='color:{MUTED}'>— "
                f"{escape(n.author or '')}</span>"
                for n in (row.notes if row else ())
            )
            tags = ", ".join(t.name for t in row.tags) if row else ""
            of = tr("{paragraph} of version {version}").format(
                paragraph=f"<b>{label}</b>", version=v.version
            )
            read = escape(tr("read it there"))
            tags_line = "<br>" + escape(tr("Tags: {tags}").format(tags=tags)) if tags else ""
            items.append(
                f"<p>{of} "
                f"<span style='color:{CHANGED}'>· {escape(work_text(r.work, gone=False))}</span>"
                f" · <a href='show:{v.version}:{r.paragraph_id}'>{read}</a><br>"
                f"<span style='color:{MUTED}'>{escape(short(r.text, 220))}</span>"
                + tags_line
                + f"{notes}</p>"
            )
    if not items:
        none = escape(tr("No work on paragraphs that are gone."))
        return f"<p style='color:{MUTED}'>{none}</p>", 0
    intro = tr(
        "Paragraphs of earlier versions that no later paragraph continues. The work on "
        "them is kept there; copy what still applies to the latest version."
    )
    head = f"<p style='color:{MUTED}'>{escape(intro)}</p>"
    return head + "".join(items), len(items)


def changes_html(ws: Workspace, live_id: int, v: VersionRow) -> str:
    """What version ``v`` changed from the one before, paragraph by paragraph."""
    if v.changes is None:
        first = tr("The first version: %n paragraph(s).", "", v.paragraphs)
        return f"<p>{escape(first)}</p>"
    d = ws.diff(live_id, v.version - 1, v.version)
    span = tr("From version {old} to {new}:").format(old=d.from_version, new=d.to_version)
    parts = [f"<p><b>{escape(span)}</b> {escape(changes_text(d.changes))}</p>"]
    for p in d.paragraphs:
        if p.change != ParagraphChange.UNCHANGED:
            parts.append(f"<p>{diff_paragraph_html(p)}</p>")
    for r in d.removed:
        label = (
            f"¶ {escape(r.label)}"
            if r.label
            else escape(tr("Paragraph {number}").format(number=r.seq + 1))
        )
        kept = tr("{counts} kept on it").format(counts=work_text(r.work, gone=False))
        work = f" <span style='color:{CHANGED}'>· {escape(kept)}</span>" if r.work else ""
        removed = escape(tr("removed"))
        parts.append(
            f"<p><b>{label}</b> <span style='color:{MUTED}'>· {removed}</span>{work}<br>"
            f"<s style='color:{DELETED}'>{escape(short(r.text, 240))}</s></p>"
        )
    return "".join(parts)


class VersionsDialog(QDialog):
    show_version = Signal(int, int)  # the document's id, a version
    show_paragraph = Signal(int, int, int)  # the document's id, a version, a paragraph id

    def __init__(self, ws: Workspace, live_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("versionsDialog")
        self.ws, self.live_id = ws, live_id
        self.resize(900, 560)
        self.list = QListWidget(self)
        self.list.setObjectName("versionsList")
        self.list.setItemDelegate(HtmlDelegate(self.list))
        self.list.currentRowChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _item: self._show_version())
        self.changes = QTextBrowser(self)
        self.changes.setObjectName("versionChanges")
        self.gone = QTextBrowser(self)
        self.gone.setObjectName("goneWork")
        self.gone.setOpenLinks(False)
        self.gone.anchorClicked.connect(self._anchor)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.changes, tr("What changed"))
        self.tabs.addTab(self.gone, tr("Work on paragraphs that are gone"))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 2)
        split.setSizes([300, 600])
        self.show_button = QPushButton(tr("&Show this version"), self)
        self.show_button.setObjectName("showVersion")
        self.show_button.setToolTip(tr("Read it in the reading pane (an earlier one read-only)"))
        self.show_button.clicked.connect(self._show_version)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.versions: list[VersionRow] = []
        self.reload()

    def reload(self, live_id: int | None = None) -> None:
        """Read the versions again (another document's with ``live_id``)."""
        self.live_id = live_id or self.live_id
        self.versions = self.ws.versions(self.live_id)
        latest = self.versions[-1]
        self.setWindowTitle(tr("Versions of “{title}”").format(title=short(latest.title, 70)))
        self.list.clear()
        for v in reversed(self.versions):
            item = QListWidgetItem(tr("Version {number}").format(number=v.version))
            item.setData(HTML_ROLE, version_summary_html(v))
            item.setData(Qt.ItemDataRole.UserRole, v.version)
            self.list.addItem(item)
        html, n = gone_work_html(self.ws, self.live_id, self.versions)
        self.gone.setHtml(html)
        self.tabs.setTabText(GONE, tr("Work on paragraphs that are gone ({n})").format(n=n))
        self.list.setCurrentRow(0)

    def show_gone(self) -> None:
        self.tabs.setCurrentIndex(GONE)

    def current_version(self) -> VersionRow | None:
        item = self.list.currentItem()
        if item is None:
            return None
        number = item.data(Qt.ItemDataRole.UserRole)
        return next((v for v in self.versions if v.version == number), None)

    def _show(self, _row: int) -> None:
        v = self.current_version()
        self.changes.setHtml(changes_html(self.ws, self.live_id, v) if v else "")
        self.show_button.setText(
            tr("&Show the latest version") if v and v.latest else tr("&Show this version")
        )

    def _show_version(self) -> None:
        v = self.current_version()
        if v is not None:
            self.show_version.emit(self.live_id, v.version)

    def _anchor(self, url: QUrl) -> None:
        kind, _, rest = url.toString().partition(":")
        version, _, pid = rest.partition(":")
        if kind == "show" and version.isdigit() and pid.isdigit():
            self.show_paragraph.emit(self.live_id, int(version), int(pid))
