"""Bytes → str for plain-text submissions.

People save "plain text" from Word, Notepad, web pages and PDF viewers, so the
bytes arrive as UTF-8 (with or without BOM), UTF-16 (Windows "Unicode") or
Windows-1252.  Anything else, and anything binary renamed .txt, must become one
clear message rather than a document full of mojibake.
"""

from __future__ import annotations

import codecs
import re

from reviewer.ingest.model import IngestError

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


def _binary(file_name: str, what: str = "") -> IngestError:
    detail = f"it looks like {what}; " if what else ""
    return IngestError(
        file_name, f"this is not a text file (binary content); {detail}{_BINARY_HINT}"
    )


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit on every other byte, as in Latin text."""
    n = len(sample) // 2
    if n < 2:
        return None
    even = sample[0 : 2 * n : 2].count(0)
    odd = sample[1 : 2 * n : 2].count(0)
    # Latin text puts a NUL in every other byte.  A text file with a few stray NULs,
    # or binary data, does not; nor does CJK text (saved with a BOM by every editor).
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


def decode_text(data: bytes, file_name: str) -> tuple[str, list[str]]:
    """Decode and normalise newlines; raise IngestError for binary or unreadable bytes."""
    warnings: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[3:], "utf-8", file_name)
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        text = _strict(data, "utf-32", file_name)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16", file_name)
    else:
        for magic, what in _SIGNATURES:
            if data.startswith(magic):
                raise _binary(file_name, what)
        if data.lstrip()[:5] == b"{\\rtf":
            raise IngestError(
                file_name,
                "this is a Rich Text (RTF) file, not plain text; open it in a word "
                "processor and save it as .docx or .txt",
            )
        sample = data[:_SAMPLE]
        if b"\x00" in data:
            enc = _utf16_without_bom(sample)
            if enc is None:
                raise _binary(file_name)
            text = _strict(data, enc, file_name)
        else:
            controls = len(sample.translate(None, _NOT_CONTROL))
            if controls > max(8, _MAX_CONTROL_SHARE * len(sample)):
                raise _binary(file_name)
            text = _decode_8bit(data, file_name, warnings)
    text = _check_controls(text, file_name)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for sep in ("\u2028", "\u2029", "\x85"):
        if sep in text:
            text = text.replace(sep, "\n")
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")
    # Tabs, no-break and typographic spaces (and Word's pasted manual line break, \v)
    # become plain spaces here, once, so that paragraphs need no per-paragraph folding.
    for ch in "\t\x0b" if text.isascii() else _ODD_SPACES:
        if ch in text:
            text = text.replace(ch, " ")
    return text, warnings


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
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise IngestError(
            file_name,
            "the text encoding could not be recognised (it is not UTF-8, UTF-16 or "
            "Windows-1252); save the file as UTF-8 and import it again",
        ) from None
    warnings.append("the file is not UTF-8; it was read as Windows-1252 (Western European)")
    return text


def _check_controls(text: str, file_name: str) -> str:
    """Refuse text full of control characters; drop the odd stray one (a DOS EOF mark)."""
    sample = text[:_SAMPLE] + text[-4096:]
    if "\x00" in sample:
        raise _binary(file_name)
    found = len(_CONTROL_CHARS_RE.findall(sample))
    if found > max(8, _MAX_CONTROL_SHARE * len(sample)):
        raise _binary(file_name)
    return _CONTROL_CHARS_RE.sub("", text) if found else text
