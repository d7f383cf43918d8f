"""Which legacy code page a non-UTF-8 text is in, or the honest answer that it is unclear.

A GB18030 file decodes without error as Big5 or EUC-KR more often than not, and
every byte is some character in Windows-1251, KOI8-R or MacRoman; "decodes" proves
nothing.  charset-normalizer ranks the candidates by how messy (chaos) and how
language-like (coherence) each reading is; on top of that each reading is charged
for what real text does not do: words mixing scripts or cases ("WŸrde",
"оПЮБХРЕКЭЯРБН"), symbols inside words ("rodz¹"), accented letters no single
language uses together, box-drawing and private-use characters, lone Hangul jamo,
lone letters of another script in Latin text.  One reading left is the answer.
Several left is :class:`~reviewer.ingest.model.EncodingUncertain`: the person
who knows the file chooses.  Windows-1252 wins a tie among Western readings: it is
by far the most common legacy encoding, and Western text reads almost alike in all.
"""

from __future__ import annotations

import codecs
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from .text_legacy_tables import ALL_LATIN, ALPHA_SETS, PUBLIC

_PREF = {codec: i for i, codec in enumerate(PUBLIC)}
# A superset codec whose text needs its extension is suspect: SJIS read as CP949
# is mostly UHC-only Hangul, Big5 read as GB18030 mostly non-GB2312 characters.
_BASE = {"cp949": "euc_kr", "gb18030": "gb2312", "cp950": "big5", "cp932": "shift_jis"}

_PENALTY_WEIGHT = 0.5  # score = chaos + weight × (penalty / non-ASCII characters)
_SCORE_MARGIN = 0.02  # readings scoring this much worse than the best are dropped
_COHERENCE_MARGIN = 0.15  # … and those this much less language-like than the best
_MIN_EVIDENCE = 6  # non-ASCII characters below which a non-Western reading is a guess
_PENALTY_BYTES = 2500  # of lines holding non-ASCII bytes, read to charge the readings
_FEW_BYTES = 16  # fewer non-ASCII bytes than this: every codec is tried directly
_ASCII_BYTES = bytes(range(128))
_WHOLE = 1 << 20  # larger files are judged on chunks from all over the file
_CHUNK = 1 << 15
_MAX_CANDIDATES = 6

# Non-ASCII symbols ordinary in Western documents (Windows-1252's own, mostly).
_COMMON = frozenset("€£¥¢©®™°§¶•…–—‘’‚“”„«»‹›¼½¾±×÷µ¹²³ªº¿¡·¦¬¯´¸¨†‡‰ˆ˜\xa0\xad")
_ODD_CATEGORIES = frozenset(("So", "Sm", "Sk", "Sc", "No", "Co", "Cn", "Cc", "Cs"))
_IN_WORD_OK = frozenset("·׳״،؛؟・\xad\u200c\u200d")  # (soft hyphen, ZWNJ, ZWJ)
# Hebrew points, Arabic harakat and bidi marks on an ASCII letter: "Fundaci\u064en".
_MARKS = "\u0591-\u05c7\u0610-\u061a\u061c\u064b-\u065f\u0670\u06d6-\u06ed\u200e\u200f"
_MARK_ON_LATIN = re.compile(f"[{_MARKS}](?:(?<=[A-Za-z].)|(?=[A-Za-z]))")
_NON_ASCII_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]*[^\W\d_\x00-\x7f][^\W\d_]*")
_ASCII_LETTERS = re.compile(r"[^A-Za-z]+")  # (removed: what is left are the letters)
_LONE_SAMPLE = 20_000
# A non-ASCII non-letter between two letters (matched from the symbol: faster).
_IN_WORD = re.compile(r"[^\w\s\x00-\x7f](?<=[^\W\d_].)(?=[^\W\d_])")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SAFE_CUT = re.compile(rb"[\x00-\x2f]")
_SAMPLE_CHARS = 100_000


@dataclass(frozen=True)
class Guess:
    """``codec`` and ``text`` when one reading is plausible; else the ``candidates``."""

    codec: str | None = None  # a PUBLIC name
    text: str = ""
    candidates: tuple[str, ...] = ()  # PUBLIC names, most plausible first
    previews: dict[str, str] = field(default_factory=dict)


