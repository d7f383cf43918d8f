"""Plain text or Markdown → a flat run of items: paragraph units, footnote
definitions, page breaks and (Markdown) thematic breaks.

Nothing here looks across blocks; joining paragraphs cut by a page break and
removing running headers and footers happen later, on this run of items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Final

from reviewer.ingest.text_clean import (
    clean_inline,
    continues_line,
    heading_like,
    is_metadata,
    last_char,
    split_label,
    starts_item,
    strip_emphasis,
    whole_bold,
)
from reviewer.vocabulary import ParagraphKind


class Break(Enum):
    PAGE = "page_break"
    RULE = "rule"  # a Markdown thematic break or decorative line: ends a paragraph, not a page


PAGE_BREAK: Final = Break.PAGE
RULE: Final = Break.RULE

_HARD_BREAKS = ("  ", "\\", "<br>", "<br/>")
_TABLE_RULE_RE = re.compile(r"\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?)?\s*")
_BLANK_LINES_RE = re.compile(r"\n(?:[ \t]*\n)+")
_RULE_RE = re.compile(r"(?:-[ \t]*){3,}|(?:=[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}")
_MD_HEADING_RE = re.compile(r" {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")
_SUP_DEF_RE = re.compile(r"<sup>\s*(\w{1,4})\s*</sup>\s*(?=[^\s.,;:)])", re.IGNORECASE)
_MD_DEF_RE = re.compile(r" {0,3}\[\^([^\]\s]{1,20})\]:[ \t]*")
_FRONT_MATTER_RE = re.compile(r"---[ \t]*\n(.{0,4000}?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)", re.DOTALL)
_FRONT_TITLE_RE = re.compile(r"^title:[ \t]*(.+?)[ \t]*$", re.MULTILINE | re.IGNORECASE)
_PDF_DUMP_RE = re.compile(r"^<sup>\s*\w{1,4}\s*</sup>", re.MULTILINE | re.IGNORECASE)
_STANDALONE_BREAK_RE = re.compile(r"(?:^|\n)[ \t]*\n---[ \t]*(?:\n|$)")


@dataclass(slots=True)
class Unit:
    """One paragraph candidate; ``text`` is cleaned but still holds footnote markers."""

    text: str
    label: str | None
    kind: ParagraphKind  # HEADING, BODY or LIST_ITEM; the title is chosen later
    title_candidate: bool
    explicit: bool  # a Markdown heading or a whole-bold line: never a continuation
    n_lines: int
    first_line: str
    page_start: int | None = None
    page_end: int | None = None
    more: list[str] | None = None  # continuations joined on after a page break

    def tail(self) -> str:
        return self.more[-1] if self.more else self.text

    def finish(self) -> None:
        if self.more:
            self.text = "".join([self.text, *self.more])
            self.more = None
            if "*" in self.text:  # emphasis that ran across the page break
                self.text = strip_emphasis(self.text)


@dataclass(slots=True)
class FootnoteDef:
    marker: str
    text: str


Item = Unit | FootnoteDef | Break


def front_matter(text: str) -> tuple[str, str | None]:
    """Strip a YAML front-matter block; return the text and its ``title:``, if any."""
    m = _FRONT_MATTER_RE.match(text)
    if not m or ":" not in m.group(1):
        return text, None
    t = _FRONT_TITLE_RE.search(m.group(1))
    title = t.group(1).strip("\"'") if t else None
    return text[m.end() :], title or None


def has_page_breaks(text: str, markdown: bool) -> bool:
    """Does ``---`` mean a new page in this file?

    PDF-to-text dumps put ``---`` on a line of its own between blank lines.  Web pages
    pasted as text use it as a rule between stories, right against the text; and in
    Markdown it is a thematic break unless the file is itself a PDF dump (it holds
    ``<sup>n</sup>`` footnote definitions).
    """
    if markdown:
        return "<sup>" in text and _PDF_DUMP_RE.search(text) is not None
    return "\n---" in text and _STANDALONE_BREAK_RE.search(text) is not None


def read_items(text: str, markdown: bool, page_breaks: bool) -> list[Item]:
    items: list[Item] = []
    for block in _BLANK_LINES_RE.split(text):
        if "\n" in block:
            _read_lines(block.split("\n"), markdown, page_breaks, items)
        elif block and not block.isspace():
            kind = _rule(block, page_breaks)
            if kind is not None:
                items.append(kind)
            else:
                _block_items([block], None, markdown, items)
    return items


def _rule(line: str, page_breaks: bool) -> Break | None:
    """PAGE_BREAK or RULE for a line like ``---``/``***``/``===``, else None."""
    stripped = line.strip()
    if stripped[:1] in ("-", "=", "*", "_") and _RULE_RE.fullmatch(stripped):
        return PAGE_BREAK if page_breaks and stripped == "---" else RULE
    return None


def _read_lines(lines: list[str], markdown: bool, page_breaks: bool, items: list[Item]) -> None:
    cur: list[str] = []
    for line in lines:
        if not line or line.isspace():
            if cur:
                _block_items(cur, None, markdown, items)
                cur = []
            continue
        kind = _rule(line, page_breaks)
        if kind is None:
            cur.append(line)
            continue
        c = line.strip()[0]
        if (
            c in "-="
            and len(cur) == 1
            and len(cur[0].strip()) <= 80
            and not (kind is PAGE_BREAK and not markdown)
        ):
            _block_items(cur, 1 if c == "=" else 2, markdown, items)  # setext heading
        else:
            if cur:
                _block_items(cur, None, markdown, items)
            items.append(kind)
        cur = []
    if cur:
        _block_items(cur, None, markdown, items)


def _block_items(lines: list[str], setext: int | None, markdown: bool, out: list[Item]) -> None:
    if markdown and lines[0].lstrip().startswith(">"):
        lines = [ln.lstrip()[1:] if ln.lstrip().startswith(">") else ln for ln in lines]
    if setext is not None:
        _add_unit(out, lines, markdown, setext)
        return
    body: list[str] = []
    fn: list[str] = []  # [marker, first line, continuation lines...]
    for line in lines:
        head = line[:6]
        m = _SUP_DEF_RE.match(line) if "<" in head else None
        if m is None and markdown and "[^" in head:
            m = _MD_DEF_RE.match(line)
        # "# Heading" also in .txt: Markdown saved as text is common, and "# " opens
        # no ordinary sentence.
        h = _MD_HEADING_RE.fullmatch(line) if "#" in line[:4] else None
        if m is not None or h is not None:
            _flush(body, fn, markdown, out)
            body, fn = [], []
            if h is not None:
                _add_unit(out, [h.group(2)], markdown, len(h.group(1)))
            elif m is not None:
                fn = [m.group(1), line[m.end() :]]
        elif fn:
            fn.append(line.strip())
        else:
            body.append(line)
    _flush(body, fn, markdown, out)


def _flush(body: list[str], fn: list[str], markdown: bool, out: list[Item]) -> None:
    if fn:
        out.append(FootnoteDef(fn[0], clean_inline(" ".join(fn[1:]), markdown)))
    if body and markdown and body[0].lstrip().startswith("|"):
        for row in body:  # a Markdown table: one paragraph per row, cells kept apart
            if not _TABLE_RULE_RE.fullmatch(row.strip()):
                cells = row.strip().strip("|").split("|")
                _add_unit(out, [" | ".join(c.strip() for c in cells)], markdown, None)
    elif body:
        for group in _group_lines(body, markdown):
            _add_unit(out, group, markdown, None)


def _group_lines(lines: list[str], markdown: bool) -> list[list[str]]:
    """Split a block into paragraphs: one per line in web dumps, wrapped lines joined."""
    if len(lines) == 1:
        return [lines]
    width = max(map(len, lines))
    short = 0.6 * width
    groups = [[lines[0]]]
    prev = lines[0]
    for line in lines[1:]:
        if starts_item(line) and not continues_line(prev, line):
            new = True
        elif markdown or prev.endswith(_HARD_BREAKS):
            new = False
        elif width > 200:
            new = True  # not hard-wrapped: every line is a paragraph of its own
        else:
            new = (
                len(prev.strip()) < short
                or (":" in prev and is_metadata(prev.strip()))
                or (":" in line and is_metadata(line.strip()))
            )
        if new:
            groups.append([line])
        else:
            groups[-1].append(line)
        prev = line
    return groups


def _join_lines(parts: list[str]) -> str:
    """Wrapped lines back into one: a space between words, none between CJK characters."""
    out = [parts[0]]
    for part in parts[1:]:
        if not (out[-1][-1:] >= "\u2e80" and part[:1] >= "\u2e80"):
            out.append(" ")
        out.append(part)
    return "".join(out)


def _add_unit(out: list[Item], lines: list[str], markdown: bool, level: int | None) -> None:
    parts = []
    for ln in lines:
        ln = ln.strip()
        if ln.endswith("\\") and markdown:
            ln = ln[:-1]
        parts.append(ln)
    raw = parts[0] if len(parts) == 1 else _join_lines(parts)
    inner = whole_bold(raw)
    text = clean_inline(raw if inner is None else inner, markdown)
    if not text:
        return
    label, rest, lk = split_label(text)
    kind, title_candidate, explicit = ParagraphKind.BODY, False, False
    if level is not None:
        kind, explicit = ParagraphKind.HEADING, True
        title_candidate = level == 1 and label is None
    elif lk in ("alpha", "sub", "bullet"):
        kind = ParagraphKind.LIST_ITEM
    elif inner is not None and len(text) <= 250 and last_char(text) not in (".", "\u3002"):
        kind, explicit = ParagraphKind.HEADING, True
        title_candidate = label is None
    elif lk in ("roman", "letter"):
        if not heading_like(rest):
            label, rest = None, text
        else:
            kind = ParagraphKind.HEADING
    elif lk is None and not markdown and heading_like(text):
        kind = ParagraphKind.HEADING
    if lk in ("roman", "letter") and label is None:
        lk = None
    if lk is not None:
        text = rest
    first = parts[0] if len(parts) > 1 else raw
    out.append(Unit(text, label, kind, title_candidate, explicit, len(parts), first))
