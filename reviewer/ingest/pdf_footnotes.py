"""Footnotes and endnotes: find them on the page, take them out of the text flow.

Where a page has footnotes:
- under a short drawn rule in the lower part of the page (Word, UN layout), when the
  first line below it opens with a marker or everything below is in note type;
- failing a rule, a run of small-type lines closing the page that starts with a
  marker line;
- after a "Notes" / "Endnotes" heading (UN documents gather their notes at the end):
  every line to the end of the document, unless a new body-size heading follows.

Note numbers printed in body type in the text are tied to their notes afterwards
(:func:`tie_plain_markers`), conservatively.

A marker opening a note line is rarely flagged superscript (the flag needs a span
before it on the line), so pdf_lines already reads it from size and baseline rise.
Lines that do not open with a marker continue the note before them, across pages.
"""

from __future__ import annotations

import re

from reviewer.ingest.model import MarkerRef, ParsedFootnote
from reviewer.ingest.pdf_lines import Line, PageText
from reviewer.ingest.pdf_text import Vocabulary, finish, join_lines, strip_markers

_NOTES_HEADING_RE = re.compile(r"(?:end|foot)?notes\s*:?", re.IGNORECASE)
_NOTES_HEADING_FIRST = frozenset("efnEFN\x00")  # \x00 opens a footnote marker
_STAR_NOTE_RE = re.compile(r"\s*([*\u2020\u2021]{1,3})\s+(?=\S)")


def _note_start(ln: Line) -> str | None:
    if ln.lead is not None:
        return ln.lead
    m = _STAR_NOTE_RE.match(ln.text)
    if m:
        ln.text = ln.text[m.end() :]
        ln.lead = m.group(1)
        return ln.lead
    return None


def _could_start(ln: Line) -> bool:
    return ln.lead is not None or bool(_STAR_NOTE_RE.match(ln.text))


def _rules(page: PageText) -> list[tuple[float, bool]]:
    """(y, wide) of separator rules: thin, starting at the left, not a table border.

    Word draws a short rule over footnotes and a full-width one over a footnote
    continued from the page before; both are kept, the wide ones marked.
    """
    width = page.width
    out: list[tuple[float, bool]] = []
    rules = sorted(page.rules, key=lambda r: (r[1], r[0]))
    for x0, y, x1 in rules:
        w = x1 - x0
        if not (15 <= w <= width * 0.9) or y < page.height * 0.3 or x0 > width * 0.4:
            continue
        grid = False
        for ox0, oy, ox1 in rules:
            if abs(oy - y) <= 1.5 and (abs(ox0 - x0) > 1.5 or abs(ox1 - x1) > 1.5):
                if ox0 <= x1 + 2 and ox1 >= x0 - 2:
                    grid = True  # a neighbouring segment on the same y: table border
                    break
        if not grid and (not out or abs(out[-1][0] - y) > 1.5):
            out.append((y, w > width * 0.5))
    return out


def _page_zone(page: PageText, lines: list[Line], body_size: float, pending: bool) -> int | None:
    """Index into ``lines`` where this page's footnote area starts, if it has one.

    ``pending``: the previous page ended in a note, which may continue here.
    """
    small = body_size * 0.92
    for y, wide in _rules(page):
        below = [i for i, ln in enumerate(lines) if ln.y0 >= y - 1.0]
        if not below:
            continue
        first = below[0]
        if below != list(range(first, len(lines))):
            continue  # body text continues below the rule: not a footnote separator
        if _could_start(lines[first]):
            return first
        all_small = all(lines[i].size <= small for i in below)
        if (pending and (all_small or not wide)) or (all_small and not wide):
            return first
    # no rule: a closing run of small lines opening with a marker line
    start = None
    for i in range(len(lines) - 1, -1, -1):
        ln = lines[i]
        if ln.size > small:
            break
        if ln.lead is not None:
            start = i
    return start


def _is_notes_heading(ln: Line) -> bool:
    text = ln.text
    # (the heading opens with "e", "f" or "n": nearly every line is ruled out by its
    # first character; a space or a marker first leaves it to the pattern)
    head = text[:1]
    if head not in _NOTES_HEADING_FIRST and not head.isspace():
        return False
    return bool(_NOTES_HEADING_RE.fullmatch(strip_markers(text).strip()))


