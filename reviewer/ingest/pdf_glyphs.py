"""The glyphs of a PDF page's rows, for reading right-to-left text (pdf_bidi).

Each glyph carries the characters drawn with it, in logical order (a combining mark
with its letter; the alef MuPDF splits off a lam-alef ligature with its lam, lam
first; Arabic presentation forms, U+FB50–U+FDFF and U+FE70–U+FEFE, as their letters
by NFKC: "ﻻ" → "لا"), its box, font, size and baseline, and its kind for the bidi
algorithm.  Rows are the lines standing on one baseline (a raised note number with
its row), split where a gutter parts them.
"""

from __future__ import annotations

import re
import unicodedata

RTL_RE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_PRESENTATION_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
_ALEFS = frozenset("\u0627\u0623\u0625\u0622")
_LAM = "\u0644"
MIRROR = str.maketrans("()[]{}<>\u00ab\u00bb", ")(][}{><\u00bb\u00ab")
BRACKETS = frozenset("()[]{}<>\u00ab\u00bb")

# Kinds of glyph for the line's bidi: strong right to left, strong left to right,
# digit (European or Arabic-Indic), number separator or terminator, space, other
# neutral, and a small raised glyph (a footnote number: never part of a number).
R, L, D, S, E, W, N, M = range(8)
_BIDI = {"R": R, "AL": R, "L": L, "EN": D, "AN": D, "CS": S, "ES": S, "ET": E}
_KINDS: dict[str, int] = {}


def _kind(c: str) -> int:
    k = _KINDS.get(c)
    if k is None:
        k = W if c.isspace() else _BIDI.get(unicodedata.bidirectional(c), N)
        _KINDS[c] = k
    return k


class Glyph:
    """One printed glyph and the characters it stands for, in logical order."""

    __slots__ = ("x0", "y0", "x1", "y1", "oy", "text", "font", "size", "flags", "kind")

    def __init__(self, ch: dict, c: str, span: dict):
        self.x0, self.y0, self.x1, self.y1 = ch["bbox"]
        self.oy = ch["origin"][1]
        self.text = c
        self.font = span["font"]
        self.size = span["size"]
        self.flags = span["flags"]
        self.kind = W


def line_glyphs(line: dict) -> list[Glyph]:
    """The line's glyphs in drawing order, marks and split-off alefs attached."""
    out: list[Glyph] = []
    pending: list[str] = []  # marks drawn before their letter (or after a space)
    for span in line["spans"]:
        for ch in span["chars"]:
            c = ch["c"]
            if _PRESENTATION_RE.match(c):
                c = unicodedata.normalize("NFKC", c)
            if unicodedata.category(c[0]) == "Mn":
                if out and not pending and out[-1].kind != W:
                    out[-1].text += c  # a mark after its letter
                else:
                    pending.append(c)
                continue
            g = Glyph(ch, c, span)
            g.kind = _kind(c[0])
            if pending:
                g.text += "".join(pending)
                pending = []
            out.append(g)
    if pending and out:
        out[-1].text += "".join(pending)
    # MuPDF splits a lam-alef ligature into the lam with the glyph and a zero-width
    # alef, on either side of it as the producer wrote them: the lam first
    i = 0
    while i < len(out):
        g = out[i]
        if g.text[:1] in _ALEFS and g.x1 - g.x0 < 0.01:
            if i + 1 < len(out) and out[i + 1].text[:1] == _LAM:
                lam = out[i + 1]
                lam.text = lam.text[:1] + g.text + lam.text[1:]
                del out[i]
                continue
            if i and out[i - 1].text[:1] == _LAM and out[i - 1].text[-1:] not in _ALEFS:
                out[i - 1].text += g.text
                del out[i]
                continue
        i += 1
    return out


def drop_overlaid_spaces(gs: list[Glyph]) -> list[Glyph]:
    """Spaces drawn over a letter next to them (a word processor's justification or
    font fallback leaves them): they are not between words.  ``gs`` in visual order."""
    out: list[Glyph] = []
    n = len(gs)
    for i, g in enumerate(gs):
        if g.kind == W:
            half = (g.x1 - g.x0) / 2
            over = False
            for j in (i - 1, i + 1, i - 2, i + 2):
                if 0 <= j < n and gs[j].kind != W:
                    o = gs[j]
                    if min(g.x1, o.x1) - max(g.x0, o.x0) > half > 0:
                        over = True
                        break
            if over:
                continue
        out.append(g)
    return out


def rows_of(lines: list[dict]) -> list[list[dict]]:
    """Lines standing on one printed row (a raised footnote number with its row),
    split where a gap wider than a column gutter parts them."""
    rows: list[list[dict]] = []
    bounds: list[list[float]] = []  # y0, y1, size of each row
    for ln in sorted(lines, key=lambda d: (d["bbox"][1] + d["bbox"][3]) / 2):
        y0, y1 = ln["bbox"][1], ln["bbox"][3]
        mid = (y0 + y1) / 2
        size = max(s["size"] for s in ln["spans"])
        if bounds:
            b = bounds[-1]
            if b[0] <= mid <= b[1] and (y0 <= (b[0] + b[1]) / 2 <= y1 or size < b[2] * 0.9):
                rows[-1].append(ln)
                if size > b[2]:
                    b[0], b[1], b[2] = min(b[0], y0), max(b[1], y1), size
                continue
        rows.append([ln])
        bounds.append([y0, y1, size])
    out: list[list[dict]] = []
    for row in rows:
        row.sort(key=lambda d: d["bbox"][0])
        size = max(s["size"] for ln in row for s in ln["spans"])
        piece = [row[0]]
        reach = row[0]["bbox"][2]
        for ln in row[1:]:
            if ln["bbox"][0] - reach > 2.5 * size:
                out.append(piece)
                piece = []
            piece.append(ln)
            reach = max(reach, ln["bbox"][2])
        out.append(piece)
    return out


def dict_spans(glyphs: list[Glyph], width: float) -> list[dict]:
    """Reading-order glyphs as dict spans: one per run of the same type."""
    spans: list[dict] = []
    key = None
    for g in glyphs:
        x0, x1 = (width - g.x1, width - g.x0) if width else (g.x0, g.x1)
        k = (g.font, g.size, g.flags, round(g.oy, 1))
        if k != key:
            key = k
            spans.append(
                {
                    "text": g.text,
                    "font": g.font,
                    "size": g.size,
                    "flags": g.flags,
                    "origin": (x0, g.oy),
                    "bbox": [x0, g.y0, x1, g.y1],
                }
            )
            continue
        s = spans[-1]
        s["text"] += g.text
        b = s["bbox"]
        b[0], b[1], b[2], b[3] = min(b[0], x0), min(b[1], g.y0), max(b[2], x1), max(b[3], g.y1)
    return spans
