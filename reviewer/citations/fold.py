"""Full-width and Arabic digits and punctuation folded to ASCII, one character for one.

Chinese text writes "２８．２９４" and "（A/HRC/40/6，第28.294段）"; Arabic text
writes "٢٨٫٢٩٤" (Arabic-Indic digits, the Arabic decimal separator) and "،" for a
comma.  The citation patterns read ASCII digits and punctuation, so a text is
folded first.  Each character maps to exactly one character, so every offset in the
folded text is the same offset in the original: spans the parser reports index the
text as the document wrote it.  (NFKC would fold these too, but it changes lengths
elsewhere: "ﬁ" → "fi", "¼" → "1⁄4", "㈠" → "(一)".)
"""

from __future__ import annotations

import re

_MAP: dict[int, str] = {}
# Full-width ASCII (U+FF01..U+FF5E): "２８．２９４", "（", "，", "：", "；", "％", "／".
for _code in range(0xFF01, 0xFF5F):
    _MAP[_code] = chr(_code - 0xFEE0)
# Arabic-Indic and Extended Arabic-Indic (Persian, Urdu) digits.
for _i in range(10):
    _MAP[0x0660 + _i] = str(_i)
    _MAP[0x06F0 + _i] = str(_i)
_MAP.update(
    {
        0x3000: " ",  # ideographic space
        0x066B: ".",  # Arabic decimal separator: ٢٨٫٢٩٤
        0x066C: ",",  # Arabic thousands separator
        0x060C: ",",  # Arabic comma
        0x061B: ";",  # Arabic semicolon
        0x066A: "%",  # Arabic percent sign
        0x2030: "‰",
        0xFE50: ",",  # small comma
        0xFE52: ".",  # small full stop
        0xFE59: "(",  # small parentheses
        0xFE5A: ")",
    }
)
_TABLE = str.maketrans(_MAP)
_FOLDABLE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_MAP)) + "]")


def fold(text: str) -> str:
    """``text`` with full-width and Arabic digits and punctuation in ASCII; same length."""
    if text.isascii() or _FOLDABLE.search(text) is None:
        return text
    return text.translate(_TABLE)
