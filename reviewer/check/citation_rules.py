"""The citation rules: each recommendation the draft cites, against the registry.

- ``number``: a number the cited report does not have ("28.400: A/HRC/40/6 has
  28.1–28.346");
- ``symbol``: a report that is neither the previous review's Working Group report
  of the State under review nor its addendum;
- ``state``: a recommending State named in brackets right after the number
  ("28.294 (India)") or in the footnote quoting it, which the registry does not give;
- ``position``: a sentence that cites a recommendation the State noted and calls it
  accepted, supported, agreed, endorsed or welcomed;
- ``range``: a range whose ends are in different paragraphs of the report
  ("127.45–128.3") or that runs backwards ("28.49–45").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from reviewer.check.model import DraftCitation, Entry, Facts, Finding, Rule, Severity
from reviewer.check.text import listing, normalise, sentence_at
from reviewer.citations import parse_citation_footnote
from reviewer.citations.countries import iso3
from reviewer.citations.numbers import skip_markers
from reviewer.citations.parser import scan
from reviewer.citations.states import canonical_state, split_trailing_states
from reviewer.vocabulary import Position, number_key, parent_symbol
from reviewer.words import say


def _decimal(c: DraftCitation) -> bool:
    return c.symbol is not None and "." in c.number


def _entries(facts: Facts, symbol: str | None) -> dict[str, Entry]:
    if symbol is None:
        return {}
    return {e.number: e for e in facts.registry.get(symbol, ())}


def numbers_span(entries: Iterable[Entry]) -> str:
    """'28.1–28.346', or '115.1–115.160, 116.1–116.2' for a report numbering its
    recommendations under several paragraphs."""
    by_prefix: dict[str, list[tuple[int, ...]]] = {}
    for e in entries:
        head, _, _ = e.number.partition(".")
        by_prefix.setdefault(head if "." in e.number else "", []).append(number_key(e.number))
    parts = []
    for _head, keys in sorted(by_prefix.items(), key=lambda kv: number_key(kv[0] or "0")):
        low, high = min(keys), max(keys)
        fmt = ".".join
        lo, hi = fmt(str(k) for k in low), fmt(str(k) for k in high)
        parts.append(lo if lo == hi else f"{lo}–{hi}")
    return ", ".join(parts)


# --- number ----------------------------------------------------------------------


def number_rule(citations: tuple[DraftCitation, ...], facts: Facts) -> Iterator[Finding]:
    seen: set[str] = set()
    for c in citations:
        if not _decimal(c):
            continue
        entries = _entries(facts, c.symbol)
        if not entries or c.number in entries:
            continue
        key = f"number:{c.symbol}:{c.number}"
        if key in seen:
            continue
        seen.add(key)
        fix = say("check.number.fix", symbol=c.symbol)
        quoted = _quoted_text(c)
        if quoted:
            same = [e.number for e in entries.values() if e.text and _same_text(e.text, quoted)]
            if same:
                fix = say("check.number.fix_text", numbers=listing(same, 3))
        yield Finding(
            key,
            Rule.NUMBER,
            Severity.ERROR,
            say(
                "check.number",
                number=c.number,
                symbol=c.symbol,
                span=numbers_span(entries.values()),
            ),
            fix,
            c.paragraph,
        )


def _quoted_text(c: DraftCitation) -> str | None:
    if c.footnote is None:
        return None
    for fc in parse_citation_footnote(c.footnote):
        if fc.number == c.number and fc.text:
            return fc.text
    return None


def _same_text(a: str, b: str) -> bool:
    def fold(s: str) -> str:
        return re.sub(r"[\W_]+", " ", normalise(s).casefold()).strip()

    fa, fb = fold(a), fold(b)
    n = min(len(fa), len(fb), 60)
    return n >= 20 and fa[:n] == fb[:n]


# --- symbol ----------------------------------------------------------------------


def symbol_rule(citations: tuple[DraftCitation, ...], facts: Facts) -> Iterator[Finding]:
    if not facts.previous_reports:
        return
    allowed = {parent_symbol(s) for s in (*facts.previous_reports, *facts.previous_responses)}
    seen: set[str] = set()
    reports = listing(list(facts.previous_reports), 3)
    state = facts.state_name or say("check.the_state")
    for c in citations:
        if not _decimal(c) or c.symbol is None or "/WG." in c.symbol:
            continue
        symbol = parent_symbol(c.symbol)
        if symbol in allowed or symbol in seen:
            continue
        seen.add(symbol)
        owner = facts.owners.get(symbol)
        whose = say("check.symbol.whose", owner=owner) if owner else ""
        yield Finding(
            f"symbol:{symbol}",
            Rule.SYMBOL,
            Severity.WARNING,
            say(
                "check.symbol",
                symbol=symbol,
                state=state,
                previous=str(facts.previous),
                reports=reports,
                whose=whose,
            ),
            say("check.symbol.fix", reports=reports),
            c.paragraph,
        )


# --- state -----------------------------------------------------------------------

_GROUP_AFTER = re.compile(r"\s*\(")
_BETWEEN_ITEMS = re.compile(r"[\s,;&]*(?:(?:and|or)\s+)?[\s,;]*", re.IGNORECASE)


def _bracket_after(text: str, end: int) -> str | None:
    """The parenthesised group right after ``end`` ("28.294 (India)"), if any."""
    pos = skip_markers(text, end)
    m = _GROUP_AFTER.match(text, pos)
    if m is None:
        return None
    depth = 0
    for i in range(m.end() - 1, min(len(text), m.end() + 400)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return text[m.end() - 1 : i + 1]
    return None


def _named_states(group: str) -> tuple[str, ...]:
    """The States a "(…)" group names, when it names nothing else."""
    _, states = split_trailing_states(f"x {group}")
    return tuple(canonical_state(s) or s for s in states)


def _run(citations: list[DraftCitation], i: int, text: str) -> list[DraftCitation]:
    """The list the i-th citation ends ("28.45, 28.47 and 28.49 (…)"): a bracket
    after it may give the States of the whole list."""
    run = [citations[i]]
    j = i - 1
    while j >= 0:
        a, b = citations[j], run[0]
        if a.start is None or a.end is None or b.start is None:
            break
        same_group = a.start == b.start  # "A/HRC/40/6, 28.45, 28.47": one head
        if not same_group and (
            a.end > b.start or _BETWEEN_ITEMS.fullmatch(text, a.end, b.start) is None
        ):
            break
        run.insert(0, a)
        j -= 1
    return run


def state_rule(
    citations: tuple[DraftCitation, ...], facts: Facts, texts: dict[int, str]
) -> Iterator[Finding]:
    seen: set[str] = set()
    inline: dict[int, list[DraftCitation]] = {}
    for c in citations:
        if c.footnote is None and c.start is not None and c.end is not None:
            inline.setdefault(c.paragraph, []).append(c)
    for p, cs in inline.items():
        cs.sort(key=lambda c: (c.start or 0, c.end or 0))
        text = texts.get(p, "")
        for i, c in enumerate(cs):
            if not _decimal(c) or c.end is None:
                continue
            group = _bracket_after(text, c.end)
            if group is None:
                continue
            run = [x for x in _run(cs, i, text) if _decimal(x)]
            yield from _state_findings(run, _named_states(group), facts, seen)
    for c in citations:
        if c.footnote is None or not _decimal(c):
            continue
        for fc in parse_citation_footnote(c.footnote):
            if fc.number == c.number and fc.states:
                yield from _state_findings([c], fc.states, facts, seen)


def _state_findings(
    run: list[DraftCitation], named: tuple[str, ...], facts: Facts, seen: set[str]
) -> Iterator[Finding]:
    if not named or not run:
        return
    known = [_entries(facts, c.symbol).get(c.number) for c in run]
    entries = [e for e in known if e is not None and e.states]
    if len(entries) != len(run):
        return  # a number the registry lacks (the number rule says so) or without States
    given = {iso3(s) or s for e in entries for s in e.states}
    last = run[-1]
    for name in named:
        if (iso3(name) or name) in given:
            continue
        key = f"state:{last.symbol}:{last.number}:{name}"
        if key in seen:
            continue
        seen.add(key)
        numbers = listing([c.number for c in run], 4)
        registry = "; ".join(", ".join(e.states) for e in entries)
        right = ", ".join(dict.fromkeys(s for e in entries for s in e.states))
        yield Finding(
            key,
            Rule.STATE,
            Severity.ERROR,
            say("check.state", numbers=numbers, name=name, registry=registry),
            say("check.state.fix", right=right),
            last.paragraph,
        )


# --- position --------------------------------------------------------------------

_ACCEPTED = re.compile(
    r"\b(?:accepted|accepts|accepting|acceptance|supported|agreed\s+to|endorsed|welcomed|"
    r"committed\s+(?:itself\s+)?to\s+implement\w*)\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:not|never|n['’]t|neither|nor|refused\s+to|declined\s+to)\b\W*\w*\W*$")
_SAYS_NOTED = re.compile(r"\b(?:noted|rejected|did\s+not\s+(?:accept|support))\b", re.IGNORECASE)


def _calls_accepted(sentence: str) -> bool:
    if _SAYS_NOTED.search(sentence):
        return False
    for m in _ACCEPTED.finditer(sentence):
        before = sentence[max(0, m.start() - 30) : m.start()]
        if not _NEGATED.search(before.lower()):
            return True
    return False


def position_rule(
    citations: tuple[DraftCitation, ...], facts: Facts, texts: dict[int, str]
) -> Iterator[Finding]:
    seen: set[str] = set()
    state = facts.state_name or say("check.the_state_under_review")
    for c in citations:
        if not _decimal(c):
            continue
        entry = _entries(facts, c.symbol).get(c.number)
        if entry is None or entry.position != Position.NOTED:
            continue
        key = f"position:{c.symbol}:{c.number}"
        if key in seen:
            continue
        if not _calls_accepted(sentence_at(texts.get(c.paragraph, ""), c.at)):
            continue
        seen.add(key)
        yield Finding(
            key,
            Rule.POSITION,
            Severity.ERROR,
            say("check.position", number=c.number, state=state, symbol=c.symbol),
            say("check.position.fix", number=c.number, state=state),
            c.paragraph,
        )


# --- range -----------------------------------------------------------------------


def range_rule(
    paragraphs: Iterable[tuple[int, str, tuple[str, ...]]],
    citations: tuple[DraftCitation, ...],
) -> Iterator[Finding]:
    """``paragraphs``: (index, text, footnote texts)."""
    symbol_of = {(c.paragraph, c.number): c.symbol for c in citations if c.symbol}
    seen: set[str] = set()
    for index, text, notes in paragraphs:
        for source in (text, *notes):
            for group in scan(source):
                for item in group.items:
                    if item.clean or "." not in item.numbers[0]:
                        continue
                    raw = re.sub(r"\s+", "", source[item.start : item.end]).replace("–", "-")
                    symbol = group.symbol or symbol_of.get((index, item.numbers[0]))
                    key = f"range:{symbol or '-'}:{raw}"
                    if key in seen:
                        continue
                    seen.add(key)
                    yield _range_finding(key, raw, item.numbers, index)


def _range_finding(key: str, raw: str, numbers: list[str], index: int) -> Finding:
    first, last = numbers[0], numbers[-1]
    a, b = first.partition(".")[0], last.partition(".")[0]
    if len(numbers) > 1 and a != b:
        message = say("check.range.across", raw=raw, a=a, b=b)
        fix = say("check.range.across.fix", first=first, a=a, b=b, last=last)
    elif len(numbers) > 1:
        message = say("check.range.long", raw=raw)
        fix = say("check.range.long.fix")
    else:
        message = say("check.range.backwards", raw=raw)
        fix = say("check.range.backwards.fix")
    return Finding(key, Rule.RANGE, Severity.ERROR, message, fix, index)
