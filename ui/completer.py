"""Typing a recommendation: its number ("28.294"), "A/HRC/40/6 28.294", or words of it.

One completer model over the registry serves the inspector's link field and the
reading pane's recommendation filter; the registry table filters with the same
rules (``parse_query`` and ``Matcher``):

* words match in any order, case- and accent-insensitively, in the text, the
  recommending States and the State under review ("birth registration girls");
* a number lists the recommendations whose number starts with it: "115.16" gives
  115.16 and 115.160–115.163 (the exact one first), "28." all of paragraph 28;
* a report symbol ("A/HRC/28/15") keeps that report's rows (a partly typed one,
  "A/HRC/2", those whose symbol starts with it);
* kinds mix: "A/HRC/40/6 28.294", "28. girls".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QT_TR_NOOP, QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QListView, QWidget

from reviewer.workspace import BadInput, RecommendationRow
from ui.delegates_lists import SNIPPET_ROLE, CompletionDelegate
from ui.i18n import tr
from ui.models import ID_ROLE, NO_PARENT, ROW_ROLE
from ui.render import states_text

NUMBER = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,4})(?![\d])")
SYMBOL = re.compile(r"\b(A/HRC/[\w./-]*\w)")
_SYMBOL_TOKEN = re.compile(r"(?<![\w/])(A/HRC/[\w./-]*\w)", re.IGNORECASE)
_NUMBER_TOKEN = re.compile(r"^(\d{1,3}\.\d{0,4})[.*]?$")
_PUNCTUATION = ",;:()[]{}\"'“”‘’«»!?"
# what QCompleter matches typed text against: nothing, so it never picks a row by
# itself and Enter without choosing one takes the typed text (see RecommendationCompleter)
MATCH_ROLE = Qt.ItemDataRole.UserRole + 20

QUERY_HELP = QT_TR_NOOP(
    "Words, in any order (text, recommending States, State under review); "
    "a number: 115.1 lists 115.1, 115.10–115.19 and 115.100–115.199, and selects 115.1; "
    "28. lists all of paragraph 28; "
    "a report symbol: A/HRC/28/15; or a mix: A/HRC/40/6 28.294"
)


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text``: 'Côte d’Ivoire' → 'cote d’ivoire'."""
    text = text.casefold()
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Query:
    """What was typed in a filter box, sorted into words, number prefixes and symbols."""

    words: tuple[str, ...] = ()  # folded
    numbers: tuple[str, ...] = ()  # prefixes: "28.294", "28."
    symbols: tuple[str, ...] = ()  # folded: "a/hrc/40/6"

    def __bool__(self) -> bool:
        return bool(self.words or self.numbers or self.symbols)

    @property
    def exact_numbers(self) -> tuple[str, ...]:
        """The numbers typed whole ("28.294", not "28."): rows to jump to."""
        return tuple(n for n in self.numbers if not n.endswith("."))


def parse_query(text: str) -> Query:
    symbols = [fold(m) for m in _SYMBOL_TOKEN.findall(text)]
    rest = _SYMBOL_TOKEN.sub(" ", text)
    words, numbers = [], []
    for token in rest.split():
        token = token.strip(_PUNCTUATION)
        if not token:
            continue
        m = _NUMBER_TOKEN.match(token)
        if m:
            numbers.append(m.group(1))
        else:
            words.append(fold(token))
    return Query(tuple(words), tuple(numbers), tuple(symbols))


class Matcher:
    """Rows with what filtering them needs, prepared once: filtering 2,000 is a few ms."""

    def __init__(self, rows):
        self.rows: list[RecommendationRow] = list(rows)
        self._symbols = [fold(r.symbol) for r in self.rows]
        self.known_symbols = set(self._symbols)
        self._hay: list[str] | None = None  # built on the first word typed

    def _haystacks(self) -> list[str]:
        if self._hay is None:
            self._hay = [
                fold(" ".join((r.text or "", *r.states, r.state_under_review or "")))
                for r in self.rows
            ]
        return self._hay

    def _symbol_test(self, typed: str):
        if typed in self.known_symbols:  # a whole symbol: that report (and its addenda)
            with_slash = typed + "/"
            return lambda s: s == typed or s.startswith(with_slash)
        return lambda s: s.startswith(typed)  # partly typed

    def indices(self, q: Query) -> list[int]:
        if not q:
            return list(range(len(self.rows)))
        symbol_tests = [self._symbol_test(s) for s in q.symbols]
        hay = self._haystacks() if q.words else None
        rows, symbols, numbers, words = self.rows, self._symbols, q.numbers, q.words
        out = []
        for i, r in enumerate(rows):
            if symbol_tests and not any(t(symbols[i]) for t in symbol_tests):
                continue
            if numbers and not r.number.startswith(numbers):
                continue
            if words:
                h = hay[i]
                if not all(w in h or w == r.number for w in words):
                    continue
            out.append(i)
        return out

    def filter(self, q: Query) -> list[RecommendationRow]:
        return [self.rows[i] for i in self.indices(q)]


