"""The window's central tabs: Reading, built with the window; Recommendations and
Coverage, built when first shown (or first asked for: ``window.recommendations``).

The first view is the reading pane: the registry's table and the coverage matrix
(their widgets, models, filters and reads) wait until a person opens their tab
(Ctrl+2, Ctrl+3, a click, a "show in registry"), so the window is usable sooner. Until
then the tab holds an empty page; the panel takes its place, in the same turn of the
event loop, when the tab becomes current. What the window tells a panel (the review,
rows re-read, "stale") is told only to a panel built: one built later reads what is
current then.

The Recommendations tab is also prepared ahead, after the window is usable and
idle (``PREPARE_REGISTRY_AFTER_MS`` after the first reads): its modules imported, its
panel built and its rows read, each in a turn of its own, so its first show only lays
out and paints.  Built at the first show, the panel's imports, widgets, polish, layout
and paint came in one turn (72 ms wall, 53 ms of the GUI thread's CPU at 1.2M ¶).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt, QTimer
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QWidget

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
# after the first reads, when the registry tab is prepared unasked (None: never)
PREPARE_REGISTRY_AFTER_MS: int | None = 1500


class TabsMixin:
    """``self.tabs``; ``recommendations`` and ``coverage`` built on first use."""

    def _init_tabs(self) -> None:
        self._panels: dict[str, QWidget] = {}
        self.prepare_registry_after_ms = PREPARE_REGISTRY_AFTER_MS
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
        if self.prepare_registry_after_ms is not None:
            QTimer.singleShot(self.prepare_registry_after_ms, self, self._prepare_registry)

    def _prepare_registry(self, step: int = 0) -> None:
        """The Recommendations tab made ready before it is asked for, one step per turn
        of the event loop: its modules imported; its panel built (hidden); its rows
        read off the GUI thread and put in its table.  Waits while the reading pane
        loads; stops if the tab was built meanwhile (shown, or asked for)."""
        if (
            not self.isVisible()
            or self.prepare_registry_after_ms is None
            or (step < 2 and self.built_tab("recommendations") is not None)
        ):
            return
        if self.reading.busy:  # the person's document first
            QTimer.singleShot(100, self, lambda: self._prepare_registry(step))
            return
        if step == 0:
            import ui.panels.recommendations  # noqa: F401 (its modules, a turn of their own)
        elif step == 1:
            self._build_tab("recommendations")
        else:
            panel = self.built_tab("recommendations")
            if panel is not None and not panel.isVisible():
                panel.prepare()
            return
        QTimer.singleShot(0, self, lambda: self._prepare_registry(step + 1))

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

    def _tab_stack(self) -> QWidget:
        """The tab widget's page stack: a panel made under it is not moved (and polished
        against the style sheet again, all its children) when its tab is inserted."""
        return (
            self.tabs.findChild(
                QStackedWidget,
                "qt_tabwidget_stackedwidget",
                Qt.FindChildOption.FindDirectChildrenOnly,
            )
            or self.tabs
        )

    def _make_recommendations(self):
        from ui.panels.recommendations import RecommendationsPanel

        panel = RecommendationsPanel(self.session, self._tab_stack())
        panel.open_paragraph.connect(self.open_paragraph)
        panel.set_review(self.current_review)
        self._panels["recommendations"] = panel
        self._init_registry_empty(panel)
        return panel

    def _make_coverage(self):
        from ui.panels.coverage import CoveragePanel

        panel = CoveragePanel(self.session, self.coverage_cache, self._tab_stack())
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
