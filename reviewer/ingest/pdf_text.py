"""Joining PDF lines into clean text: hyphenation, whitespace and footnote markers.

A hyphen ending a line stays when the two halves make a compound — in the
document's own usage, in ``compounds.txt`` (common compounds of UN prose, shipped so
that a short document that never writes "based" alone still keeps "gender-based"),
or after a prefix such as "anti-" or "post-" followed by a word — and goes when it
only broke a word ("develop-\nment").

Footnote markers travel inside line text as ``\\x00marker\\x01`` so that every later
step (joining lines, repairing hyphens, folding whitespace) keeps them in place;
:func:`finish` removes them last and records where each one stood in the final text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from reviewer.ingest.model import MarkerRef

MARK_OPEN = "\x00"
MARK_CLOSE = "\x01"
_MARK_RE = re.compile("\x00([^\x01]*)\x01")
_HYPHENS = ("-", "\u2010", "\u00ad")
# What a line may end in for join_lines to do more than put a space: a hyphen, a dash
# before a number, a slash
_BREAK_ENDS = frozenset(_HYPHENS + ("\u2013", "/"))
_PUNCT = ".,;:!?()[]{}\"'\u201c\u201d\u2018\u2019\u00ab\u00bb/*\u2013\u2014"
# What may stand next to a word in a token that is the word, or holds it as a
# hyphenated part, besides a space (re's \s is str.isspace): what strip takes off, "-"
_EDGE = frozenset(_PUNCT + "-")
_NO_WORD_AFTER = "(?![^\\s" + re.escape(_PUNCT + "-") + "])"
_TAIL_WORD_RE = re.compile(r"([^\W\d_]+)[-\u2010\u00ad]$")
_HEAD_WORD_RE = re.compile(r"([^\W\d_]+)")
_TERMINAL = (".", "!", "?", ":", ";", ".”", ".’", '."', ".)")

# First halves after which a break keeps its hyphen whatever follows: "non-State",
# "self-…", "twenty-eighth" (a session), never one word.
_ALWAYS_COMPOUND = frozenset(
    "non self twenty thirty forty fifty sixty seventy eighty ninety".split()
)
# Prefixes that make compounds when a word follows ("anti-corruption", "post-conflict",
# "inter-agency", "ill-treatment") but also open single words ("anticipate",
# "postpone", "international"): the hyphen stays when the second half is a word.
_PREFIXES = frozenset(
    "anti co ex post pre multi cross inter intra ill so well semi quasi half all mid "
    "long short full counter socio sub".split()
)


class Lexicon:
    """compounds.txt: compounds (every adjacent pair of their parts, so that a break
    at any of their hyphens is found), single words, and the words compounds are
    made of."""

    def __init__(self, lines: list[str]):
        self.compounds: set[str] = set()
        self.closed: set[str] = set()
        self.parts: set[str] = set()
        for line in lines:
            if "-" in line:
                pieces = line.split("-")
                self.parts.update(pieces)
                for a, b in zip(pieces, pieces[1:], strict=False):
                    self.compounds.add(f"{a}-{b}")
            else:
                self.closed.add(line)

    def compound(self, first: str, second: str) -> bool:
        if f"{first}-{second}" in self.compounds:
            return True
        return second.endswith("s") and f"{first}-{second[:-1]}" in self.compounds


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    text = resources.files("reviewer.ingest").joinpath("compounds.txt").read_text("utf-8")
    stripped = (line.strip().lower() for line in text.splitlines())
    return Lexicon([line for line in stripped if line and not line.startswith("#")])


def marker(text: str) -> str:
    return f"{MARK_OPEN}{text}{MARK_CLOSE}"


def strip_markers(text: str) -> str:
    return _MARK_RE.sub("", text) if MARK_OPEN in text else text


class Vocabulary:
    """Words the document itself uses, to tell a line-break hyphen from a real one.

    A word is a whitespace-separated token of the lines' text (footnote markers
    taken out, lowered), stripped of punctuation, and each part of such a token
    written with hyphens.  Both halves of a word broken at a line end are left out:
    they are not evidence.  Only a line ending in a hyphen asks, a few times a
    document (none to nine in the fixtures): the text is put together then, and the
    first :attr:`SEARCHES` words asked are looked for in it, each place one stands
    checked (is the token there that word, or a hyphenated one it is part of?); a
    document asking more gets the set of all its words.  (Splitting a long report's
    600,000 characters into tokens and keeping them in a set took 15 of the 25 ms.)
    """

    SEARCHES = 12

    def __init__(self, texts: list[str]):
        self._texts = texts
        self._text: str | None = None
        self._words: set[str] | None = None
        self._answers: dict[str, bool] = {}

    def _join(self) -> str:
        texts = self._texts
        # Only lines ending in a hyphen, and the lines after them, lose a word: the
        # others are taken whole (how they are stripped does not change their words).
        kept = list(texts)
        # (a line ends in a hyphen, or in spaces after one: rstrip only those)
        ends = [
            i
            for i, t in enumerate(texts)
            if t.endswith(_HYPHENS) or (t[-1:].isspace() and t.rstrip().endswith(_HYPHENS))
        ]
        cut: set[int] = set()  # lines whose last word was cut off
        for i in sorted({*ends, *(i + 1 for i in ends if i + 1 < len(texts))}):
            body = texts[i].strip()
            if i - 1 in cut:
                body = body.partition(" ")[2]
            if body.endswith(_HYPHENS):
                cut.add(i)
                body = body.rpartition(" ")[0]
            kept[i] = body
        # the text lowered at once (case folding never makes or takes a space, so its
        # tokens are each token lowered)
        self._text = strip_markers(" ".join(kept)).lower()
        return self._text

    def _build(self) -> set[str]:
        text = self._text if self._text is not None else self._join()
        words: set[str] = set()
        for tok in set(text.split()):
            tok = tok.strip(_PUNCT)
            if tok:
                words.add(tok)
                if "-" in tok:
                    words.update(tok.split("-"))
        self._words = words
        return words

    def _uses(self, word: str) -> bool:
        """Is ``word`` (not empty, without spaces) among the words? Looked for in the
        text, without the set."""
        text = self._text if self._text is not None else self._join()
        # where the word stands before what may follow it in a token that is the word,
        # or one holding it as a hyphenated part (a space, the token's end, stripped
        # punctuation, a hyphen), and after what may precede it there: each such
        # place's token is checked.  (An occurrence overlapping one found is in the
        # same token; it could pass the test before it where the other failed only if
        # the word holds punctuation or a hyphen: then every place is checked.)
        edgy = any(c in _EDGE for c in word)
        for m in re.finditer(re.escape(word) + _NO_WORD_AFTER, text):
            start, end = m.span()
            if start and not edgy:
                before = text[start - 1]
                if before not in _EDGE and not before.isspace():
                    continue
            while start > 0 and not text[start - 1].isspace():
                start -= 1
            while end < len(text) and not text[end].isspace():
                end += 1
            tok = text[start:end].strip(_PUNCT)
            if tok == word or ("-" in tok and word in tok.split("-")):
                return True
        return False

    def __contains__(self, word: str) -> bool:
        known = self._answers.get(word)
        if known is None:
            searching = self._words is None and len(self._answers) < self.SEARCHES
            if searching and word and word == "".join(word.split()):
                known = self._uses(word)
            else:
                known = word in (self._words if self._words is not None else self._build())
            self._answers[word] = known
        return known


def _join_hyphen(left: str, right: str, vocab: Vocabulary | None) -> bool | None:
    """Decide a hyphen at the end of ``left``: True joins without it, False keeps it.

    None means ``left`` does not end in a word-hyphen at all.
    """
    if not left.endswith(_HYPHENS):
        return None
    m = _TAIL_WORD_RE.search(left[-60:])
    if not m:
        return None
    if left.endswith("\u00ad"):  # a soft hyphen is always a break artefact
        return True
    head = _HEAD_WORD_RE.match(right)
    if not head or not right[:1].islower():
        return False  # "Timor-\nLeste", "Covid-\n19", "EU-\nFRA"
    first, second = m.group(1).lower(), head.group(1).lower()
    lex = lexicon()
    if lex.compound(first, second):
        return False  # "gender-\nbased", "awareness-\nraising", "follow-\nup"
    if vocab is not None:
        if f"{first}-{second}" in vocab:
            return False  # the document writes it with a hyphen elsewhere
        if first + second in vocab:
            return True  # … or as one word
    if first + second in lex.closed:
        return True  # "inter-\nnational", "ex-\npress"
    if first in _ALWAYS_COMPOUND:
        return False
    in_vocab = vocab is not None and len(second) >= 3 and second in vocab
    if first in _PREFIXES and (in_vocab or second in lex.parts):
        return False  # "post-\nconflict", "anti-\ncorruption"
    if in_vocab:
        return False  # "high-\nquality": both halves are words on their own
    return True  # "govern-\nment": the second half is not a word


def join_lines(parts: list[str], vocab: Vocabulary | None = None) -> str:
    """Join line texts of one paragraph, repairing line-break hyphens conservatively."""
    out: list[str] = []
    for part in parts:
        right = part.strip()
        if not right:
            continue
        if not out:
            out.append(right)
            continue
        left = out[-1]
        if left[-1:] not in _BREAK_ENDS:  # nearly every line: none of the cases below
            out.append(" ")
            out.append(right)
            continue
        decision = None
        if left.endswith(_HYPHENS):  # (_join_hyphen's first test, before the call)
            head = right[:80]
            plain_right = strip_markers(head) if MARK_OPEN in head else right
            decision = _join_hyphen(left, plain_right, vocab)
        if decision is True:
            out[-1] = left[:-1]
        elif decision is False:
            pass
        elif left.endswith("\u2013") and right[:1].isdigit():
            pass  # "54–\n57"
        elif left.endswith("/") and left[-2:-1].isalnum() and right[:1].isalnum():
            pass  # "A/HRC/\n40/6", "A/HRC/WG.6/19/\nNOR/1", "and/\nor"
        elif left.endswith("-") and left[-2:-1].isdigit() and right[:1].isdigit():
            pass  # "50-\n51"
        else:
            out.append(" ")
        out.append(right)
    return "".join(out)


def finish(text: str) -> tuple[str, tuple[MarkerRef, ...]]:
    """Fold whitespace, take the markers out and record their offsets."""
    text = " ".join(text.split())
    if MARK_OPEN not in text:
        return text, ()
    out: list[str] = []
    refs: list[MarkerRef] = []
    length = 0
    pos = 0
    for m in _MARK_RE.finditer(text):
        chunk = text[pos : m.start()]
        if chunk:
            if length and out[-1].endswith(" ") and chunk.startswith(" "):
                chunk = chunk[1:]
            out.append(chunk)
            length += len(chunk)
        for name in m.group(1).split(","):
            name = name.strip()
            if name:
                refs.append(MarkerRef(name, length))
        pos = m.end()
    rest = text[pos:]
    if rest and out and out[-1].endswith(" ") and rest.startswith(" "):
        rest = rest[1:]
    out.append(rest)
    cleaned = "".join(out)
    stripped = cleaned.lstrip()
    shift = len(cleaned) - len(stripped)
    cleaned = stripped.rstrip()
    refs = [MarkerRef(r.marker, min(max(r.offset - shift, 0), len(cleaned))) for r in refs]
    return cleaned, tuple(refs)


def ends_sentence(text: str) -> bool:
    return strip_markers(text).rstrip().endswith(_TERMINAL)
