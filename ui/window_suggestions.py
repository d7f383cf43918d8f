"""The window's suggestions: the recommendations a document's paragraphs likely speak
to without citing them, made in the background after an import and on demand
(Review › Suggest for this document, Ctrl+Shift+S, or the documents pane's menu).

A part of ``MainWindow`` (a mixin using its panels, session and status bar), kept
apart so the window's module stays readable, as ``ReviewsMixin`` is.  Deciding on a
suggestion (Y, X) is the inspector's; the window re-reads what a run wrote through
``apply``, as after any other write.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QMessageBox

from reviewer.workspace import REVIEWER, SUGGESTED_KINDS, ImportResult, ReviewerError
from ui.background import Latest
from ui.core_facts import said
from ui.i18n import tr
from ui.render import short
from ui.suggester import Suggester

if TYPE_CHECKING:
    from ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object

SUGGEST_TIP = QT_TR_NOOP(
    "Rank, for each paragraph of the selected document, the recommendations it likely "
    "speaks to without citing them (they count nowhere until accepted with Y)"
)


def scope_reason(ws, document_id: int | None) -> str | None:
    """Why nothing can be suggested for the document (None: it can); safe in a worker
    (the core's reason is a ``Fact``: said in the window's language where it is shown)."""
    if document_id is None:
        return tr("select a document first")
    try:
        return ws.suggestion_scope(document_id).reason
    except ReviewerError as exc:
        return str(exc)


class SuggestionsMixin(_Base):
    def _init_suggestions(self) -> None:
        """After the actions and the importer exist."""
        self.suggester = Suggester(self, self.ws)
        self.suggester.done.connect(self._suggested)
        self.suggester.failed.connect(self._suggest_failed)
        self.suggest_box: QMessageBox | None = None
        self.suggest_loader = Latest(self)  # why the document shown can't have suggestions
        self.importer.finished.connect(self._suggest_imported)
        self.documents.document_selected.connect(lambda _doc: self.update_suggest_action())
        self.documents.suggest_wanted.connect(self.suggest_document)
        self.documents.suggest_reason = self.suggest_reason
        self.session.applied.connect(self._suggest_scope_changed)
        self.update_suggest_action()

    def suggest_reason(self, document_id: int | None) -> str | None:
        """Why nothing can be suggested for the document (None: it can), in the
        window's language."""
        reason = scope_reason(self.ws, document_id)
        return None if reason is None else said(reason)

    def update_suggest_action(self) -> None:
        """Enabled for a document that can have suggestions; else the reason, as a tip.

        The reason is read off the GUI thread (``suggest_loader``: a document selected
        meanwhile drops the older answer); asking anyway checks again at once."""
        doc = self.documents.current()
        if doc is None:
            self.suggest_loader.cancel()
            self._show_suggest_reason(self.suggest_reason(None))
            return
        ws = self.ws
        self.suggest_loader.run(lambda: scope_reason(ws, doc.id), self._show_suggest_reason)

    def _show_suggest_reason(self, reason: str | None) -> None:
        act = self.actions_.suggest_document
        act.setEnabled(reason is None)
        tip = (
            tr(SUGGEST_TIP)
            if reason is None
            else tr("Not for this document: {reason}").format(reason=said(reason))
        )
        act.setToolTip(tip)
        act.setStatusTip(tip)

    def _suggest_scope_changed(self, changes) -> None:
        if changes.documents or changes.reviews or changes.registry:
            self.update_suggest_action()

    def suggest_document(self, document_id: int | None = None) -> bool:
        """Suggest for a document (the selected one) in the background; a document that
        cannot have suggestions says why in a message."""
        if not self.may(REVIEWER):
            return False
        doc = self.ws.get_document(document_id) if document_id else self.documents.current()
        if doc is None:
            self.message(tr("Select a document first"))
            return False
        reason = self.suggest_reason(doc.id)
        if reason is not None:
            self._explain(doc.title, reason)
            return False
        if not self.suggester.start(doc.id, doc.title, asked=True):
            self.message(
                tr("Suggestions for “{title}” are on their way").format(title=short(doc.title, 50))
            )
            return False
        return True

    def focus_suggestions(self) -> None:
        self.docks[2].show()
        self.inspector.focus_suggestions()

    def _suggest_imported(self, done: list[ImportResult], _failed: list) -> None:
        """After an import, without asking: the imported documents that can have
        suggestions and, when it brought recommendations, the documents whose
        suggestions come from them (ranked again; decisions stay).  Only from an
        imported list or report: the recommendations a submission's own citations put
        in the registry are not worth suggesting unasked."""
        fresh = [r for r in done if not r.duplicate]
        imported = {r.document_id for r in fresh if r.kind in SUGGESTED_KINDS}
        if not imported and not any(r.recommendations for r in fresh):
            return
        documents = self.ws.documents()
        lists = {
            symbol
            for d in documents
            if d.recommendations
            for symbol in (d.symbol, d.report_symbol)
            if symbol
        }
        brought = {
            symbol
            for d in documents
            if d.recommendations and d.id in {r.document_id for r in fresh}
            for symbol in (d.symbol, d.report_symbol)
            if symbol
        }
        for doc in documents:
            if doc.kind not in SUGGESTED_KINDS or not doc.paragraphs:
                continue
            if doc.id not in imported and not brought:
                continue
            try:
                scope = self.ws.suggestion_scope(doc.id)
            except ReviewerError:
                continue
            symbols = set(scope.symbols)
            if scope.reason is None and symbols & lists:
                if doc.id in imported or symbols & brought:
                    self.suggester.start(doc.id, doc.title)
        self.update_suggest_action()

    def _suggested(self, document_id: int, result: list, asked: bool) -> None:
        changes = self.ws.take_changes()
        # suggestions are in no citation count: the registry (and the link completer,
        # maybe in use) stay; what shows suggestions is re-read
        self.apply(replace(changes, links=False))
        if changes.links:
            self.coverage_cache.clear()
            self._mark_tabs_stale(recommendations=True, coverage=True)
            self.inspector.coverage.mark_stale()
        n = sum(len(p.suggestions) for p in result)
        paragraphs = sum(1 for p in result if p.suggestions)
        doc = self.ws.get_document(document_id)
        of = doc.paragraphs if doc else len(result)
        title = short(doc.title, 50 if asked else 30) if doc else tr("the document")
        text = tr("%n suggestion(s) for {paragraphs} of {of} paragraphs of “{title}”", "", n)
        text = text.format(paragraphs=paragraphs, of=of, title=title)
        if asked:
            self.message(text + (tr("; Y accepts one, X rejects it (Paragraph pane)") if n else ""))
        else:
            self.suggester.tell(text)
        self.update_suggest_action()

    def _suggest_failed(self, document_id: int, error: str, asked: bool) -> None:
        doc = self.ws.get_document(document_id)
        title = doc.title if doc else tr("the document")
        if asked:
            self._explain(title, error)
        else:
            self.suggester.tell(
                tr("No suggestions for “{title}”: {error}").format(
                    title=short(title, 50), error=error
                )
            )

    def _explain(self, title: str, reason: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("No suggestions"),
            tr("Suggestions cannot be made for “{title}”: {reason}.").format(
                title=title, reason=reason
            ),
            parent=self,
        )
        box.setObjectName("suggestBox")
        self.suggest_box = box
        box.open()
