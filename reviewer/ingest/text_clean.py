"""Inline clean-up and small judgements on one paragraph of plain text or Markdown.

Footnote markers (``<sup>1</sup>``, ``[^1]``) stay in the text through every step
here and are taken out last by :func:`extract_markers`, so their offsets refer to
the final, cleaned paragraph text.
"""

from __future__ import annotations

import html
import re
from html.entities import html5
from operator import itemgetter

from reviewer.ingest.model import MarkerRef

# --- inline mark-up ------------------------------------------------------------

_G1 = itemgetter(1)  # a C-level replacement: faster than the template r"\1"

_ENTITY_RE = re.compile(r"&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Character classes rather than lazy dots: these run on every paragraph of 50 MB files.
_BOLD_RE = re.compile(r"\*\*([^\s*](?:[^*]*[^\s*])?)\*\*")
_ITALIC_RE = re.compile(r"(?<![\w*\\])\*([^\s*](?:[^*]*[^\s*])?)\*(?![\w*])")
_MD_BOLD_RE = re.compile(r"(?<![\w\\])__([^\s_](?:[^_]*[^\s_])?)__(?!\w)")
_MD_ITALIC_RE = re.compile(r"(?<![\w_\\])_([^\s_](?:[^_]*[^\s_])?)_(?![\w_])")
_MD_IMAGE_RE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK_RE = re.compile(r"(?<!\^)\[([^\]^][^\]]*)\]\((?:[^()\s]+|[^()]*)\)")
_MD_CODE_RE = re.compile(r"`+([^`]+)`+")
_MD_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
_BR_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG_RE = re.compile(r"</?(?:sub|span|b|i|u|em|strong|p)(?:\s[^>]*)?>", re.IGNORECASE)


def _entity(m: re.Match[str]) -> str:
    name = m.group(1)
    if name[0] == "#":
        return html.unescape(m.group(0))
    if name + ";" in html5:
        return html5[name + ";"]
    # PDF/OCR debris writes a capital I for the l of &lsquo; &ldquo; &laquo; ...
    if name[0] == "I" and "l" + name[1:] + ";" in html5:
        return html5["l" + name[1:] + ";"]
    return m.group(0)


def clean_inline(text: str, markdown: bool) -> str:
    """Drop emphasis and stray tags, repair entities, fold whitespace; keep the words.

    Expects text from :func:`~reviewer.ingest.text_decode.decode_text`, where tabs and
    unusual spaces are already plain spaces.
    """
    fold = False
    if "<" in text:
        text = _TAG_RE.sub("", _BR_RE.sub(" ", text))
    if "&" in text:
        text = _ENTITY_RE.sub(_entity, text)
        fold = True  # &nbsp; &#9; ...
    if markdown:
        if "](" in text:
            text = _MD_IMAGE_RE.sub(_G1, text)
            text = _MD_LINK_RE.sub(_G1, text)
        if "`" in text:
            text = _MD_CODE_RE.sub(_G1, text)
        if "_" in text:
            text = _MD_BOLD_RE.sub(_G1, _MD_ITALIC_RE.sub(_G1, text))
    if "*" in text:
        text = strip_emphasis(text)
    if markdown and "\\" in text:
        text = _MD_ESCAPE_RE.sub(_G1, text)
    if fold or "  " in text or text[:1].isspace() or text[-1:].isspace():
        return " ".join(text.split())
    return text  # the common case: splitting 50 MB into words only to rejoin them is slow


def strip_emphasis(text: str) -> str:
    """``*italic*`` and ``**bold**`` → the words (italic first, so that
    ``**bold *and* italic**`` still pairs up)."""
    text = _ITALIC_RE.sub(_G1, text)
    if "*" in text:
        text = _BOLD_RE.sub(_G1, text)
        if "*" in text:
            text = _ITALIC_RE.sub(_G1, text)
    return text


def whole_bold(raw: str) -> str | None:
    """The inside of a paragraph that is bold from end to end, else None."""
    for mark in ("**", "__"):
        if raw.startswith(mark) and raw.endswith(mark) and len(raw) > 4 and raw.count(mark) == 2:
            return raw[2:-2]
    return None


# --- labels ----------------------------------------------------------------------

_LABEL_RES = (
    # "1. We appreciate", "12) The"
    ("num", re.compile(r"(\d{1,3}|\d{4,5}(?=[.)]\s+[^\s\da-z]))[.)]\s+(?=\S)")),
    # "115.3 Continue", "28.1. Take"; never "9.68 million"
    ("sub", re.compile(r"(\d{1,3}(?:\.\d{1,3})+)\.?\s+(?=[^\s\da-z])")),
    # "(a) text", "(iv) text", "(3) text", "a) text"
    ("alpha", re.compile(r"\(([a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)\s+(?=\S)|([a-z])\)\s+(?=\S)")),
    # "II. Conclusions" (only when the rest reads as a heading)
    ("roman", re.compile(r"(X{0,3}(?:IX|IV|V?I{1,3}|V))\.\s+(?=[A-Z])")),
    ("letter", re.compile(r"([A-H])\.\s+(?=[A-Z])")),
)
_BULLET_RE = re.compile(r"[-*+\u2022\u25aa\u25e6\u2023\u2013\u2043]\s+(?=\S)")
_LABEL_START_RE = re.compile(
    r"\s*(?:\d{1,3}[.)]\s+\S"
    r"|\d{4,5}[.)]\s+[^\s\da-z]"
    r"|\d{1,3}(?:\.\d{1,3})+\.?\s+[^\s\da-z]"
    r"|\([a-z0-9]{1,4}\)\s+\S"
    r"|[-*+\u2022\u25aa\u25e6\u2023]\s+\S)"
)


# "… in accordance with paragraph 15" + "(a) of the annex": the "(a)" that opens the
# next line finishes the reference; it does not open list item (a).
_REFERENCE_TAIL_RE = re.compile(
    r"\b(?:sub)?(?:paragraphs?|paras?\.|articles?|arts?\.|rules?|sections?|chapters?|annex"
    r"|items?|resolutions?|principles?|goals?|targets?|recommendations?|regulations?)"
    r"\s+\d{1,4}(?:[./]\d{1,4})*\s*$",
    re.IGNORECASE,
)
_LIST_OPEN_RE = re.compile(r"\s*\([a-z]{1,4}\)(?:\s|$)")


def ends_with_reference(text: str) -> bool:
    """Does ``text`` end with "paragraph 15", "article 2", "resolution 5/1"…?"""
    tail = text[-60:].rstrip()
    return tail[-1:].isdigit() and _REFERENCE_TAIL_RE.search(tail) is not None


def continues_reference(prev: str, line: str) -> bool:
    """Is ``line``'s opening "(a)" the end of a reference ``prev`` ended with?"""
    return _LIST_OPEN_RE.match(line) is not None and ends_with_reference(prev)


def continues_line(prev: str, line: str) -> bool:
    """Does ``line``, though it opens like a list item, carry on ``prev``'s sentence:
    "paragraph 15" + "(a) of the annex", or "30 March" + "2015. The Council …"?"""
    if line[:1] == "(" or line[:2].lstrip()[:1] == "(":
        return continues_reference(prev, line)
    head = line.lstrip()[:5]
    if head[:4].isdigit() and head[4:5] in ".)":  # four digits: a year more often than not
        return prev.rstrip()[-1:] not in ".:;!?"
    return False


def starts_item(line: str) -> bool:
    """Does this line open a numbered paragraph or a list item?"""
    if line[:1].isalpha():  # most lines: no need to run the pattern
        return False
    return _LABEL_START_RE.match(line) is not None


def split_label(text: str) -> tuple[str | None, str, str | None]:
    """(label, text without it, label kind) — kind is num/sub/alpha/roman/letter/bullet."""
    c = text[:1]
    if c.isdigit() or c == "(" or c.isupper() or (c.islower() and text[1:2] == ")"):
        for kind, rx in _LABEL_RES:
            m = rx.match(text)
            if m:
                label = next(g for g in m.groups() if g is not None)
                return label, text[m.end() :], kind
    elif c and not c.isalnum():
        m = _BULLET_RE.match(text)
        if m:
            return None, text[m.end() :], "bullet"
    return None, text, None


def section_label(text: str) -> tuple[str, int] | None:
    """ "A. Introduction", "II. Conclusions": (label, characters to cut) when a section
    letter or Roman numeral opens a heading-like line; the same rule for every format."""
    label, rest, kind = split_label(text)
    if label is None or kind not in ("roman", "letter") or not heading_like(rest):
        return None
    return label, len(text) - len(rest)


# --- shape of a paragraph ------------------------------------------------------------

# Sentence ends, Latin and CJK (full-width) alike.
STOPS = frozenset(".!?;\u2026\u3002\uff0e\uff01\uff1f\uff1b")
_SENTENCE_OR_COLON = STOPS | {":", "\uff1a"}
_NOT_HEADING_END = _SENTENCE_OR_COLON | {",", "\uff0c", "\u3001"}
_CLOSERS = "\"'\u201d\u2019)]\u00bb*"
_OPENERS = "\"'\u201c\u2018([\u00ab*_"
_METADATA_RE = re.compile(r"([A-Za-z]+(?: [A-Za-z]+){0,2}):\s+(\S)")
_METADATA_KEYS = frozenset(
    (
        "date time source author authors by editor published updated posted modified tags "
        "category categories language location place fontsize photo credit contact email "
        "tel phone fax website url link keywords type status reference ref symbol distr "
        "original"
    ).split()
    + ["data as of", "read more", "last updated", "date of issue", "photo credit"]
)
_DATE_RE = re.compile(
    r"\d{1,2} [A-Z][a-z]+\.? \d{4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]+\.? \d{1,2}, \d{4}"
    r"|\d{1,2}/\d{1,2}/\d{2,4}"
)
_WORD3_RE = re.compile(r"[^\W\d_]{3}")
_FUNCTION_WORDS = frozenset(
    "the a an of and or to in for with by on at from as that which whose who its their "
    "our this these those is are was were be been has have had not".split()
)


_TRAILING_MARKS_RE = re.compile(r"(?:<sup>[^<]{0,12}</sup>|\[\^[^\]\s]{1,20}\])+\s*$")


def last_char(text: str) -> str:
    """The last character that matters: after closing quotes and footnote markers."""
    if text.endswith((">", "]")):
        text = _TRAILING_MARKS_RE.sub("", text)
    stripped = text.rstrip(_CLOSERS)
    return stripped[-1:] if stripped else ""


def ends_sentence(text: str) -> bool:
    """Ends like a finished paragraph (a colon does not finish one)."""
    return last_char(text) in STOPS


def starts_lowercase(text: str) -> bool:
    c = text.lstrip(_OPENERS)[:1]
    return c.islower()


def ends_mid_sentence(text: str) -> bool:
    """Strong evidence that a paragraph goes on: a trailing comma, hyphen, 'the'…"""
    if text.endswith((",", "-", "\u2013", "(", "\u2010")):
        return True
    word = text.rsplit(" ", 1)[-1]
    return word in _FUNCTION_WORDS


def is_metadata(text: str) -> bool:
    """'Date: 2023-03-19', 'Data as of: 27 July 2024', or a bare date."""
    if len(text) > 120:
        return False
    m = _METADATA_RE.match(text)
    if m is not None and (m.group(2) in "0123456789+" or m.group(1).lower() in _METADATA_KEYS):
        return True
    return _DATE_RE.fullmatch(text) is not None


def heading_like(text: str, max_len: int = 120) -> bool:
    """A short line standing alone, not a sentence: likely a heading or caption."""
    if not text or len(text) > max_len or starts_lowercase(text):
        return False
    if last_char(text) in _NOT_HEADING_END:
        return False
    if text.startswith(("http://", "https://", "www.")) or is_metadata(text):
        return False
    return _WORD3_RE.search(text) is not None and text.count(" ") < 20


def furniture_like(text: str, n_lines: int) -> bool:
    """Could be a running header or footer: 1-3 short lines, no sentence end."""
    if n_lines > 3 or len(text) > 60 * n_lines + 20 or not text:
        return False
    if starts_lowercase(text) or last_char(text) in _SENTENCE_OR_COLON:
        return False
    return split_label(text)[2] in (None, "roman", "letter")


# --- footnote markers ----------------------------------------------------------------

_MARK_RE = re.compile(r"<sup>\s*([^<]{0,12}?)\s*</sup>|\[\^([^\]\s]{1,20})\]")
_FN_MARK_RE = re.compile(r"\d{1,3}|[*\u2020\u2021\u00a7]{1,3}")


def extract_markers(
    text: str, defined: set[str] | frozenset[str], any_defined: bool
) -> tuple[str, tuple[MarkerRef, ...]]:
    """Remove footnote markers and record where each stood in the cleaned text.

    A ``<sup>`` holding a number is a marker when that footnote exists (or when the
    file defines no footnotes at all); ``1<sup>st</sup>`` and ``m<sup>2</sup>`` in a
    file whose footnotes do not include it keep their text.
    """
    if "<sup>" not in text and "[^" not in text:
        return text, ()
    out: list[str] = []
    refs: list[MarkerRef] = []
    size = 0
    pos = 0
    for m in _MARK_RE.finditer(text):
        piece = text[pos : m.start()]
        pos = m.end()
        label = m.group(2)
        if label is None:
            content = m.group(1)
            if not (_FN_MARK_RE.fullmatch(content) and (content in defined or not any_defined)):
                out.append(piece + content)
                size += len(piece) + len(content)
                continue
            label = content
        nxt = text[pos : pos + 1]
        if piece.endswith(" ") and (not nxt or nxt in " .,;:)!?"):
            piece = piece[:-1]
        elif not piece and out and out[-1].endswith(" ") and (not nxt or nxt in " .,;:)!?"):
            out[-1] = out[-1][:-1]
            size -= 1
        out.append(piece)
        size += len(piece)
        refs.append(MarkerRef(label, size))
    out.append(text[pos:])
    cleaned = "".join(out)
    lead = len(cleaned) - len(cleaned.lstrip())
    cleaned = cleaned.strip()
    end = len(cleaned)
    return cleaned, tuple(MarkerRef(r.marker, min(max(r.offset - lead, 0), end)) for r in refs)


# --- organisation ----------------------------------------------------------------

_ORG_WORD_RE = re.compile(
    r"\b(?:Association|Organi[sz]ation|Foundation|Federation|Council|Institute|Network|"
    r"Society|Cent(?:re|er)|Committee|Coalition|Alliance|Union|NGO|Trust|League|"
    r"Commission|Movement|Forum|Campaign|Watch|Initiative|Fund|Academy|Associates)\b"
)
_FURNITURE_SEP_RE = re.compile(r"\s+[|\u2013\u2014\u00b7\u2022-]\s+")
_PRESENTED_BY_RE = re.compile(
    r"\b(?:presented|submitted|prepared)\s+by\s+(?:the\s+)?(.+?)\s+(?:to|at)\s", re.IGNORECASE
)


def organisation_from_furniture(first_line: str) -> str | None:
    """The organisation a running header/footer names: 'X Network | page 3' → 'X Network'."""
    line = _FURNITURE_SEP_RE.split(first_line.strip(), maxsplit=1)[0]
    if 2 <= len(line.split()) <= 12 and len(line) <= 100 and _ORG_WORD_RE.search(line):
        return line
    return None


def organisation_from_title(title: str) -> str | None:
    m = _PRESENTED_BY_RE.search(title)
    return m.group(1).strip(" ,") if m else None
