"""Right-to-left rows (Arabic, Persian, Urdu, Hebrew) of a PDF page in logical order.

PyMuPDF gives the characters of a page in the order the file draws them, split into
fragments wherever the direction changes: a producer that writes glyphs in visual
order (left to right) comes out with every Arabic word reversed, one that writes them
in logical order with the numbers and Latin words between them reversed instead, and
the fragments of one printed row are sorted left to right, the reverse of reading.
So a page holding right-to-left text is read again character by character
(``rawdict``) and each printed row rebuilt from where its glyphs stand:

- glyphs sorted left to right as printed, each carrying the characters drawn with it
  (a combining mark with its letter; the alef MuPDF splits off a lam-alef ligature
  with its lam, lam first);
- the inverse of the Unicode bidirectional algorithm for one line: in a row whose
  strong characters are mostly right to left, the row is read from the right, and the
  runs printed left to right inside it — numbers ("28.294", "٢٨٫٢٨٧"), symbols
  ("A/HRC/40/6"), Latin words — are kept in their own order; a row mostly left to
  right keeps its order and reads its right-to-left stretches from their right end;
- Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) replaced by their letters
  (NFKC: "ﻻ" → "لا");
- brackets: some producers map a mirrored bracket to the character it looks like
  (")" opening a parenthesis in Arabic), others to the one it means; the page's
  right-to-left brackets are read the way that pairs more of them.

The result has the shape of ``get_text("dict")``: one block per row, its spans in
reading order (a footnote number keeps its own smaller span, so the reader still
takes it for a marker).  A page where right-to-left rows outweigh left-to-right ones
is also mirrored (x → width − x), so that paragraph building sees its right margin
as where lines start; :func:`unmirror` gives back the true boxes.
"""

from __future__ import annotations

import unicodedata
from operator import attrgetter

from reviewer.ingest.pdf_glyphs import (
    BRACKETS,
    MIRROR,
    RTL_RE,
    D,
    E,
    Glyph,
    L,
    M,
    N,
    R,
    S,
    W,
    dict_spans,
    drop_overlaid_spaces,
    line_glyphs,
    rows_of,
)

__all__ = ["RTL_RE", "logical_page", "unmirror"]
_MID = attrgetter("mid")
_OPEN, _CLOSE = "([{", ")]}"


def _ltr_runs(gs: list[Glyph]) -> list[bool]:
    """For a stretch read right to left: which glyphs print left to right (level 2)."""
    n = len(gs)
    kinds = [g.kind for g in gs]
    up = [k == L or k == D for k in kinds]
    for i in range(n):
        k = kinds[i]
        if k == M and i and up[i - 1] and kinds[i - 1] != M:
            up[i] = True  # a note number printed after a number it follows: "28.294¹"
        elif k == S and 0 < i < n - 1 and up[i - 1] and up[i + 1]:
            up[i] = True  # "28.294", "5/1", "A/HRC"
        elif k == E and ((i > 0 and kinds[i - 1] == D) or (i < n - 1 and kinds[i + 1] == D)):
            up[i] = True  # "12 %" as "12%"
    # neutrals between a run holding a Latin letter and a word or number after it
    # print with them ("Human Rights", "A/HRC/40/6 28.45"); between two numbers not
    i = 0
    while i < n:
        if not up[i]:
            i += 1
            continue
        has_l = False
        while i < n and up[i]:
            has_l = has_l or kinds[i] == L
            i += 1
        j = i
        while j < n and not up[j] and kinds[j] in (W, N, S, E):
            j += 1
        if has_l and i < j < n and up[j]:
            for k in range(i, j):
                up[k] = True
            i = j
    return up


def _read_rtl(gs: list[Glyph], flips: list[Glyph]) -> list[Glyph]:
    """Glyphs printed left to right in a right-to-left stretch, in reading order;
    the stretch's own brackets are added to ``flips``."""
    up = _ltr_runs(gs)
    out: list[Glyph] = []
    i = len(gs) - 1
    while i >= 0:
        if up[i]:
            j = i
            while j > 0 and up[j - 1]:
                j -= 1
            out.extend(gs[j : i + 1])
            i = j - 1
        else:
            g = gs[i]
            if g.kind == N and g.text in BRACKETS:
                flips.append(g)
            out.append(g)
            i -= 1
    return out


def _number_sides(gs: list[Glyph]) -> list[int]:
    """Kinds for a left-to-right row, each number given the side it belongs to: the
    right-to-left text it touches ("و28.271"), else the Latin text it touches
    ("A/HRC/40/6"), else right to left only between right-to-left words."""
    kinds = [g.kind for g in gs]
    eff = list(kinds)
    n = len(gs)
    i = 0
    while i < n:
        if kinds[i] != D:
            i += 1
            continue
        a = i
        while i + 1 < n and (
            kinds[i + 1] == D or (kinds[i + 1] == S and i + 2 < n and kinds[i + 2] == D)
        ):
            i += 1
        b = i
        i += 1
        before = kinds[a - 1] if a else W
        after = kinds[b + 1] if b + 1 < n else W
        if R in (before, after):
            side = R
        elif L in (before, after) or (a > 1 and before == S and kinds[a - 2] == L):
            side = L
        else:
            left = next((k for k in reversed(kinds[:a]) if k in (R, L)), L)
            right = next((k for k in kinds[b + 1 :] if k in (R, L)), L)
            # Arabic-Indic digits never take the Latin side (they are "AN")
            arabic = unicodedata.bidirectional(gs[a].text[0]) == "AN"
            side = R if left == right == R or (arabic and R in (left, right)) else L
        for k in range(a, b + 1):
            eff[k] = side
    return eff


