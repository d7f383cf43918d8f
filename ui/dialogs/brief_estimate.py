"""The export dialog's page estimate: worked out off the GUI thread as choices change.

Each change restarts a short timer; when it fires, the brief those choices make is
laid out (``reviewer.export.estimate_brief``, the same document the export writes,
not saved) in a ``Task``.  A newer choice cancels the estimate under way, so only
the latest answer is shown.  ``LONG_BRIEF`` pages is where the dialog asks before
writing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from reviewer.export import BriefEstimate, BriefOptions, ExportCancelled, estimate_brief
from reviewer.workspace import Workspace
from ui.i18n import tr
from ui.tasks import Task

LONG_BRIEF = 100  # pages; past this the dialog asks before writing
DELAY_MS = 350  # typing in the title or theme field restarts the wait


def estimate_job(ws: Workspace, options: BriefOptions):
    def run(report):
        try:
            return estimate_brief(ws, options, progress=lambda d, t: report(d, t, tr("Estimating")))
        except ExportCancelled:
            return None

    return run


class Estimator(QObject):
    """``ready(options, estimate)`` for the latest choices; ``failed(message)``."""

    ready = Signal(object, object)
    failed = Signal(str)

    def __init__(self, ws: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self.ws = ws
        self.options: BriefOptions | None = None  # what the latest request was for
        self.result: tuple[BriefOptions, BriefEstimate] | None = None
        self.task: Task | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._start)

    def request(self, options: BriefOptions, now: bool = False) -> None:
        """Estimate for ``options`` (after a short wait, unless ``now``)."""
        if self.options == options and (self.busy or self.current() is not None):
            return
        self.options = options
        if self.task is not None and self.task.running:
            self.task.cancel()
        if now:
            self._timer.stop()
            self._start()
        else:
            self._timer.start()

    def current(self) -> BriefEstimate | None:
        """The estimate for the latest request, once it is in."""
        if self.result is not None and self.result[0] == self.options:
            return self.result[1]
        return None

    @property
    def busy(self) -> bool:
        return self._timer.isActive() or (self.task is not None and self.task.running)

    def stop(self) -> None:
        self._timer.stop()
        if self.task is not None and self.task.running:
            self.task.cancel()

    def _start(self) -> None:
        options = self.options
        if options is None:
            return
        # no parent: a worker still running when the dialog goes keeps its task alive,
        # and its answer, for a receiver no longer there, is dropped by Qt
        task = Task(estimate_job(self.ws, options))
        task.options = options  # type: ignore[attr-defined]
        task.succeeded.connect(self._done)
        task.failed.connect(self._failed)
        self.task = task
        task.start()

    def _done(self, result: BriefEstimate | None) -> None:
        task = self.sender()
        options = getattr(task, "options", None)
        if result is None or options is None or options != self.options:
            return  # cancelled, or the choices moved on
        self.result = (options, result)
        self.ready.emit(options, result)

    def _failed(self, error: str) -> None:
        if getattr(self.sender(), "options", None) == self.options:
            self.failed.emit(error)


def describe(estimate: BriefEstimate) -> str:
    """ "About 26 pages on A4: 12 paragraphs from 1 document, 87 recommendations"."""

    pages = tr("%n page(s)", "", estimate.pages)
    if not estimate.paragraphs:
        return tr("About {pages}: nothing matches these choices.").format(pages=pages)
    paper = tr("US Letter") if estimate.paper == "Letter" else estimate.paper
    return tr("About {pages} on {paper}: {paragraphs} from {documents}, {recommendations}").format(
        pages=pages,
        paper=paper,
        paragraphs=tr("%n paragraph(s)", "", estimate.paragraphs),
        documents=tr("%n document(s)", "", estimate.documents),
        recommendations=tr("%n recommendation(s)", "", estimate.recommendations),
    )


def narrowing(options: BriefOptions) -> list[str]:
    """What would make a brief shorter, from the choices not made yet."""
    out = []
    if options.review is None and options.document_id is None:
        out.append(tr("choose one review"))
    if options.only is None:
        out.append(tr("keep only paragraphs linked, tagged or noted"))
    if options.document_id is None:
        out.append(tr("choose one document"))
    if not (options.symbol or options.theme or options.position):
        out.append(tr("limit the recommendations to a report, theme or position"))
    return out


__all__ = ["LONG_BRIEF", "Estimator", "describe", "estimate_job", "narrowing"]
