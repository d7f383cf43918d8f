"""The window's reviews: the one worked on (switcher, scoping, remembered per
workspace) and a document's review (moved, confirmed, its short numbers read).

A part of ``MainWindow`` (a mixin: it uses the window's panels, session and
settings), kept apart so the window's module stays readable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from reviewer.workspace import EDITOR, REVIEWER, BadInput, Changes, DocumentRow, NotFound, ReviewRow
from ui.background import Latest
from ui.core_facts import said
from ui.dialogs.numbering import NumberingDialog
from ui.i18n import tr
from ui.reviews import review_label
from ui.undo import DocumentReviewCommand, ShortReadingCommand

if TYPE_CHECKING:
    from ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


def read_registry(ws, code: str | None) -> list:
    """The registry rows the link completer offers for review ``code`` (None: all);
    safe in a worker."""
    try:
        return ws.recommendations(review=code, responds_to=code) if code else ws.recommendations()
    except NotFound:  # the review is gone (its last document moved out)
        return ws.recommendations()


class ReviewsMixin(_Base):
    def _init_reviews(self, first_reads: dict | None = None) -> None:
        """``first_reads``: the reviews and documents read with the workspace's opening
        at start-up (off the GUI thread: ``ui.app.Loading``), used instead of reading."""
        first = first_reads or {}
        self.reviews: list[ReviewRow] = first.get("reviews") or self.ws.reviews()
        # read once, kept until a change says otherwise (apply): switching back and
        # forth between reviews re-reads nothing
        self._documents_cache: list[DocumentRow] | None = first.get("documents")
        self._registry_cache: dict[str | None, list] = {}
        # read off the GUI thread after a write: the registry's rows whose counts a link
        # changed (the ids of every update not yet put in place) and the review notices
        self.registry_rows_loader = Latest(self)
        self._registry_pending: set[int] = set()
        self.notices_loader = Latest(self)
        self.applied_count = 0  # changes applied so far (``apply``)
        self.current_review: str | None = self._remembered_review()

    def _reread_reviews(self, changes: Changes) -> None:
        """``apply``'s part: drop what ``changes`` made stale; the reviews again."""
        self.applied_count += 1  # (what was read before is older than this)
        if changes.documents or changes.reviewed or changes.reviews:
            self._documents_cache = None
        if (changes.registry or changes.links or changes.reviews) and not (
            changes.registry_rows_only
        ):
            self._registry_cache.clear()
            self.registry_rows_loader.cancel()  # the whole registry is read again
            self._registry_pending.clear()
        if changes.reviews or changes.documents:
            self.reviews = self.ws.reviews()
            if self.review_row(self.current_review) is None and self.current_review:
                self.message(
                    tr("{current_review} is no longer a review: showing all reviews").format(
                        current_review=self.current_review
                    )
                )
                self.current_review = None
                self._update_title()
                self.review_changed.emit(None)
            self._show_reviews()
            self._scope_registry()

    # -- the review worked on --------------------------------------------------------------
    def _remembered_review(self) -> str | None:
        code = self.settings.review_for(self.location)
        return code if code and any(r.review == code for r in self.reviews) else None

    def review_row(self, code: str | None) -> ReviewRow | None:
        return next((r for r in self.reviews if r.review == code), None) if code else None

    def review_label(self, code: str | None) -> str | None:
        r = self.review_row(code)
        return review_label(r) if r else code

    def set_review(self, code: str | None) -> None:
        """Work on review ``code`` ("CHN-4"), or on all reviews (None); remembered."""
        if code is not None and self.review_row(code) is None:
            self.message(tr("No review {code} in this workspace").format(code=code))
            code = None
        self.review_switcher.set_current(code)
        if code == self.current_review:
            return
        self.inspector.notes.flush()
        self.current_review = code
        self.settings.set_review_for(self.location, code)
        self._scope_registry()
        self.registry.set_rows(self._registry_rows())
        self.inspector.refresh_registry()
        self.reading.filter_bar.refresh_registry()
        self._scope_panes()
        self._update_title()
        self.review_changed.emit(code)

    def _update_registry_rows(self, ids) -> None:
        """Links changed on these recommendations only: their rows read again (by id)
        and put in place, in the registry read for each review and in the registry
        view; the link completer is left as it is (it shows no counts).

        Read off the GUI thread (``registry_rows_loader``): each request reads the ids
        of every update not yet put in place, so the answer that wins covers those of
        the requests it overtook."""
        self._registry_pending |= set(ids)
        asked = frozenset(self._registry_pending)
        ws = self.ws
        self.registry_rows_loader.run(
            lambda: ws.recommendations(ids=asked),
            lambda rows: self._put_registry_rows(asked, rows),
            self.message,
        )

    def _put_registry_rows(self, asked: frozenset[int], rows) -> None:
        self._registry_pending -= asked
        by_id = {r.id: r for r in rows}
        for code, cached in self._registry_cache.items():
            self._registry_cache[code] = [by_id.get(r.id, r) for r in cached]
        if (panel := self.built_tab("recommendations")) is not None:
            panel.update_rows(rows)

    def _stop_reviews(self) -> None:
        """The window closes: the reads under way end before the workspace does."""
        self.registry_rows_loader.stop()
        self.notices_loader.stop()

    def _scope_registry(self) -> None:
        """The Recommendations tab shows the review's recommendations and those it
        responds to; the link completer offers the previous review's report first."""
        code = self.current_review
        if (panel := self.built_tab("recommendations")) is not None:
            panel.set_review(code)
        row = self.review_row(code)
        previous = self.review_row(row.previous) if row and row.previous else None
        self.registry.set_preferred(list(previous.reports) if previous else [])

    def _registry_rows(self):
        """The recommendations a link may name: the review's and those its documents
        respond to (the previous review's); every one for all reviews."""
        code = self.current_review
        rows = self._registry_cache.get(code)
        if rows is None:
            rows = self._registry_cache[code] = read_registry(self.ws, code)
        return rows

    def _scoped_documents(self) -> list[DocumentRow]:
        """The review's documents (``ws.documents(review=…)``), taken from every
        document's row, read once for all the reviews one switches between."""
        if self._documents_cache is None:
            self._documents_cache = self.ws.documents()
        if self.current_review is None:
            return list(self._documents_cache)
        return [d for d in self._documents_cache if d.review == self.current_review]

    def _scope_panes(self, keep: int | None = None) -> None:
        """The documents pane, search and "All documents" to the review's documents."""
        docs = self._scoped_documents()
        code = self.current_review
        keep = keep if keep is not None else self.documents.current_id()
        self.documents.set_documents(docs, keep, None if code else self.reviews)
        label = self.review_label(code)
        self.search.set_review(code, label)
        self.reading.set_scope([d.id for d in docs] if code else None, label)

    def _show_reviews(self) -> None:
        """The switcher's list and the documents pane's review menu, from ``self.reviews``."""
        self.review_switcher.set_reviews(self.reviews, self.current_review)
        self.documents.set_reviews(self.reviews)

    def _add_switcher(self) -> None:
        tb = self.toolbar
        label = QLabel(tr(" Review: "), self)
        label.setObjectName("hint")
        label.setBuddy(self.review_switcher)
        first = tb.actions()[0] if tb.actions() else None
        tb.insertWidget(first, label)
        tb.insertWidget(first, self.review_switcher)
        tb.insertSeparator(first)

    def suggest_predecessors(self) -> None:
        """Review › Find earlier-cycle predecessors: for a workspace whose cycles were
        imported before predecessors existed (an import of a report does it itself)."""
        code = self.current_review
        if not self.may(REVIEWER):
            return
        if code is None:
            self.message(tr("Choose a review first: predecessors are found for one review"))
            return
        n = self.ws.suggest_predecessors(code)
        self.apply(self.ws.take_changes())
        self.message(
            tr(
                "%n possible predecessor(s) in the earlier cycles of {review}; confirm or "
                "reject them in the Paragraph pane",
                "",
                n,
            ).format(review=self.review_label(code))
        )

    def choose_review(self) -> None:
        """Ctrl+Shift+R: open the review switcher's list."""
        if not self.toolbar.isVisible():
            self.toolbar.show()
        self.review_switcher.open_list()

    # -- a document's review ------------------------------------------------------------------
    def move_document(self, document_id: int, code: str | None) -> bool:
        """Place a document in review ``code`` (its own: confirm the guess); undoable."""
        doc = self.ws.get_document(document_id)
        if doc is None:
            return False
        if code == doc.review and doc.review_status != "uncertain":
            return True
        label = self.review_label(code) if code else tr("no review")
        verb = tr("Confirm review {code}") if code == doc.review else tr("Move to {code}")
        text = verb.format(code=code) if code else tr("Take out of its review")
        done = self.session.push(DocumentReviewCommand(self.session, document_id, code, text))
        if done:
            if code == doc.review:
                self.message(
                    tr("“{title}” is part of {label}").format(title=doc.title, label=label)
                )
            else:
                shown = self.current_review in (None, code)
                where = "" if shown else tr("; choose that review to see it")
                self.message(
                    tr("Moved “{title}” to {label}{where} (Ctrl+Z puts it back)").format(
                        title=doc.title, label=label, where=where
                    )
                )
        return done

    def choose_document_review(self, document_id: int | None = None) -> None:
        """Review → Document's review…: the dialog listing the reviews, and "Other…"."""
        from ui.dialogs.review_choice import ChooseReviewDialog

        if not self.may(EDITOR):
            return
        doc = self.ws.get_document(document_id) if document_id else self.documents.current()
        if doc is None:
            self.message(tr("Select a document first"))
            return
        dialog = ChooseReviewDialog(doc, self.reviews, self)
        self.review_dialog = dialog
        dialog.accepted.connect(lambda: self.move_document(doc.id, dialog.code()))
        dialog.open()

    def propose_short_reading(self, document_id: int | None = None) -> None:
        """The orders the document's short numbers may follow, with their evidence; the
        one accepted is read through an undo command."""
        if not self.may(EDITOR):
            return
        doc = self.ws.get_document(document_id) if document_id else self.documents.current()
        if doc is None:
            self.message(tr("Select a document first"))
            return
        try:
            proposal = self.ws.numbering(doc.id)
        except (BadInput, NotFound) as exc:
            self.message(str(exc))
            return
        if not proposal.candidates:
            self.message(
                said(proposal.reason) or tr("Nothing to propose: its short numbers read directly")
            )
            return
        dialog = NumberingDialog(proposal, doc.title, self)
        self.numbering_dialog = dialog

        def accepted() -> None:
            reading = dialog.chosen()
            if reading is not None and reading != proposal.accepted:
                self.choose_short_reading(doc.id, reading)

        dialog.accepted.connect(accepted)
        dialog.open()

    def choose_short_reading(self, document_id: int, reading: str | None) -> bool:
        text = (
            tr("Read short numbers as {reading}").format(reading=reading)
            if reading
            else tr("Read short numbers automatically")
        )
        return self.session.push(ShortReadingCommand(self.session, document_id, reading, text))

    def _update_notices(self) -> None:
        """The notices above the document's paragraphs (its review, its short numbers'
        reading): the short numbers read off the GUI thread (``notices_loader``), the
        notices shown when they come; another document's answer is dropped."""
        doc = self.documents.current()
        if doc is None or self.reading.filters().all_documents:
            self.notices_loader.cancel()
            self.notices.show_for(None, None)
            return
        ws, label = self.ws, self.review_label(doc.review)

        def read():
            try:
                return ws.short_numbers(doc.id)
            except NotFound:
                return None

        self.notices_loader.run(read, lambda short: self.notices.show_for(doc, short, label))

    def _follow_import(self, document_ids: list[int]) -> None:
        """Imported documents none of which is in the review shown: show theirs (all
        reviews when they went to several), the first of them selected."""
        if self.current_review is None or not document_ids:
            return
        docs = [d for d in map(self.ws.get_document, document_ids) if d is not None]
        reviews = {d.review for d in docs}
        if not reviews or self.current_review in reviews:
            return
        self._documents_cache = None  # what the import added, read before switching
        self._registry_cache.clear()
        self.reviews = self.ws.reviews()
        self._show_reviews()
        self.set_review(reviews.pop() if len(reviews) == 1 else None)
        first = next((d for d in docs if d.paragraphs), docs[0])
        self.documents.select(first.id)