@dataclass
class _Reading:
    codecs: list[str]
    text: str  # of the sample
    chaos: float
    coherence: float
    penalty: int = 0
    non_ascii: int = 0
    western: bool = False  # only Latin letters and common Western symbols

    @property
    def score(self) -> float:
        """Chaos plus the share of non-ASCII characters charged for: lower is better."""
        return self.chaos + _PENALTY_WEIGHT * self.penalty / max(1, self.non_ascii)


_cache: dict[tuple[int, int], tuple[str | None, tuple[str, ...], dict[str, str]]] = {}
_cache_lock = threading.Lock()


def guess_legacy(data: bytes) -> Guess:
    """Guess the legacy encoding of bytes that are not UTF-8, UTF-16 or UTF-32.

    Remembered for the last few files (by length and hash): the registry sniffer
    and the text parser decode the same bytes one after the other.
    """
    key = (len(data), hash(data))
    with _cache_lock:
        hit = _cache.get(key)
    if hit is None:
        hit = _judge_file(data)
        with _cache_lock:  # (imports run in worker threads)
            while len(_cache) >= 4:
                _cache.pop(next(iter(_cache)))
            _cache[key] = hit
    codec, candidates, previews = hit
    if codec is None:
        return Guess(candidates=candidates, previews=previews)
    return Guess(codec=PUBLIC[codec], text=data.decode(codec))


def _judge_file(data: bytes) -> tuple[str | None, tuple[str, ...], dict[str, str]]:
    sample = _sample(data)
    compact = _compact(sample)
    if len(sample.translate(None, _ASCII_BYTES)) < _FEW_BYTES:
        readings = _direct_readings(compact)
    else:
        readings = _readings(sample, compact)
    while True:
        kept = _judge(readings)
        if len(sample) < len(data):  # the sample decoded; does the whole file?
            failed = [r for r in kept if not _decodes(data, r.codecs[0])]
            if failed:
                readings = [r for r in readings if all(r is not f for f in failed)]
                continue
        break
    if len(kept) == 1:
        return kept[0].codecs[0], (), {}
    shown = [r.codecs[0] for r in kept[:_MAX_CANDIDATES]]
    return None, tuple(PUBLIC[c] for c in shown), {PUBLIC[c]: _preview(data, c) for c in shown}


