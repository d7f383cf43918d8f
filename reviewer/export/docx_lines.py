"""A paragraph's text broken into lines, word by word, as Word and LibreOffice break it.

A word goes on the line while it fits; a space always does (it may hang past the
margin) but never starts a wrapped line; a word longer than a whole line is cut.
``Lines.add`` places one word or space; ``Lines.text`` places a whole run of text
with the same result (the same widths added in the same order, so the same
floating-point sums), a line at a time: the running widths of the words come from
``itertools.accumulate`` and the word that no longer fits from ``bisect``, in C,
instead of a few Python steps per word.  A 10,000-paragraph brief has some three
million words and spaces to place.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from reviewer.export.docx_metrics import text_width_pt

# one token per East Asian character (a line may break between any two), else words
TOKENS = re.compile(
    r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff]+|\s+"
)
CHUNK = 64  # tokens summed at a time: more than a line holds


class Lines:
    """A paragraph's lines as its text is set: the width used on each (points), and the
    largest font size on it."""

    def __init__(self, avail: float):
        self.avail = avail
        self.widths: list[float] = [0.0]
        self.sizes: list[float] = [0.0]

    def add(self, width_pt: float, size: float, space: bool) -> None:
        """One word (or a space, or a tab) ``width_pt`` wide, in ``size``."""
        lines, sizes, avail = self.widths, self.sizes, self.avail
        if lines[-1] + width_pt > avail and lines[-1] > 0 and not space:
            lines.append(0.0)
            sizes.append(0.0)
        if space and lines[-1] == 0:
            return  # a space at the start of a wrapped line takes no room
        while width_pt > avail:  # a word longer than the line is broken
            width_pt -= avail
            sizes[-1] = max(sizes[-1], size)
            lines[-1] = avail
            lines.append(0.0)
            sizes.append(0.0)
        lines[-1] += width_pt
        sizes[-1] = max(sizes[-1], size)

    def new_line(self) -> None:
        self.widths.append(0.0)
        self.sizes.append(0.0)

    def text(self, text: str, size: float, bold: bool, widths: dict) -> None:
        """``add`` each word and space of ``text``; ``widths`` keeps each token's width
        per (size, bold) from one call to the next."""
        tokens = TOKENS.findall(text)
        if not tokens:
            return
        table = widths.get((size, bold))
        if table is None:
            table = widths[(size, bold)] = {}
        try:
            ws = list(map(table.__getitem__, tokens))
        except KeyError:
            for tok in tokens:
                if tok not in table:
                    table[tok] = text_width_pt(tok, size, bold)
            ws = list(map(table.__getitem__, tokens))
        if 0.0 in ws:  # a word of no width (a zero-width space): one at a time
            for tok, w in zip(tokens, ws, strict=True):
                self.add(w, size, tok.isspace())
            return
        self._place(tokens, ws, size)

    def _place(self, tokens: list[str], ws: list[float], size: float) -> None:
        """``add`` for each token (all of some width), a line at a time."""
        lines, sizes, avail = self.widths, self.sizes, self.avail
        n = len(lines) - 1
        used, tallest = lines[n], sizes[n]
        i, count = 0, len(tokens)
        while i < count:
            if used == 0 and tokens[i].isspace():
                i += 1  # a space at the start of a wrapped line takes no room
                continue
            if ws[i] > avail:  # longer than a line: ``add`` cuts it
                lines[n], sizes[n] = used, tallest
                self.add(ws[i], size, tokens[i].isspace())
                n = len(lines) - 1
                used, tallest = lines[n], sizes[n]
                i += 1
                continue
            end = min(count, i + CHUNK)
            sums = list(accumulate(ws[i:end], initial=used))
            over = bisect_right(sums, avail, 1)  # the first token past the margin, + 1
            if over == len(sums):  # all of them fit
                used, i = sums[-1], end
                tallest = max(tallest, size)
                continue
            j = i + over - 1
            if tokens[j].isspace():  # a space hangs past the margin: the next word wraps
                used, i = sums[over], j + 1
                tallest = max(tallest, size)
                continue
            if j > i:  # the words before it fit
                used = sums[over - 1]
                tallest = max(tallest, size)
            if used > 0:  # the word goes on a new line
                lines[n], sizes[n] = used, tallest
                lines.append(0.0)
                sizes.append(0.0)
                n += 1
                used = tallest = 0.0
            i = j
        lines[n], sizes[n] = used, tallest


__all__ = ["CHUNK", "Lines", "TOKENS"]
