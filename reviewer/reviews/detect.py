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
from reviewer.words.facts import Fact, fact, read_back, templates

# The latest cycle; a document that says nothing of its cycle is guessed to be for it.
CURRENT_CYCLE = 4
_WG6 = re.compile(r"A/HRC/WG\.6/(\d+)/([A-Z]{3})/\d+", re.I)
_REGISTRY_KINDS = {
    DocumentKind.WG_REPORT,
    DocumentKind.RESPONSES,
    DocumentKind.THEMATIC_LIST,
    DocumentKind.OTHER,
}

# why a document is placed in its review, in English (stored with the document); the
# window says it in its language (``reviewer.words.facts``, ``reason_fact``)
FACTS = templates(
    {
        "review.unsure": "unsure: {doubts}",
        "review.three": "{first}; {second}; {third}",
        "review.pair": "{first}; {second}",
        "review.wg6_unknown": "{symbol} names Working Group session {session}, of no known cycle",
        "review.wg6": "its symbol {symbol}: {state}, Working Group session {session}",
        "review.no_state": "it does not name the State under review",
        "review.no_cycle": "it names {state} but no session or cycle",
        "review.registry_report": "{report}, the review of {state} ({cycle:ordinal} cycle)",
        "review.registry": "the review of {state} ({cycle:ordinal} cycle)",
        "review.cites_state": "it cites {state}'s recommendations",
        "review.cites_but_names": "it cites {state}'s recommendations but names {other} most",
        "review.names_most": "it names {state} most ({count} times)",
        "review.several_states": "it cites the recommendations of several States",
        "review.names_few": "it names {state} only {count} times among others",
        "review.names_none": "it names no State",
        "review.cites_cycle": "it cites {symbols} ({cycle:ordinal} cycle)",
        "review.two_cycles": "it cites recommendations of the {first:ordinal} and "
        "{second:ordinal} cycles",
        "review.cycles": "it cites recommendations of the {cycles} cycles",
        "review.says_cycle": "it says it is for the {cycle:ordinal} cycle",
        "review.no_cycle_named": "it cites no recommendations and names no cycle",
        "review.nothing": "nothing tells its review",
        "review.chosen_by": "chosen by {who}",
    }
)


def joined(parts: list[str]) -> str:
    """Clauses one after the other ("…; …"), as one fact when there are two or three."""
    if len(parts) == 2:
        return fact("review.pair", first=parts[0], second=parts[1])
    if len(parts) == 3:
        return fact("review.three", first=parts[0], second=parts[1], third=parts[2])
    return "; ".join(parts)


def reason_fact(text: str | None) -> Fact | None:
    """A document's stored review reason read back into the fact that said it (None
    when some other words are stored: an older program's, a person's)."""
    if not text:
        return None
    said = read_back(text, FACTS)
    if said is None:
        return None
    args = {k: (reason_fact(v) or v) if isinstance(v, str) else v for k, v in said.args}
    again = fact(said.key, **args)
    return again if again == text else said


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
            state,
            None,
            False,
            fact("review.wg6_unknown", symbol=symbol, session=session),
        )
    return Detection(
        state,
        cycle,
        True,
        fact("review.wg6", symbol=symbol, state=display_name(state), session=session),
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
        return Detection(None, cycle, False, fact("review.no_state"), reports=())
    if cycle is None:
        return Detection(state, None, False, fact("review.no_cycle", state=display_name(state)))
    name = display_name(state)
    return Detection(
        state,
        cycle,
        True,
        fact("review.registry_report", report=report, state=name, cycle=cycle)
        if report
        else fact("review.registry", state=name, cycle=cycle),
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
        state_from = fact("review.cites_state", state=display_name(state))
        if dominant not in (None, state):
            doubts.append(
                fact(
                    "review.cites_but_names",
                    state=display_name(state),
                    other=display_name(dominant or ""),
                )
            )
    elif dominant is not None:
        state = dominant
        state_from = fact("review.names_most", state=display_name(state), count=named[state])
        if len(owners) > 1:
            doubts.append(fact("review.several_states"))
    elif top:
        state = top[0][0]
        doubts.append(fact("review.names_few", state=display_name(state), count=named[state]))
    else:
        doubts.append(fact("review.names_none"))

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
        cycle_from = fact("review.cites_cycle", symbols=syms, cycle=prev)
    elif len(cycles) > 1:
        prev = cycles.most_common(1)[0][0]
        cycle = prev + 1
        both = sorted(cycles)
        if len(both) == 2:
            doubts.append(fact("review.two_cycles", first=both[0], second=both[1]))
        else:
            doubts.append(fact("review.cycles", cycles=" and ".join(ordinal(c) for c in both)))
    else:
        said = cycle_from_text(f"{ev.title}\n{ev.text[:5000]}")
        if said is not None:
            cycle = said
            cycle_from = fact("review.says_cycle", cycle=said)
        else:
            guess = (latest_cycle(state) if (state and latest_cycle) else None) or CURRENT_CYCLE
            cycle = guess
            doubts.append(fact("review.no_cycle_named"))

    if state is None or cycle is None:
        return Detection(state, cycle, False, joined(doubts) or fact("review.nothing"))
    previous: tuple[str, ...] = ()
    if not doubts and len(cycles) == 1:
        # what it cites is, by the same evidence, the previous review's
        previous = tuple(sorted(sym for sym in cited if known[sym] is None))
    if doubts:
        return Detection(state, cycle, False, fact("review.unsure", doubts=joined(doubts)))
    reason = fact("review.pair", first=state_from, second=cycle_from)
    return Detection(state, cycle, True, reason, previous_reports=previous)


def evidence_text(paragraphs: Iterable[str], limit: int = 2_000_000) -> str:
    """The text a detection reads: the paragraphs, up to ``limit`` characters."""
    out, size = [], 0
    for p in paragraphs:
        out.append(p)
        size += len(p) + 1
        if size >= limit:
            break
    return "\n".join(out)
