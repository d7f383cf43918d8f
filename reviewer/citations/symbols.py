"""UN report symbols of the Universal Periodic Review: A/HRC/40/6, A/HRC/WG.6/20/SVN/1.

PDF extraction breaks symbols at slashes ("A/HRC/ 40/6", "A/HRC/40/\n6") and
people type them in any case ("a/hrc/40/6/ADD.1"), so matching is loose and every
match is folded to the one spelling the registry keys on.
"""

from __future__ import annotations

import re

from reviewer.citations.fold import fold

# Working Group reports and their addenda (A/HRC/40/6, A/HRC/28/15/Add.1) and the
# three pre-session documents of a review (A/HRC/WG.6/20/SVN/1 … /3).
_SL = r"[ \t]?/\s*"
# Case folded by hand, not re.IGNORECASE: a pattern led by a plain character set lets
# the regex engine skip ahead, which matters on every paragraph of a long PDF.
_SYMBOL = re.compile(
    rf"[Aa](?<![A-Za-z/][Aa]){_SL}[Hh][Rr][Cc]{_SL}"
    rf"(?:[Ww][Gg]\s*\.?\s*6{_SL}\d{{1,3}}{_SL}[A-Za-z]{{3}}{_SL}\d{{1,2}}|\d{{1,3}}{_SL}\d{{1,4}})"
    rf"(?:{_SL}(?:[Aa]dd|ADD|[Cc]orr|CORR|[Rr]ev|REV)\s*[.\-‐‑–]?\s*\d{{1,2}})*"
    r"(?![\w/])"
)

_INVISIBLE = re.compile(r"[\s\u00ad\u200b\u200c\u200d\u2060\ufeff]+")
_SLASHES = str.maketrans({"\u2215": "/", "\u2044": "/", "\uff0f": "/"})
_SUFFIX = re.compile(r"/(ADD|CORR|REV)[.\-‐‑–]?(\d+)")
_WG = re.compile(r"/WG\.?6/")
_SUFFIX_CASE = {"ADD": "Add", "CORR": "Corr", "REV": "Rev"}


def normalise_symbol(raw: str) -> str:
    """Fold spaces, case and dashes: " a/hrc/40/6/ADD-1 " → "A/HRC/40/6/Add.1".

    Any UN symbol passes through (treaty-body symbols too); only the UPR suffixes
    and the WG.6 part get their house spelling.
    """
    text = _INVISIBLE.sub("", fold(raw).translate(_SLASHES)).upper()
    text = _WG.sub("/WG.6/", text)
    return _SUFFIX.sub(lambda m: f"/{_SUFFIX_CASE[m.group(1)]}.{m.group(2)}", text)


def find_symbols(text: str) -> list[tuple[str, int, int]]:
    """Every UPR report symbol in ``text``: (normalised symbol, start, end).

    Full-width forms ("Ａ／ＨＲＣ／４０／６") are read as ASCII; offsets are ``text``'s.
    """
    text = fold(text)
    return [(normalise_symbol(m.group()), m.start(), m.end()) for m in _SYMBOL.finditer(text)]