def _read_ltr(gs: list[Glyph], flips: list[Glyph]) -> list[Glyph]:
    """A left-to-right row: its stretches of right-to-left text (with the numbers and
    neutrals between their letters) read from their right end."""
    eff = _number_sides(gs)
    out: list[Glyph] = []
    n = len(gs)
    i = 0
    while i < n:
        if eff[i] != R:
            out.append(gs[i])
            i += 1
            continue
        j = last = i
        while j < n and eff[j] != L and eff[j] != M:
            if eff[j] == R:
                last = j
            j += 1
        while i > 0 and gs[i - 1].kind == N and gs[i - 1].text in BRACKETS:
            i -= 1  # "(" printed against the right-to-left words it opens
            out.pop()
        while last + 1 < n and gs[last + 1].kind == N and gs[last + 1].text in BRACKETS:
            last += 1
        out.extend(_read_rtl(gs[i : last + 1], flips))
        i = last + 1
    return out


def _bracket_misses(glyphs: list[Glyph], swap: bool) -> int:
    depth = misses = 0
    for g in glyphs:
        c = g.text.translate(MIRROR) if swap else g.text
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            if depth:
                depth -= 1
            else:
                misses += 1
    return misses + depth


def logical_page(raw: dict) -> tuple[dict, float]:
    """``rawdict`` of a page holding right-to-left text → a ``dict``-like page whose
    rows read in logical order, and the width it is mirrored about (0: not mirrored)."""
    width = raw["width"]
    flat: list[dict] = []
    others: list[dict] = []  # sideways text kept as it is
    rules: list[dict] = []
    for b in raw["blocks"]:
        if b["type"] == 3:
            rules.append(b)
        elif b["type"] == 0:
            for ln in b["lines"]:
                if not any(s["chars"] for s in ln["spans"]):
                    continue
                (flat if ln["dir"][0] >= 0.99 else others).append(ln)
    rows: list[tuple[list[Glyph], int, int]] = []
    r_all = l_all = 0
    for row in rows_of(flat):
        gs = [g for ln in row for g in line_glyphs(ln)]
        if not gs:
            continue
        gs.sort(key=_MID)  # as printed, by their middle: a mark's zero width too
        gs = drop_overlaid_spaces(gs)
        weights: dict[float, int] = {}
        r = left = 0
        for g in gs:
            weights[g.size] = weights.get(g.size, 0) + len(g.text)
            if g.kind == R:
                r += 1
            elif g.kind == L:
                left += 1
        body = max(weights, key=weights.__getitem__)
        base = next(g.oy for g in gs if g.size == body)
        for g in gs:
            if g.size < body * 0.9 and g.kind in (D, N, S) and base - g.oy > body * 0.12:
                g.kind = M  # a raised note number
        r_all += r
        l_all += left
        rows.append((gs, r, left))
    page_rtl = r_all > l_all
    # the text's margins: a row's alignment tells its direction
    x_min = min((g.x0 for gs, _r, _l in rows for g in gs if g.kind != W), default=0.0)
    x_max = max((g.x1 for gs, _r, _l in rows for g in gs if g.kind != W), default=width)
    flips: list[Glyph] = []
    ordered: list[list[Glyph]] = []
    for gs, r, left in rows:
        if not r and not page_rtl:
            ordered.append(gs)
            continue
        ink = [g for g in gs if g.kind != W] or gs
        tol = max(2.0, ink[0].size * 0.25)
        at_left = ink[0].x0 <= x_min + tol
        at_right = ink[-1].x1 >= x_max - tol
        if at_left != at_right:
            rtl = at_right  # ragged left: a right-to-left paragraph
        else:
            rtl = r >= left if (r or left) else page_rtl
        ordered.append(_read_rtl(gs, flips) if rtl else _read_ltr(gs, flips))
    if flips and _bracket_misses(flips, True) < _bracket_misses(flips, False):
        for g in flips:
            g.text = g.text.translate(MIRROR)
    mirror = width if page_rtl else 0.0
    blocks: list[dict] = []
    for gs in ordered:
        spans = dict_spans(gs, mirror)
        x0 = min(s["bbox"][0] for s in spans)
        x1 = max(s["bbox"][2] for s in spans)
        y0 = min(s["bbox"][1] for s in spans)
        y1 = max(s["bbox"][3] for s in spans)
        line = {"spans": spans, "bbox": (x0, y0, x1, y1), "dir": (1.0, 0.0)}
        blocks.append({"type": 0, "bbox": (x0, y0, x1, y1), "lines": [line]})
    for ln in others:
        spans = [dict(s, text="".join(c["c"] for c in s["chars"])) for s in ln["spans"]]
        blocks.append({"type": 0, "bbox": ln["bbox"], "lines": [dict(ln, spans=spans)]})
    for b in rules:
        x0, y0, x1, y1 = b["bbox"]
        if mirror:
            x0, x1 = mirror - x1, mirror - x0
        blocks.append({"type": 3, "bbox": (x0, y0, x1, y1)})
    blocks.sort(key=lambda b: (b["bbox"][3], b["bbox"][0]))
    return {"width": width, "height": raw["height"], "blocks": blocks}, mirror


def unmirror(x0: float, x1: float, mirror: float) -> tuple[float, float]:
    """The true left and right of a span measured on a mirrored page."""
    return (mirror - x1, mirror - x0) if mirror else (x0, x1)
