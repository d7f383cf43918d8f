"""Typing a recommendation: its number ("28.294"), "A/HRC/40/6 28.294", or words of it.

One completer model over the registry serves the inspector's link field and the
reading pane's recommendation filter.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QWidget

from reviewer.workspace import BadInput, RecommendationRow
from ui.render import states_text

NUMBER = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,4})(?![\d])")
SYMBOL = re.compile(r"\b(A/HRC/[\w./-]*\w)")


class Registry:
    """A snapshot of the registry for completion and for resolving what was typed."""

    def __init__(self, rows: list[RecommendationRow] = ()):
        self.set_rows(rows)

    def set_rows(self, rows) -> None:
        self.rows = list(rows)
        self.symbols = sorted({r.symbol for r in self.rows})
        multi = len(self.symbols) > 1
        self.entries: list[str] = []
        self.by_entry: dict[str, RecommendationRow] = {}
        self.by_key: dict[tuple[str, str], RecommendationRow] = {}
        self.by_number: dict[str, list[RecommendationRow]] = {}
        for r in self.rows:
            text = (r.text or "").strip()
            if len(text) > 110:
                text = text[:110].rstrip() + "…"
            states = f" ({states_text(r.states, 3)})" if r.states else ""
            entry = f"{r.number}  {text}{states}" + (f"  [{r.symbol}]" if multi else "")
            self.entries.append(entry)
            self.by_entry[entry] = r
            self.by_key[(r.symbol, r.number)] = r
            self.by_number.setdefault(r.number, []).append(r)

    def resolve(self, typed: str, default_symbol: str | None = None) -> tuple[str, str]:
        """(symbol, number) for what was typed or picked; BadInput says what is missing."""
        typed = typed.strip()
        if typed in self.by_entry:
            r = self.by_entry[typed]
            return r.symbol, r.number
        m = NUMBER.search(typed)
        if not m:
            raise BadInput(
                f"“{typed}” has no recommendation number; type one like 28.294 or pick from the list"
            )
        number = m.group(1)
        s = SYMBOL.search(typed)
        if s:
            return s.group(1), number
        known = self.by_number.get(number, [])
        if len(known) == 1:
            return known[0].symbol, number
        if default_symbol and (not known or any(r.symbol == default_symbol for r in known)):
            return default_symbol, number
        if len(self.symbols) == 1 and not known:
            return self.symbols[0], number
        raise BadInput(
            f"{number} is ambiguous or unknown: type the report symbol too, e.g. A/HRC/40/6 {number}"
        )

    def find(self, typed: str, default_symbol: str | None = None) -> RecommendationRow | None:
        try:
            return self.by_key.get(self.resolve(typed, default_symbol))
        except BadInput:
            return None


def make_completer(registry: Registry, parent: QWidget) -> QCompleter:
    model = QStringListModel(registry.entries, parent)
    c = QCompleter(model, parent)
    c.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    c.setFilterMode(Qt.MatchFlag.MatchContains)
    c.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    c.setMaxVisibleItems(12)
    return c


def update_completer(completer: QCompleter, registry: Registry) -> None:
    model = completer.model()
    if isinstance(model, QStringListModel):
        model.setStringList(registry.entries)
