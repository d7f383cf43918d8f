"""The window's central tabs: Reading, built with the window; Recommendations and
Coverage, built when first shown (or first asked for: ``window.recommendations``).

The first view is the reading pane: the registry's table and the coverage matrix
(their widgets, models, filters and reads) wait until a person opens their tab
(Ctrl+2, Ctrl+3, a click, a "show in registry"), so the window is usable sooner. Until
then the tab holds an empty page; the panel takes its place, in the same turn of the
event loop, when the tab becomes current. What the window tells a panel (the review,
rows re-read, "stale") is told only to a panel built: one built later reads what is
current then.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QTimer
from PySide6.QtWidgets import QTabWidget, QWidget

from ui.background import Latest
from ui.i18n import tr
from ui.resources import icon
from ui.startup import after_first_paint
from ui.window_reviews import read_registry

# name: (index, icon, label); the order of the tabs
LAZY_TABS = {
    "recommendations": (1, "recommendations", QT_TR_NOOP("Re&commendations")),
    "coverage": (2, "coverage", QT_TR_NOOP("C&overage")),
}


class TabsMixin:
    """``self.tabs``; ``recommendations`` and ``coverage`` built on first use."""

    def _init_tabs(self) -> None:
        self._panels: dict[str, QWidget] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.reading, icon("document"), tr("&Reading"))
        for name, (_index, icon_name, label) in LAZY_TABS.items():
            pending = QWidget(self.tabs)
            pending.setObjectName(f"{name}Pending")
            self.tabs.addTab(pending, icon(icon_name), tr(label))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.setCentralWidget(self.tabs)
        self.warm_loader = Latest(self)  # the reads after the first paint
        after_first_paint(self, self._warm_up, None)  # never shown: the rows on first use

    def _warm_up(self) -> None:
        """After the first paint: the tags' paragraph counts (the first view read the
        tags without them), and the link completer's registry rows, read now rather
        than at the first letter typed in a link field: off the GUI thread, read again
        if a change was applied meanwhile."""
        if not self.isVisible():  # closed since it painted
            return
        if self.reading.busy:  # the first document's rows first, then these (the tags'
            QTimer.singleShot(50, self, self._warm_up)  # counts: 0.1 s of CPU at 1.2M ¶)
            return
        ws, code, at = self.ws, self.current_review, self.applied_count
        self.warm_loader.run(
            lambda: (ws.tags(), read_registry(ws, code)),
            lambda answer: self._warmed(code, at, *answer),
        )

    def _warmed(self, code: str | None, at: int, tags: list, rows: list) -> None:
        if at != self.applied_count:  # older than a change: read again
            self._warm_up()
            return
        self.show_tags(tags)
        if code == self.current_review and not self.registry.loaded:
            self._registry_cache.setdefault(code, rows)
            self.registry.rows  # noqa: B018 (set from the cache: see ui.completer.Registry)

    @property
    def recommendations(self):
        """The Recommendations tab's panel (``RecommendationsPanel``), built if not yet."""
        return self._panels.get("recommendations") or self._build_tab("recommendations")

    @property
    def coverage(self):
        """The Coverage tab's panel (``CoveragePanel``), built if not yet."""
        return self._panels.get("coverage") or self._build_tab("coverage")

    def built_tab(self, name: str):
        """The panel of tab ``name`` if it is built, else None (nothing to tell it)."""
        return self._panels.get(name)

    def _tab_shown(self, index: int) -> None:
        for name, (at, _icon, _label) in LAZY_TABS.items():
            if at == index and name not in self._panels:
                self._build_tab(name)

    def _build_tab(self, name: str):
        index, icon_name, label = LAZY_TABS[name]
        panel = self._make_recommendations() if name == "recommendations" else self._make_coverage()
        self._panels[name] = panel
        pending = self.tabs.widget(index)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)  # the same tab stays current: nothing to announce
        try:
            self.tabs.insertTab(index, panel, icon(icon_name), tr(label))
            self.tabs.removeTab(index + 1)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        pending.deleteLater()
        return panel

    def _make_recommendations(self):
        from ui.panels.recommendations import RecommendationsPanel

        panel = RecommendationsPanel(self.session, self.tabs)
        panel.open_paragraph.connect(self.open_paragraph)
        panel.set_review(self.current_review)
        self._panels["recommendations"] = panel
        self._init_registry_empty(panel)
        return panel

    def _make_coverage(self):
        from ui.panels.coverage import CoveragePanel

        panel = CoveragePanel(self.session, self.coverage_cache, self.tabs)
        panel.open_paragraph.connect(self.open_paragraph)
        panel.choose_review_wanted.connect(self.choose_review)
        panel.export_wanted.connect(self.export_coverage)
        panel.status.connect(self.message)
        panel.set_review(self.current_review, self.review_label(self.current_review))
        return panel

    def _tell_coverage_review(self, code: str | None) -> None:
        panel = self.built_tab("coverage")
        if panel is not None:
            panel.set_review(code, self.review_label(code))

    def _mark_tabs_stale(self, recommendations: bool, coverage: bool) -> None:
        """What the registry or the coverage shows changed: a built panel reads again
        when shown; one not built reads what is current when it is."""
        if recommendations and (panel := self.built_tab("recommendations")) is not None:
            panel.mark_stale()
        if coverage and (panel := self.built_tab("coverage")) is not None:
            panel.review_label = self.review_label(self.current_review)
            panel.mark_stale()

    def _stop_tabs(self) -> None:
        self.warm_loader.stop()
        panel = self.built_tab("recommendations")
        if panel is not None:
            panel.loader.stop()