def snippet(text: str, words: tuple[str, ...] = (), lead: int = 40) -> str:
    """``text`` on one line; if the first of ``words`` found in it comes late, from a few
    words before it ("… cooperate with the Committee against Torture"), so a one-line
    row shows why it matched."""
    text = " ".join(text.split())
    low = text.casefold()
    found = [p for p in (low.find(w) for w in words) if p >= 0] if len(low) == len(text) else []
    at = min(found, default=-1)
    if at <= lead:
        return text
    start = text.rfind(" ", 0, at - 20)
    return "…" + text[start + 1 if start >= 0 else at - 20 :]


def completion_text(r: RecommendationRow) -> str:
    """What a chosen row puts in the field: short, and resolved back to the same row."""
    return f"{r.symbol} {r.number}"


class Registry:
    """A snapshot of the registry for completion and for resolving what was typed.

    With a ``loader`` (a callable giving the rows) the rows are read when first used,
    not when the registry is made: the window shows the first document before it
    reads the registry (``ui.window_tabs``).
    """

    _LAZY = frozenset({"rows", "symbols", "entries", "by_entry", "by_key", "by_number"})

    def __init__(self, rows: list[RecommendationRow] = (), loader=None):
        self.preferred: tuple[str, ...] = ()
        self._loader = loader
        self._matcher: Matcher | None = None
        if loader is None:
            self.set_rows(rows)

    def __getattr__(self, name: str):
        # only for attributes not set yet: the rows of a registry made with a loader
        loader = self.__dict__.get("_loader")
        if name in Registry._LAZY and loader is not None:
            self.set_rows(loader())
            return getattr(self, name)
        raise AttributeError(name)

    @property
    def loaded(self) -> bool:
        return self.__dict__.get("_loader") is None

    def set_rows(self, rows) -> None:
        self._loader = None
        self.rows = list(rows)
        self.symbols = sorted({r.symbol for r in self.rows})
        self.entries: list[str] = []
        self.by_entry: dict[str, RecommendationRow] = {}
        self.by_key: dict[tuple[str, str], RecommendationRow] = {}
        self.by_number: dict[str, list[RecommendationRow]] = {}
        for r in self.rows:
            text = (r.text or "").strip()
            if len(text) > 110:
                text = text[:110].rstrip() + "…"
            states = f" ({states_text(r.states, 3)})" if r.states else ""
            entry = f"{r.number}  {text}{states}  [{r.symbol}]"
            self.entries.append(entry)
            self.by_entry[entry] = r
            self.by_entry[completion_text(r)] = r
            self.by_key[(r.symbol, r.number)] = r
            self.by_number.setdefault(r.number, []).append(r)
        self._matcher: Matcher | None = None

    def set_preferred(self, symbols: list[str]) -> None:
        """Rows of these reports come first in completions (the first symbol first), and
        settle a number typed alone that several reports share."""
        self.preferred = tuple(s.strip() for s in symbols if s and s.strip())

    @property
    def matcher(self) -> Matcher:
        if self._matcher is None:
            self._matcher = Matcher(self.rows)
        return self._matcher

    def matches(self, typed: str) -> list[RecommendationRow]:
        """Rows matching what was typed (rules in the module docstring), best first:
        a number typed whole before the longer ones it starts, preferred reports
        before the others, then registry order (report, number)."""
        q = parse_query(typed)
        if not q:
            return []
        found = self.matcher.indices(q)
        exact = set(q.exact_numbers)
        rank = {s: n for n, s in enumerate(self.preferred)}
        last = len(rank)
        rows = self.matcher.rows

        def key(i: int):
            r = rows[i]
            return (r.number not in exact if exact else False, rank.get(r.symbol, last), i)

        if exact or rank:
            found.sort(key=key)
        return [rows[i] for i in found]

    def resolve(self, typed: str, default_symbol: str | None = None) -> tuple[str, str]:
        """(symbol, number) for what was typed or picked; BadInput says what is missing."""
        typed = typed.strip()
        if typed in self.by_entry:
            r = self.by_entry[typed]
            return r.symbol, r.number
        m = NUMBER.search(typed)
        if not m:
            raise BadInput(
                tr(
                    "“{typed}” has no recommendation number; type one like 28.294 or pick from "
                    "the list"
                ).format(typed=typed)
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
        preferred = [r for r in known if r.symbol in self.preferred]
        if preferred:
            preferred.sort(key=lambda r: self.preferred.index(r.symbol))
            return preferred[0].symbol, number
        if len(self.symbols) == 1 and not known:
            return self.symbols[0], number
        raise BadInput(
            tr(
                "{number} is ambiguous or unknown: type the report symbol too, e.g. A/HRC/40/6 "
                "{number}"
            ).format(number=number)
        )

    def find(self, typed: str, default_symbol: str | None = None) -> RecommendationRow | None:
        try:
            return self.by_key.get(self.resolve(typed, default_symbol))
        except BadInput:
            return None


class CompletionModel(QAbstractListModel):
    """The registry rows matching the text typed so far, best first."""

    def __init__(self, registry: Registry, parent=None):
        super().__init__(parent)
        self.registry = registry
        self.typed = ""
        self.words: tuple[str, ...] = ()
        self._rows: list[RecommendationRow] = []

    def set_query(self, typed: str) -> None:
        self.typed = typed
        self.words = parse_query(typed).words
        self.beginResetModel()
        self._rows = self.registry.matches(typed)
        self.endResetModel()

    def refresh(self) -> None:
        """The registry changed (rows or preference): match the same text again."""
        self.set_query(self.typed)

    def row(self, n: int) -> RecommendationRow | None:
        return self._rows[n] if 0 <= n < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        r = self.row(index.row()) if index.isValid() else None
        if r is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{r.number}  {r.symbol}  {r.text or ''}  ({', '.join(r.states)})"
        if role == Qt.ItemDataRole.EditRole:
            return completion_text(r)
        if role == SNIPPET_ROLE:
            return snippet(r.text or "", self.words)
        if role == Qt.ItemDataRole.ToolTipRole:
            under = f" · {r.state_under_review}" if r.state_under_review else ""
            states = f"\n({', '.join(r.states)})" if r.states else ""
            return f"{r.number} · {r.symbol}{under}\n{r.text or ''}{states}"
        if role == ROW_ROLE:
            return r
        if role == ID_ROLE:
            return r.id
        return None  # MATCH_ROLE included: see RecommendationCompleter


class RecommendationCompleter(QCompleter):
    """A completer that filters the registry itself (``CompletionModel``), so words
    match in any order; QCompleter only shows the popup (unfiltered mode).

    The popup is refilled when the user types (the line edit's ``textEdited``, sent
    before the line edit asks the completer to complete). No row is current until
    the user moves to one, so Enter right after typing takes the text as typed.
    """

    def __init__(self, registry: Registry, parent: QWidget):
        self.results = CompletionModel(registry)
        super().__init__(self.results, parent)
        self.results.setParent(self)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionRole(MATCH_ROLE)
        self.setMaxVisibleItems(12)
        popup = self.popup()
        popup.setItemDelegate(CompletionDelegate(popup))
        if isinstance(popup, QListView):
            popup.setUniformItemSizes(True)
        if isinstance(parent, QLineEdit):
            parent.textEdited.connect(self.results.set_query)

    def pathFromIndex(self, index) -> str:
        return index.data(Qt.ItemDataRole.EditRole) or ""

    def refresh(self) -> None:
        self.results.refresh()


def make_completer(registry: Registry, parent: QWidget) -> RecommendationCompleter:
    return RecommendationCompleter(registry, parent)


def update_completer(completer: QCompleter, registry: Registry) -> None:
    if isinstance(completer, RecommendationCompleter):
        completer.refresh()
