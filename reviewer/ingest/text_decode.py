"""Bytes → str for plain-text submissions and CSV tables.

People save "plain text" from Word, Notepad, web pages and PDF viewers, so the
bytes arrive as UTF-8 (with or without BOM), UTF-16/32 (Windows "Unicode"), or in
a legacy code page: Windows-1252 in Western Europe, GB18030/GBK or Big5 in China,
Shift_JIS in Japan, Windows-1251 or KOI8-R in Russia, Windows-1256 for Arabic.
Anything binary renamed .txt must become one clear message, and a legacy file must
come back exactly or not at all: never as a document full of mojibake.

The whole file is decoded, never a cut prefix.  UTF-8 and the Unicode encodings
are recognised by their bytes alone; only bytes that are none of them go to the
legacy guesser (:mod:`reviewer.ingest.text_legacy`), which either names one
encoding or raises :class:`EncodingUncertain` with the plausible ones, so that the
user chooses (``--encoding NAME``, or the window's dialog).
"""

from __future__ import annotations

import codecs
import re

from reviewer.ingest.model import EncodingUncertain, IngestError
from reviewer.ingest.text_legacy import guess_legacy
from reviewer.ingest.text_legacy_tables import LABELS

__all__ = ["EncodingUncertain", "check_encoding", "decode_text", "encoding_label"]

_BINARY_HINT = "choose a .txt or .md file saved as plain text"
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF; import the .pdf file itself"),
    (b"PK\x03\x04", "a Word document or ZIP archive; import the .docx file itself"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word (.doc) file; save it as .docx first"),
    (b"\x1f\x8b", "a compressed (gzip) archive"),
    (b"\x7fELF", "a program"),
    (b"MZ\x90\x00", "a Windows program"),
)
_SAMPLE = 65536
# C0 controls other than tab, newline, form feed and carriage return, plus DEL.
# (Vertical tab is Word's manual line break in copied text: whitespace, not binary.)
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32), 127])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_CONTROL_CHARS_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.02
_ODD_SPACES = "\t\x0b\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_NEWLINES = ("\u2028", "\u2029", "\x85")
# ISO-2022-JP (old Japanese e-mail and Unix files) is 7-bit: valid UTF-8 with ESC
# sequences that would otherwise be dropped as control characters.
_ISO2022_ESCAPES = (b"\x1b$B", b"\x1b$@", b"\x1b$A", b"\x1b$(C", b"\x1b$(D")


def check_encoding(name: str) -> str:
    """The codec's name for an encoding a person typed; ValueError if Python has none.

    Accepts any name Python knows ("gb18030", "Big5", "windows-1252", "Shift_JIS",
    "macroman" …) but only text encodings, not ``base64`` or ``rot13``.
    """
    try:
        info = codecs.lookup(name.strip())
    except (LookupError, TypeError, ValueError):
        raise ValueError(
            f"unknown encoding {name!r}; use a name such as utf-8, windows-1252, "
            "gb18030, big5, shift_jis, euc-kr, windows-1251, koi8-r or windows-1256"
        ) from None
    if not getattr(info, "_is_text_encoding", True):
        raise ValueError(f"{name!r} is not a text encoding")
    return info.name


def encoding_label(name: str) -> str:
    """'gb18030 (Chinese, simplified)' for a name the guesser offers; else the name."""
    label = LABELS.get(name)
    return f"{name} ({label})" if label else name


def _binary(file_name: str, what: str = "") -> IngestError:
    detail = f"it looks like {what}; " if what else ""
    return IngestError(
        file_name, f"this is not a text file (binary content); {detail}{_BINARY_HINT}"
    )


def _refuse_other_formats(data: bytes, file_name: str) -> None:
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise _binary(file_name, what)
    if data.lstrip()[:5] == b"{\\rtf":
        raise IngestError(
            file_name,
            "this is a Rich Text (RTF) file, not plain text; open it in a word "
            "processor and save it as .docx or .txt",
        )


def _unicode_without_bom(data: bytes) -> str | None:
    """'utf-32-le/be' or 'utf-16-le/be' when NULs sit where Unicode puts them.

    Every UTF-32 code unit has a zero top byte (and, below U+10000, a zero second
    byte); Latin text in UTF-16 puts a NUL in every other byte.  A text file with
    a few stray NULs, or binary data, does neither; nor does CJK text in UTF-16
    (saved with a BOM by every editor).
    """
    sample = data[:_SAMPLE]
    n4 = len(sample) // 4
    if n4 >= 1 and len(data) % 4 == 0:
        # (Most characters are below U+10000: UTF-16 "A\nB\n" is not U+A0041 U+A0042.)
        b0, b1, b2, b3 = (sample[i : 4 * n4 : 4] for i in range(4))
        if b3.count(0) == n4 and max(b2) <= 0x10 and 2 * b2.count(0) >= n4 > b0.count(0):
            return "utf-32-le"
        if b0.count(0) == n4 and max(b1) <= 0x10 and 2 * b1.count(0) >= n4 > b3.count(0):
            return "utf-32-be"
    n = len(sample) // 2
    if n < 2:
        return None
    even = sample[0 : 2 * n : 2].count(0)
    odd = sample[1 : 2 * n : 2].count(0)
    if odd >= 0.3 * n and even <= 0.02 * n:
        return "utf-16-le"
    if even >= 0.3 * n and odd <= 0.02 * n:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str, file_name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise IngestError(
            file_name,
            f"the text could not be read as {encoding.upper()} although the file says it is; "
            "save it again as UTF-8 and import it again",
        ) from None


