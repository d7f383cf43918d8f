"""Which review a document belongs to, from what the document says.

Pure: the caller gathers the ``Evidence`` (from a parsed file, a registry import,
or rows already stored) and says which State and cycle each known report belongs
to (``owner``).  The rules, in the order they are tried:

- a UN document symbol of the Working Group (A/HRC/WG.6/48/SVN/1, /2, /3) names the
  session and, by its ISO code, the State;
- a registry document (WG report, its Add.1, a thematic list) names the State under
  review and its report's session or Human Rights Council session;
- any other document (a submission, a national report without its symbol, a
  summary) is about the State it names most, and is written for the cycle after the
  one whose recommendations it cites.  What is only likely is marked uncertain,
  with the reason, for a person to confirm or correct.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from reviewer.calendar import (
    cycle_from_symbol,
    cycle_from_text,
    cycle_of_wg_session,
    ordinal,
    session_from_text,
)
from reviewer.citations.countries import all_codes, display_name, iso3, mentions
from reviewer.vocabulary import DocumentKind, ReportRole, parent_symbol, review_code

# The latest cycle; a document that says nothing of its cycle is guessed to be for it.
CURRENT_CYCLE = 4
_WG6 = re.compile(r"A/HRC/WG\.6/(\d+)/([A-Z]{3})/\d+", re.I)
_REGISTRY_KINDS = {
    DocumentKind.WG_REPORT,
    DocumentKind.RESPONSES,
    DocumentKind.THEMATIC_LIST,
    DocumentKind.OTHER,
}

Owner = Callable[[str], tuple[str, int] | None]  # report symbol → (ISO3, cycle), if known


@dataclass(frozen=True)
class Evidence:
    """What one document says that bears on its review."""

    kind: str
    title: str
    symbol: str | None = None  # the document's own UN symbol
    report: str | None = None  # registry documents: the WG report their recommendations are of
    state: str | None = None  # registry documents: the State under review, as written
    cycle: int | None = None  # registry documents: the cycle their records state
    text: str = ""  # the document's own text (paragraphs; footnotes left out)
    cited: tuple[str, ...] = ()  # report symbols its citations name, one per citation
    registry: bool = False  # it brought recommendations (a table is kind "other")
    session: int | None = None  # the Working Group session, as a registry parser read it


@dataclass(frozen=True)
class Detection:
    state: str | None  # ISO3
    cycle: int | None
    certain: bool
    reason: str  # what it was told from, or why it is unsure
    session: int | None = None  # the Working Group session, when the document says
    dated_by: str | None = None  # what said the session
    # report symbols the document shows to be this review's: (symbol, role)
    reports: tuple[tuple[str, ReportRole], ...] = ()
    # report symbols it cites that are, by the same evidence, the previous review's
    previous_reports: tuple[str, ...] = field(default=())

    @property
    def code(self) -> str | None:
        if self.state is None or self.cycle is None:
            return None
        return review_code(self.state, self.cycle)


def detect(
    ev: Evidence, owner: Owner, latest_cycle: Callable[[str], int | None] | None = None
) -> Detection:
    """The review ``ev``'s document belongs to.  ``latest_cycle(state)`` names the
    newest cycle the workspace holds for a State (the guess for an undated document)."""
    m = _WG6.search(ev.symbol or "")
    if m and m.group(2).upper() in _codes():
        return _from_wg6_symbol(ev.symbol or "", int(m.group(1)), m.group(2).upper())
    if ev.registry or (ev.report and ev.kind in _REGISTRY_KINDS):
        return _registry_document(ev)
    return _other_document(ev, owner, latest_cycle)


def _codes() -> set[str]:
    return set(all_codes())


def _from_wg6_symbol(symbol: str, session: int, state: str) -> Detection:
    cycle = cycle_of_wg_session(session)
    if cycle is None:
        return Detection(
            state, None, False, f"{symbol} names Working Group session {session}, of no known cycle"
        )
    return Detection(
        state,
        cycle,
        True,
        f"its symbol {symbol}: {display_name(state)}, Working Group session {session}",
        session=session,
        dated_by=symbol,
    )


def _registry_document(ev: Evidence) -> Detection:
    report = parent_symbol(ev.report or ev.symbol or "") or None
    state = iso3(ev.state) if ev.state else None
    head = f"{ev.title}\n{ev.text[:20000]}"
    cycle = ev.cycle or cycle_from_text(ev.title) or cycle_from_symbol(report)
    session = ev.session or session_from_text(head)
    if session is not None and cycle_of_wg_session(session) not in (None, cycle):
        session = None  # a session of another cycle: some other session is meant
    reports: list[tuple[str, ReportRole]] = []
    if report:
        reports.append((report, ReportRole.WG_REPORT))
        own = ev.symbol and parent_symbol(ev.symbol) == report and ev.symbol != report
        if own and ev.kind == DocumentKind.RESPONSES:
            reports.append((ev.symbol or "", ReportRole.RESPONSES))
    if state is None:
        return Detection(None, cycle, False, "it does not name the State under review", reports=())
    if cycle is None:
        return Detection(
            state, None, False, f"it names {display_name(state)} but no session or cycle"
        )
    what = f"{report}, " if report else ""
    return Detection(
        state,
        cycle,
        True,
        f"{what}the review of {display_name(state)} ({ordinal(cycle)} cycle)",
        session=session,
        dated_by=(report or ev.title) if session else None,
        reports=tuple(reports),
    )


def _other_document(
    ev: Evidence, owner: Owner, latest_cycle: Callable[[str], int | None] | None
) -> Detection:
    cited = Counter(parent_symbol(s) for s in ev.cited if s and "/WG." not in s)
    known = {sym: owner(sym) for sym in cited}
    owners: Counter[str] = Counter()
    for sym, n in cited.items():
        owned = known[sym]
        if owned is not None:
            owners[owned[0]] += n
    named = mentions(ev.text)
    for code, n in mentions(ev.title).items():
        named[code] += 3 * n  # the title says what the document is about
    doubts: list[str] = []

    # the State
    state, state_from = None, ""
    top = named.most_common(2)
    dominant = None
    if top and top[0][1] >= 3 and (len(top) == 1 or top[0][1] >= 2 * top[1][1]):
        dominant = top[0][0]
    if len(owners) == 1:
        state = next(iter(owners))
        state_from = f"it cites {display_name(state)}'s recommendations"
        if dominant not in (None, state):
            doubts.append(
                f"it cites {display_name(state)}'s recommendations but names "
                f"{display_name(dominant)} most"
            )
    elif dominant is not None:
        state = dominant
        state_from = f"it names {display_name(state)} most ({named[state]} times)"
        if len(owners) > 1:
            doubts.append("it cites the recommendations of several States")
    elif top:
        state = top[0][0]
        doubts.append(f"it names {display_name(state)} only {named[state]} times among others")
    else:
        doubts.append("it names no State")

    # the cycle: the one after the recommendations it cites
    cycles: Counter[int] = Counter()
    for sym, n in cited.items():
        owned = known[sym]
        c = owned[1] if owned is not None else cycle_from_symbol(sym)
        if c is not None:
            cycles[c] += n
    cycle, cycle_from = None, ""
    if len(cycles) == 1:
        prev = next(iter(cycles))
        cycle = prev + 1
        syms = ", ".join(sorted(cited)[:3])
        cycle_from = f"it cites {syms} ({ordinal(prev)} cycle)"
    elif len(cycles) > 1:
        prev = cycles.most_common(1)[0][0]
        cycle = prev + 1
        doubts.append(
            "it cites recommendations of the "
            + " and ".join(f"{ordinal(c)}" for c in sorted(cycles))
            + " cycles"
        )
    else:
        said = cycle_from_text(f"{ev.title}\n{ev.text[:5000]}")
        if said is not None:
            cycle = said
            cycle_from = f"it says it is for the {ordinal(said)} cycle"
        else:
            guess = (latest_cycle(state) if (state and latest_cycle) else None) or CURRENT_CYCLE
            cycle = guess
            doubts.append("it cites no recommendations and names no cycle")

    if state is None or cycle is None:
        return Detection(state, cycle, False, "; ".join(doubts) or "nothing tells its review")
    previous: tuple[str, ...] = ()
    if not doubts and len(cycles) == 1:
        # what it cites is, by the same evidence, the previous review's
        previous = tuple(sorted(sym for sym in cited if known[sym] is None))
    if doubts:
        return Detection(state, cycle, False, "unsure: " + "; ".join(doubts))
    return Detection(state, cycle, True, f"{state_from}; {cycle_from}", previous_reports=previous)


def evidence_text(paragraphs: Iterable[str], limit: int = 2_000_000) -> str:
    """The text a detection reads: the paragraphs, up to ``limit`` characters."""
    out, size = [], 0
    for p in paragraphs:
        out.append(p)
        size += len(p) + 1
        if size >= limit:
            break
    return "\n".join(out)
