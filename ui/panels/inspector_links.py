"""The inspector's two lists of a paragraph's recommendations, its links and the
suggestions for it, and the review actions on them: Y and X act on one list at a
time, the one whose row is highlighted.  A newly selected paragraph with open
suggestions starts on its best one (so Y, X, Y… goes down them); clicking, focusing
or moving in a list makes it the one.

A part of ``InspectorPanel`` (a mixin using its lists, session and signals), kept
apart so the panel's module stays readable.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject

from reviewer.workspace import LinkOrigin, LinkRow, LinkStatus, ParagraphRow, PredecessorRow
from ui.core_facts import continuity_reason
from ui.i18n import tr
from ui.render import MUTED, open_suggestions, rejected_suggestion
from ui.render_recommendations import predecessor_text
from ui.undo import (
    LinkStatusCommand,
    PredecessorStatusCommand,
    SuggestionCommand,
    UnlinkCommand,
)

if TYPE_CHECKING:
    from ui.panels.inspector import InspectorPanel

    _Base = InspectorPanel
else:
    _Base = object

LINKS, SUGGESTED = "links", "suggested"  # the list Y and X act on
SELECT = QItemSelectionModel.SelectionFlag


class LinkListsMixin(_Base):
    def _show_links(self, row: ParagraphRow | None, new: bool) -> None:
        """Cited and decided links in Recommendations, open suggestions apart; a newly
        selected paragraph with open suggestions starts on its best one."""
        every = row.links if row else ()
        proposed = open_suggestions(every)
        rejected = [lk for lk in every if rejected_suggestion(lk)]
        linked = [lk for lk in every if not lk.suggested and not rejected_suggestion(lk)]
        had = bool(proposed or rejected) or any(lk.origin == LinkOrigin.SUGGESTION for lk in every)
        current, suggestion = self.links.currentIndex().row(), self.suggested.current_row()
        before = self.suggested.model.rowCount()
        self._showing = True
        try:
            self.links_model.set_rows(linked)
            if linked:
                self.links.selectionModel().setCurrentIndex(
                    self.links_model.index(min(max(current, 0), len(linked) - 1)), SELECT.NoUpdate
                )
            self.suggested.set_links(proposed, rejected, had, 0 if new else suggestion)
        finally:
            self._showing = False
        if new:
            self._picked_links = False
        # suggestions made while the paragraph is shown start on the best one too
        if new or (proposed and not before and not self._picked_links):
            self._active = SUGGESTED if proposed else LINKS
        self._activate(self._active, force=True)

    def _moved_in(self, which: str) -> None:
        if not self._showing:
            self._activate(which)

    def _activate(self, which: str, force: bool = False) -> None:
        """Make ``which`` list the one Y and X act on: its current row highlighted."""
        if which == LINKS and not force:
            self._picked_links = True  # the person chose the links: suggestions wait
        if which == self._active and not force:
            self._update_buttons()  # its current row moved
            return
        self._active = which
        self._showing = True
        try:
            index = self.links.currentIndex()
            if which == LINKS and index.isValid():
                self.links.selectionModel().select(index, SELECT.ClearAndSelect)
            else:
                self.links.clearSelection()
            self.suggested.show_selected(which == SUGGESTED)
        finally:
            self._showing = False
        self._update_buttons()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            if obj is self.links and self.links_model.rowCount():
                self._activate(LINKS)
            elif obj is self.suggested.view:
                self._activate(SUGGESTED)
        return super().eventFilter(obj, event)

    def focus_suggestions(self) -> None:
        """Keyboard access to the suggestions: the list takes focus (↑↓ choose)."""
        self.show_paragraph_tab()
        if self.suggested.model.rowCount():
            self.suggested.view.setFocus()
            self._activate(SUGGESTED)
        else:
            self.status.emit(tr("No open suggestions for this paragraph"))

    def current_link(self) -> LinkRow | None:
        """What Y and X act on: the current suggestion or link, whichever list is active."""
        if self.paragraph is None:
            return None
        if self._active == SUGGESTED:
            return self.suggested.current()
        link = self.links_model.item(self.links.currentIndex().row())
        return link or self.links_model.item(0)

    # -- review actions ------------------------------------------------------------------
    def confirm(self) -> None:
        self.set_status(LinkStatus.CONFIRMED)

    def reject(self) -> None:
        self.set_status(LinkStatus.REJECTED)

    def set_status(self, status: LinkStatus) -> None:
        link = self.current_link()
        if link is None and self._active == SUGGESTED and self.paragraph is not None:
            self.status.emit(tr("No suggestion left here; click a link to confirm or reject it"))
        elif link is not None:
            self._decide(link, status)

    def _decide(self, link: LinkRow, status: str) -> None:
        if link.status == status:
            return
        if not link.suggested:
            self.session.push(LinkStatusCommand(self.session, link, status))
        elif self.session.push(SuggestionCommand(self.session, link, status)):
            said = (
                tr("Accepted suggestion {number} (Ctrl+Z undoes)")
                if status == LinkStatus.CONFIRMED
                else tr("Rejected suggestion {number} (Ctrl+Z undoes)")
            )
            self.status.emit(said.format(number=link.number))

    def unlink(self) -> None:
        link = self.current_link()
        if link is not None and link.suggested:
            self.status.emit(
                tr("{number} is a suggestion: X rejects it, Y accepts it").format(
                    number=link.number
                )
            )
        elif link is not None:
            self.session.push(UnlinkCommand(self.session, link))

    # -- the link's recommendation in earlier cycles: its predecessors, decided here --
    def _show_earlier(self, link: LinkRow | None) -> None:
        """'Also recommended in cycle 1 by Norway: 111.9 — supported', confirm / reject.

        Read off the GUI thread (``earlier_loader``): the lines come when the answer
        does; another recommendation's lines are cleared at once (never shown under
        this one), the same recommendation's stay until its fresh answer replaces them;
        an answer for a link no longer shown is dropped."""
        rid = link.recommendation_id if link is not None else None
        if rid != self._earlier_for:
            self._earlier_for = rid
            self._earlier_lines(rid, [])
        if rid is None:
            self.earlier_loader.cancel()
            return
        ws = self.session.ws
        self.earlier_loader.run(
            lambda: ws.predecessors(rid),
            lambda rows: self._earlier_lines(rid, rows),
            self.status.emit,
        )

    def _earlier_lines(self, rid: int | None, rows: list[PredecessorRow]) -> None:
        if rid != self._earlier_for:
            return  # (the loader drops an older link's answer; this one is belt and braces)
        self._earlier_rows = {p.id: p for p in rows}
        lines = []
        for p in rows:
            text = escape(predecessor_text(p))
            tip = f"{p.score:.2f}: {continuity_reason(p.reason)}" if p.score is not None else ""
            said = {k: escape(v) for k, v in (("confirm", tr("confirm")), ("reject", tr("reject")),
                    ("confirmed", tr("confirmed")), ("rejected", tr("rejected")))}  # fmt: skip
            confirm = f"<a href='confirmed:{p.id}'>{said['confirm']}</a>"
            reject = f"<a href='rejected:{p.id}'>{said['reject']}</a>"
            if p.status == LinkStatus.CONFIRMED:
                act = f"✓ {said['confirmed']} · {reject}"
            elif p.status == LinkStatus.REJECTED:
                text = f"<s>{text}</s>"
                act = f"{said['rejected']} · {confirm}"
            else:
                act = f"{confirm} · {reject}"
            lines.append(
                f"<span title='{escape(tip)}'>{text}</span> "
                f"<span style='color:{MUTED}'>({act})</span>"
            )
        self.earlier.setText("<br>".join(lines))
        self.earlier.setVisible(bool(lines))

    def _earlier_clicked(self, href: str) -> None:
        status, _, pid = href.partition(":")
        row = self._earlier_rows.get(int(pid)) if pid.isdigit() else None
        if row is not None and self.paragraph is not None and status in set(LinkStatus):
            cmd = PredecessorStatusCommand(self.session, self.paragraph.id, row, status)
            self.session.push(cmd)