def _explicit(data: bytes, encoding: str, file_name: str) -> str:
    """Decode with the encoding the user named: no guessing, and no silent repair."""
    try:
        codec = check_encoding(encoding)
    except ValueError as exc:
        raise IngestError(file_name, str(exc)) from None
    if codec == "utf-8":
        codec = "utf-8-sig"
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise IngestError(
            file_name,
            f"the text cannot be read as {encoding}: the bytes at position {exc.start} "
            "are not valid in that encoding; choose another encoding",
        ) from None


def decode_text(
    data: bytes, file_name: str, encoding: str | None = None, *, fold_spaces: bool = True
) -> tuple[str, list[str]]:
    """Decode and normalise newlines; raise IngestError for binary or unreadable bytes.

    ``encoding`` (a name Python knows) skips recognition.  CR, LF and CRLF line
    ends all become LF.  With ``fold_spaces`` tabs and the odd Unicode spaces
    become plain spaces (the text parser's contract); a CSV reader keeps its tabs.
    Raises :class:`EncodingUncertain` when several legacy encodings read plausibly.
    Without a BOM, UTF-16 is recognised when Latin letters are most of the text and
    UTF-32 when most characters are below U+10000 (their NUL patterns).
    """
    warnings: list[str] = []
    if encoding is not None:
        _refuse_other_formats(data, file_name)
        text = _explicit(data, encoding, file_name)
    elif data.startswith(codecs.BOM_UTF8):
        text = _strict(data[3:], "utf-8", file_name)
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        text = _strict(data, "utf-32", file_name)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16", file_name)
    else:
        _refuse_other_formats(data, file_name)
        sample = data[:_SAMPLE]
        if b"\x00" in data:
            enc = _unicode_without_bom(data)
            if enc is None:
                raise _binary(file_name)
            text = _strict(data, enc, file_name)
        elif b"\x1b$" in data and (iso := _iso2022(data)) is not None:
            text = iso
            warnings.append("the file is not UTF-8; it was read as ISO-2022-JP (Japanese)")
        else:
            controls = len(sample.translate(None, _NOT_CONTROL))
            if controls > max(8, _MAX_CONTROL_SHARE * len(sample)):
                raise _binary(file_name)
            text = _decode_8bit(data, file_name, warnings)
    text = _check_controls(text, file_name)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for sep in _NEWLINES:
        if sep in text:
            text = text.replace(sep, "\n")
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")
    if fold_spaces:
        # Tabs, no-break and typographic spaces (and Word's pasted manual line break,
        # \v) become plain spaces here, once, so paragraphs need no per-paragraph folding.
        for ch in "\t\x0b" if text.isascii() else _ODD_SPACES:
            if ch in text:
                text = text.replace(ch, " ")
    return text, warnings


def _iso2022(data: bytes) -> str | None:
    if not any(esc in data for esc in _ISO2022_ESCAPES):
        return None
    try:
        return data.decode("iso2022_jp_2")
    except UnicodeDecodeError:
        return None


def _decode_8bit(data: bytes, file_name: str, warnings: list[str]) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Mostly valid UTF-8 with a few damaged bytes: keep UTF-8, say so.
    loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd")
    # Bytes spent on valid multi-byte characters (each U+FFFD itself costs 3).
    multibyte = len(loose.encode("utf-8")) - len(loose) - 2 * bad
    if multibyte > 20 * bad:
        warnings.append(f"{bad} damaged UTF-8 byte sequence(s) were replaced by \ufffd")
        return loose
    # Only now, for bytes that are no Unicode encoding, is the guesser paid for.
    guess = guess_legacy(data)
    if guess.codec is not None:
        warnings.append(f"the file is not UTF-8; it was read as {LABELS[guess.codec]}")
        return guess.text
    if guess.candidates:
        raise EncodingUncertain(
            file_name, [(c, guess.previews[c]) for c in guess.candidates], labels=LABELS
        )
    raise IngestError(
        file_name,
        "the text encoding could not be recognised (it is not UTF-8, UTF-16 or a legacy "
        "encoding such as Windows-1252, GB18030, Big5 or Shift_JIS); save the file as "
        "UTF-8 and import it again, or name its encoding (--encoding NAME)",
    )


def _check_controls(text: str, file_name: str) -> str:
    """Refuse text full of control characters; drop the odd stray one (a DOS EOF mark)."""
    sample = text[:_SAMPLE] + text[-4096:]
    if "\x00" in sample:
        raise _binary(file_name)
    found = len(_CONTROL_CHARS_RE.findall(sample))
    if found > max(8, _MAX_CONTROL_SHARE * len(sample)):
        raise _binary(file_name)
    return _CONTROL_CHARS_RE.sub("", text) if found else text
