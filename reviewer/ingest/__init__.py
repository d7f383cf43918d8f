"""File → ParsedDocument.  Pure: nothing here touches the database.

The format is chosen from the file's bytes, not its name, so a PDF renamed .txt
still imports as a PDF and a binary renamed .txt gets a clear error.
"""

from __future__ import annotations

from pathlib import Path

from reviewer.ingest.model import (
    EncodingUncertain,
    IngestError,
    MarkerRef,
    ParsedDocument,
    ParsedFootnote,
    ParsedParagraph,
)

__all__ = [
    "EncodingUncertain",
    "IngestError",
    "MarkerRef",
    "ParsedDocument",
    "ParsedFootnote",
    "ParsedParagraph",
    "parse_bytes",
    "read_file",
    "sniff_format",
]

MAX_FILE_BYTES = 512 * 1024 * 1024


def read_file(path: str | Path) -> bytes:
    """Read a file to import, turning OS errors into one clear message."""
    path = Path(path)
    name = str(path)
    try:
        if path.is_dir():
            raise IngestError(name, "this is a folder; choose the files inside it")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise IngestError(name, f"the file is too large to import ({size // 2**20} MB)")
        return path.read_bytes()
    except FileNotFoundError:
        raise IngestError(name, "no such file") from None
    except PermissionError:
        raise IngestError(name, "permission denied; check that you may read this file") from None
    except IsADirectoryError:
        raise IngestError(name, "this is a folder; choose the files inside it") from None
    except OSError as exc:
        raise IngestError(name, f"cannot read the file ({exc.strerror or exc})") from None


def sniff_format(data: bytes, file_name: str) -> str:
    """'pdf', 'docx' (any zip, the DOCX reader explains what it is not), 'ole' or 'text'."""
    head = data[:1024]
    if head.startswith(b"%PDF") or (b"%PDF-" in head and not file_name.lower().endswith(".txt")):
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "docx"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    return "text"


def parse_bytes(data: bytes, file_name: str, encoding: str | None = None) -> ParsedDocument:
    """Parse any supported file; ``encoding`` names a text file's encoding (no guessing).

    A text file whose encoding is unclear raises :class:`EncodingUncertain`.
    """
    fmt = sniff_format(data, file_name)
    lower = file_name.lower()
    if fmt == "pdf":
        from reviewer.ingest.pdf import parse_pdf

        return parse_pdf(data, file_name)
    if fmt in ("docx", "ole"):
        from reviewer.ingest.docx import parse_docx

        return parse_docx(data, file_name)
    if lower.endswith(".pdf"):
        raise IngestError(file_name, "this is not a PDF (the file is damaged or misnamed)")
    if lower.endswith((".docx", ".doc")):
        raise IngestError(file_name, "this is not a Word file (the file is damaged or misnamed)")
    from reviewer.ingest.text import parse_text

    return parse_text(data, file_name, encoding=encoding)