def split_notes(
    pages: list[PageText], body_size: float, vocab: Vocabulary
) -> tuple[list[ParsedFootnote], list[str]]:
    """Mark note lines (role "note") and return the notes, in document order."""
    notes: list[tuple[str, int, list[str]]] = []  # marker, page, line texts
    warnings: list[str] = []
    endnotes = False
    pending = False
    for page in pages:
        lines = [ln for ln in page.lines if not ln.role]
        zone: list[Line] = []
        if endnotes:
            for i, ln in enumerate(lines):
                if ln.size > body_size * 1.05 and ln.is_bold and ln.lead is None:
                    endnotes = False  # an "Annex" after the notes
                    zone = lines[:i]
                    lines = lines[i:]
                    break
            else:
                zone, lines = lines, []
        if not endnotes:
            first = _NOTES_HEADING_FIRST
            for i, ln in enumerate(lines):
                head = ln.text[:1]  # (_is_notes_heading's first test, before the call)
                if head not in first and not head.isspace():
                    continue
                if _is_notes_heading(ln) and i + 1 < len(lines) and _could_start(lines[i + 1]):
                    ln.role = "furniture"
                    endnotes = True
                    zone.extend(lines[i + 1 :])
                    lines = lines[:i]
                    break
        if not endnotes:
            start = _page_zone(page, lines, body_size, pending)
            if start is not None:
                zone = zone + lines[start:]
        pending = bool(zone)
        for ln in zone:
            ln.role = "note"
            name = _note_start(ln)
            if name is not None:
                notes.append((name, page.number, [ln.text]))
            elif notes:
                notes[-1][2].append(ln.text)
            elif ln.text.strip():
                warnings.append(
                    f"page {page.number}: note text without a marker was dropped: "
                    f"{strip_markers(ln.text).strip()[:60]!r}"
                )
    result = []
    for name, page_no, parts in notes:
        text, _refs = finish(join_lines(parts, vocab))
        result.append(ParsedFootnote(marker=name, text=text, page=page_no))
    return result, warnings


# Full-size digits right after a word and its punctuation: "… the Convention.12 The".
_PLAIN_MARK_RE = re.compile(r"(?<=[^\W\d_][.,;:!?\u201d\u2019\"')\]])(\d{1,3})(?=\s|$)")
_ABBREV_RE = re.compile(
    r"\b(?:paras?|pp?|nos?|arts?|vol|rev|add|corr|ch|chap|sect|fig|op|cit|ibid|id|ss?|ll?"
    r"|annex|sess|res|dec|doc)\.$",
    re.IGNORECASE,
)
_GAP = 3  # at most this far past the last marker seen


def tie_plain_markers(
    texts: list[str], refs_list: list[tuple[MarkerRef, ...]], notes: list[ParsedFootnote]
) -> int:
    """Tie full-size note numbers to notes nothing else refers to; return how many.

    Some PDFs print note references in body type ("rights.12 The …"), so they are
    not read as markers.  Conservatively: the digits must stand right after a word
    and its punctuation, name a note no marker claims, and fall in order between the
    markers before and after them (no further than a few notes past the last one).
    """
    numbers = {int(f.marker) for f in notes if f.marker.isdigit()}
    claimed = {int(r.marker) for refs in refs_list for r in refs if r.marker.isdigit()}
    unclaimed = numbers - claimed
    if not unclaimed:
        return 0
    # the first claimed number after each paragraph, for the upper bound
    after: list[int | None] = [None] * len(texts)
    nxt: int | None = None
    for i in range(len(texts) - 1, -1, -1):
        after[i] = nxt
        nums = [int(r.marker) for r in refs_list[i] if r.marker.isdigit()]
        if nums:
            nxt = nums[0]
    last = 0
    tied = 0
    for i, text in enumerate(texts):
        refs = list(refs_list[i])
        changed = False
        pos = 0
        while True:
            m = _PLAIN_MARK_RE.search(text, pos)
            if m is None:
                break
            pos = m.end()
            start = m.start()
            before = [int(r.marker) for r in refs if r.marker.isdigit() and r.offset <= start]
            later = [int(r.marker) for r in refs if r.marker.isdigit() and r.offset > start]
            low = max([last, *before])
            high = later[0] if later else after[i]
            n = int(m.group(1))
            if (
                n not in unclaimed
                or not low < n <= low + _GAP
                or (high is not None and n >= high)
                or _ABBREV_RE.search(text, max(0, start - 8), start)
            ):
                continue
            text = text[:start] + text[m.end() :]
            width = m.end() - start
            refs = [r if r.offset <= start else MarkerRef(r.marker, r.offset - width) for r in refs]
            refs.append(MarkerRef(str(n), start))
            refs.sort(key=lambda r: r.offset)
            unclaimed.discard(n)
            changed = True
            tied += 1
            pos = start
        if changed:
            texts[i] = text
            refs_list[i] = tuple(refs)
        nums = [int(r.marker) for r in refs_list[i] if r.marker.isdigit()]
        if nums:
            last = max(last, *nums)
    return tied