def _compact(sample: bytes, budget: int = _PENALTY_BYTES) -> bytes:
    """The opening and the lines holding non-ASCII bytes, spread over the sample.

    Only those lines read differently in different encodings, so the readings are
    charged on them (within ``budget`` bytes: the charging is the slow part).
    """
    opening = [line for line in sample[:2048].split(b"\n")[:-1] if line.isascii()]
    lines = [
        line if len(line) <= budget else line[: _cut_after(line, budget)]
        for line in sample.split(b"\n")
        if not line.isascii()
    ]
    total = sum(map(len, lines))
    if total > budget:
        lines = lines[:: -(-total // budget)]  # every k-th line, k rounded up
    return b"\n".join(opening + lines)


def _direct_readings(compact: bytes) -> list[_Reading]:
    """Every codec's reading, for samples too small for charset-normalizer's statistics."""
    by_text: dict[str, _Reading] = {}
    for codec in PUBLIC:
        try:
            text = compact.decode(codec)
        except UnicodeDecodeError:
            continue
        r = by_text.setdefault(text, _Reading([], text, 0.0, 0.0))
        r.codecs.append(codec)
    return _charge(list(by_text.values()), compact)


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _sample(data: bytes) -> bytes:
    """The whole file, or chunks from all over a large one (no character cut in two)."""
    if len(data) <= _WHOLE:
        return data
    parts, step = [], len(data) // 8
    for i in range(8):
        start = _cut_after(data, i * step) if i else 0
        parts.append(data[start : _cut_after(data, start + _CHUNK)])
    return b"\n".join(parts)


def _cut_after(data: bytes, pos: int) -> int:
    """A place at or after ``pos`` that splits no character: after a line end if one
    is near, else after any byte below 0x30, which none of these encodings uses
    inside a multi-byte character (GB18030's four-byte ones use digits, 0x30–0x39)."""
    end = data.find(b"\n", pos, pos + 4096)
    if end >= 0:
        return end + 1
    m = _SAFE_CUT.search(data, pos)
    return m.end() if m else len(data)


def _readings(sample: bytes, compact: bytes) -> list[_Reading]:
    """charset-normalizer's readings of the sample, one per distinct text."""
    from charset_normalizer import from_bytes

    matches = from_bytes(sample, cp_isolation=list(PUBLIC), threshold=0.3, enable_fallback=False)
    by_text: dict[str, _Reading] = {}
    for m in matches:
        names = [c for c in m.could_be_from_charset if c in _PREF]
        if not names:
            continue
        try:
            text = str(m)
        except (UnicodeDecodeError, LookupError):
            continue
        r = by_text.get(text)
        if r is None:
            by_text[text] = _Reading(names, text, m.chaos, m.coherence)
        else:
            r.codecs += names
            r.chaos = min(r.chaos, m.chaos)
            r.coherence = max(r.coherence, m.coherence)
    return _charge(list(by_text.values()), compact)


def _charge(readings: list[_Reading], compact: bytes) -> list[_Reading]:
    """Charge each reading for what real text does not do; drop the hopeless unread.

    A reading's score is at least its chaos, so one messier than the best score so
    far plus the margin can never be kept (Windows-1252 excepted, see ``_judge``).
    """
    charged: list[_Reading] = []
    best = float("inf")
    for r in sorted(readings, key=lambda r: r.chaos):
        r.codecs = sorted(set(r.codecs), key=_PREF.__getitem__)
        if r.chaos > best + _SCORE_MARGIN and "cp1252" not in r.codecs:
            continue
        text = compact.decode(r.codecs[0], errors="replace")  # (whole lines: it decodes)
        r.penalty, r.non_ascii, r.western = _penalty(text)
        r.penalty += _extension_share(text, r.codecs)
        best = min(best, r.score)
        charged.append(r)
    return charged


def _judge(readings: list[_Reading]) -> list[_Reading]:
    """The plausible readings, best first: one means certain."""
    if not readings:
        return []
    best = min(r.score for r in readings)
    # Windows-1252 that reads as clean Western text stays in the running whatever
    # its chaos: on a few characters ("Women™") chaos is noise.
    kept = [
        r
        for r in readings
        if r.score <= best + _SCORE_MARGIN
        or (r.penalty == 0 and r.western and "cp1252" in r.codecs)
    ]
    least = min(r.penalty for r in kept)
    kept = [r for r in kept if r.penalty == least]
    top = max(r.coherence for r in kept)
    kept = [r for r in kept if r.coherence >= top - _COHERENCE_MARGIN]
    if len(kept) > 1 and all(r.western for r in kept):
        kept = [r for r in kept if "cp1252" in r.codecs] or kept
    if len(kept) == 1 and not kept[0].western and kept[0].non_ascii < _MIN_EVIDENCE:
        # Two or three non-Latin characters prove nothing: show every clean reading.
        kept = [r for r in readings if r.penalty == 0] or kept
    # Among equals a multi-byte reading first (fewer characters): random bytes seldom
    # decode as GB18030 or Shift_JIS, while every byte is something in Windows-1251.
    kept.sort(key=lambda r: (r.score, -r.coherence, len(r.text), _PREF[r.codecs[0]]))
    return kept


def _script(ch: str) -> str:
    script = _SCRIPTS.get(ch)
    if script is None:
        script = _SCRIPTS[ch] = _script_of(ch)
    return script


_SCRIPTS: dict[str, str] = {}


def _script_of(ch: str) -> str:
    o = ord(ch)
    if o < 0x250 or 0x1E00 <= o < 0x1F00:
        return "Latin"
    if 0x370 <= o < 0x400 or 0x1F00 <= o < 0x2000:
        return "Greek"
    if 0x400 <= o < 0x530:
        return "Cyrillic"
    if 0x590 <= o < 0x600 or 0xFB1D <= o < 0xFB50:
        return "Hebrew"
    if 0x600 <= o < 0x700 or 0xFB50 <= o < 0xFE00 or 0xFE70 <= o < 0xFF00:
        return "Arabic"
    if 0x1100 <= o < 0x1200 or 0x2E80 <= o < 0xA000 or 0xAC00 <= o < 0xD7B0:
        return "CJK"  # Han, kana and Hangul mix in real text
    if 0xF900 <= o < 0xFB00 or 0xFF00 <= o < 0xFFF0 or o >= 0x20000:
        return "CJK"
    return "Other"


def _odd_in_word(ch: str) -> bool:
    """A symbol that real text never puts between two letters ("rodz¹", "est‡n")."""
    if ch in _IN_WORD_OK or 0x3000 <= ord(ch) < 0x3040 or 0xFF00 <= ord(ch) < 0xFF66:
        return False
    cat = unicodedata.category(ch)
    return cat in _ODD_CATEGORIES or cat == "Po" or ch in "«»"


def _rare(ch: str) -> bool:
    if ch in _COMMON:
        return False
    o = ord(ch)
    if 0x2190 <= o < 0x2C00 or 0x3130 <= o < 0x3190:  # arrows … dingbats; lone jamo
        return True
    cat = unicodedata.category(ch)
    if cat in ("Co", "Cn", "Cc", "Cs", "Sc", "Sk"):  # (common ones are in _COMMON)
        return True
    return cat[0] == "L" and o < 0x250 and ch not in ALL_LATIN


def _penalty(text: str) -> tuple[int, int, bool]:
    """(things real text does not do, non-ASCII characters, whether it reads as Western)."""
    sample = text[:_SAMPLE_CHARS]
    non_ascii = _NON_ASCII.findall(sample)
    if not non_ascii:
        return 0, 0, True
    penalty = 0
    latin: set[str] = set()
    letters: Counter[str] = Counter()
    lone: Counter[str] = Counter()
    for m in _NON_ASCII_WORD.finditer(sample):  # (ASCII words all read alike)
        w = m.group()
        scripts = set(map(_script, w))
        if len(scripts) > 1:
            penalty += 1
            continue
        script = scripts.pop()
        letters[script] += len(w)
        if script in ("Latin", "Greek", "Cyrillic") and not w.isupper():
            if any(c.isupper() for c in w[1:]):
                penalty += 1
        if script == "Latin":
            latin.update(c for c in w if not c.isascii())
            penalty += sum(1 for c in w if not c.isalpha())  # "rodz¹": ¹ counts as \w
            if len(w) > 1 and not any(c.isascii() for c in w):
                penalty += 1  # "ÈËÈ", "Ïðàâà": no Western word is all accents
        elif len(w) == 1:
            lone[script] += 1
    for m in _IN_WORD.finditer(sample):
        if _odd_in_word(m.group()):
            penalty += 1
    penalty += len(_MARK_ON_LATIN.findall(sample))
    rare = {c for c in set(non_ascii) if _rare(c)}
    if rare:
        penalty += sum(1 for c in non_ascii if c in rare)
    if latin and not any(latin <= a for a in ALPHA_SETS):
        penalty += 1  # accents no one language has: weak (a text may quote another)
    if lone:  # "It costs 5 Ђ": a lone letter of another script in Latin text
        letters["Latin"] += len(_ASCII_LETTERS.sub("", sample[:_LONE_SAMPLE]))
        if letters.most_common(1)[0][0] == "Latin":
            penalty += sum(lone.values())
    western = all(c in ALL_LATIN or c in _COMMON for c in set(non_ascii))
    return penalty, len(non_ascii), western


def _extension_share(text: str, names: list[str]) -> int:
    """Characters only the superset codec has, when they are more than a few percent."""
    base = next((_BASE[n] for n in names if n in _BASE and _BASE[n] not in names), None)
    if base is None:
        return 0
    chars = _NON_ASCII.findall(text[:_SAMPLE_CHARS])
    encoder = codecs.getencoder(base)
    outside = set()
    for c in set(chars):
        try:
            # (EUC-KR spells a syllable it lacks as 8 bytes of jamo: outside all the same)
            if len(encoder(c)[0]) > 2:
                outside.add(c)
        except UnicodeEncodeError:
            outside.add(c)
    n = sum(1 for c in chars if c in outside)
    return n if n > 0.02 * len(chars) else 0


def _preview(data: bytes, codec: str, width: int = 300) -> str:
    """The file's first stretch where the candidates differ: around its first non-ASCII."""
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    text = decoder.decode(data[:65536], final=False)  # (never a character cut in two)
    m = _NON_ASCII.search(text)
    first = m.start() if m else 0
    start = text.rfind("\n", 0, first) + 1  # the start of its line …
    if first - start > 40:
        start = first - 30  # … or a little before it on a long line
    return " ".join(text[start : start + width].split())
