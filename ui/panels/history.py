"""The inspector's History: who did what to the paragraph, and when, newest first.

"Ana · 2 Dec 14:05 — tagged “Torture”".  The inspector's third tab (View › Paragraph
history, Ctrl+H, brings it to the front with the keys in the list).  It reads the
history only while in front, again whenever the paragraph is shown anew (after the
person's own actions, and a colleague's seen live).
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape

from PySide6.QtCore import QT_TR_NOOP, QLocale, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from reviewer.workspace import HistoryRow, ReviewerError
from ui.delegates import HtmlDelegate
from ui.i18n import tr
from ui.models import HTML_ROLE
from ui.render import MUTED, short
from ui.session import Session

LIMIT = 200  # entries read for one paragraph
QUOTE_CHARS = 60  # a quoted tag, note or title, as the workspace clips it
# an entry's action -> how it reads in the window's language, filled from its detail
# (the workspace's own sentence, in English, for an action not here)
ACTIONS = {
    "tag added": QT_TR_NOOP("tagged “{tag}”"),
    "tag removed": QT_TR_NOOP("removed the tag “{tag}”"),
    "passage tagged": QT_TR_NOOP("tagged the words “{quote}” as “{tag}”"),
    "passage untagged": QT_TR_NOOP("took the tag “{tag}” off the words “{quote}”"),
    "note added": QT_TR_NOOP("noted “{text}”"),
    "note edited": QT_TR_NOOP("edited a note: “{text}” (was “{before}”)"),
    "note kept beside": QT_TR_NOOP("saved a note beside a colleague's edit: “{text}”"),
    "note deleted": QT_TR_NOOP("deleted the note “{text}”"),
    "reviewed": QT_TR_NOOP("marked it reviewed"),
    "unreviewed": QT_TR_NOOP("cleared its reviewed mark"),
    "linked": QT_TR_NOOP("linked it to {recommendation}"),
    "unlinked": QT_TR_NOOP("removed the link to {recommendation}"),
    "document imported": QT_TR_NOOP("imported “{title}”"),
    "document removed": QT_TR_NOOP("removed “{title}”"),
    "document restored": QT_TR_NOOP("brought back “{title}”"),
}
DECIDED = {
    "confirmed": QT_TR_NOOP("confirmed the link to {recommendation}"),
    "rejected": QT_TR_NOOP("rejected the link to {recommendation}"),
    "suggested": QT_TR_NOOP("suggested the link to {recommendation} again"),
}


def history_text(row: HistoryRow) -> str:
    """What was done, in the window's language ("a étiqueté « Torture »")."""
    form = ACTIONS.get(row.action)
    if row.action == "link decided":
        form = DECIDED.get(str(row.detail.get("status")))
    if form is None:
        return row.text
    values = {
        k: short(" ".join(v.split()), QUOTE_CHARS) if isinstance(v, str) else v
        for k, v in row.detail.items()
    }
    try:
        return tr(form).format(**values)
    except (KeyError, IndexError):
        return row.text


def when(at: datetime, now: datetime | None = None) -> str:
    """When, in local time: "2 Dec 14:05" ("2 Dec 2023 14:05" in another year)."""
    local = at.replace(tzinfo=UTC).astimezone() if at.tzinfo is None else at.astimezone()
    now = now or datetime.now().astimezone()
    locale = QLocale()
    day = locale.toString(local.date(), "d MMM" if local.year == now.year else "d MMM yyyy")
    return f"{day} {locale.toString(local.time(), 'HH:mm')}"


def entry_line(row: HistoryRow, now: datetime | None = None) -> str:
    who = row.author or tr("someone")
    return f"{who} · {when(row.at, now)} — {history_text(row)}"


def entry_html(row: HistoryRow, now: datetime | None = None) -> str:
    """Who and when on a line (the name bold, the time muted), what under it."""
    who = row.author or tr("someone")
    return (
        f"<b>{escape(who)}</b> "
        f"<span style='color:{MUTED}'>· {escape(when(row.at, now))}</span><br>"
        f"{escape(history_text(row))}"
    )


class HistorySection(QWidget):
    """The inspector's third tab; it reads the history only while it is in front."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.paragraph_id: int | None = None
        self.active = False  # its tab in front
        self.rows: list[HistoryRow] = []
        self.heading = QLabel(tr("History"), self)
        self.heading.setObjectName("sectionTitle")
        self.list = QListWidget(self)
        self.list.setObjectName("historyList")
        self.list.setAccessibleName(tr("Paragraph history"))
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setItemDelegate(HtmlDelegate(self.list))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)  # as the paragraph's tab
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)

    def set_active(self, on: bool) -> None:
        self.active = on
        if on:
            self.refresh()

    def show_for(self, paragraph_id: int | None) -> None:
        self.paragraph_id = paragraph_id
        if self.active:
            self.refresh()
        else:
            self.rows = []

    def refresh(self) -> None:
        rows: list[HistoryRow] = []
        if self.paragraph_id is not None:
            try:
                rows = self.session.ws.history(paragraph_id=self.paragraph_id, limit=LIMIT)
            except ReviewerError as exc:  # the server gone: say so in the list
                self._fill([], tr("The history cannot be read now: {error}").format(error=exc))
                return
        self.rows = rows
        if self.paragraph_id is None:
            self._fill([], tr("Select a paragraph to see its history"))
        else:
            self._fill(rows, tr("Nothing done to this paragraph yet"))

    def _fill(self, rows: list[HistoryRow], empty: str) -> None:
        current = self.list.currentRow()
        self.list.clear()
        now = datetime.now().astimezone()
        for row in rows:
            item = QListWidgetItem(entry_line(row, now))  # what a screen reader reads
            item.setData(HTML_ROLE, entry_html(row, now))
            item.setToolTip(
                tr("{value}, {at:%Y-%m-%d %H:%M} UTC: {text}").format(
                    value=row.author or tr("someone"), at=row.at, text=history_text(row)
                )
            )
            self.list.addItem(item)
        if not rows:
            item = QListWidgetItem(empty)
            item.setData(HTML_ROLE, f"<span style='color:{MUTED}'>{escape(empty)}</span>")
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        elif 0 <= current < len(rows):
            self.list.setCurrentRow(current)
        n = len(rows)
        self.heading.setText(
            tr("History: %n action(s), newest first", "", n) if rows else tr("History")
        )

    def lines(self) -> list[str]:
        return [entry_line(r) for r in self.rows]

    def focus(self) -> None:
        self.list.setFocus()
        if self.list.currentRow() < 0 and self.rows:
            self.list.setCurrentRow(0)
