"""The OOXML package of a Word file: its parts by name and by relationship.

Opening it explains what a file is when it is not a Word document (an old .doc,
a password-protected file, a PDF, an .odt, a Pages or Excel file), and every part
is read through :mod:`.safezip`, which bounds what it may inflate to.
"""

from __future__ import annotations

import posixpath

from lxml import etree

from .docx_numbering import W
from .model import IngestError
from .safezip import SafeZip, ZipBombError, damaged_reason

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_STRICT = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", W[1:-1].encode()),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    ),
)

_OTHER_FORMATS = (
    (b"%PDF", "this is a PDF file, not a Word document; import it as a PDF"),
    (b"{\\rtf", "this is an RTF file; open it in Word or LibreOffice and save it as .docx"),
)
DAMAGED = damaged_reason("Word")


class Package:
    """The parts of an OOXML zip, addressed by name and by relationship.

    Parts are inflated only when read, and only within :mod:`.safezip`'s limits:
    a part or package that unpacks to too much is refused while it inflates.
    """

    def __init__(self, data: bytes, file_name: str):
        self.file_name = file_name
        self.zip = SafeZip(data, file_name)

    def has(self, name: str) -> bool:
        return self.zip.has(name)

    def read(self, name: str) -> bytes | None:
        return self.zip.read(name)

    def xml(self, name: str | None) -> etree._Element | None:
        blob = self.read(name) if name else None
        if blob is None:
            return None
        for strict, transitional in _STRICT:
            blob = blob.replace(strict, transitional)
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        return etree.fromstring(blob, parser)

    def rels(self, part: str) -> dict[str, tuple[str, str]]:
        """rId → (relationship type's last word, part name) for ``part``."""
        folder, base = posixpath.split(part)
        root = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        out: dict[str, tuple[str, str]] = {}
        if root is None:
            return out
        for rel in root:
            target, rtype = rel.get("Target"), rel.get("Type", "")
            if not target or rel.get("TargetMode") == "External":
                continue
            if target.startswith("/"):
                name = target.lstrip("/")
            else:
                name = posixpath.normpath(posixpath.join(folder, target))
            out[rel.get("Id", "")] = (rtype.rsplit("/", 1)[-1], name)
        return out

    def related(self, rels: dict[str, tuple[str, str]], rtype: str) -> str | None:
        return next((name for kind, name in rels.values() if kind == rtype), None)


def open_package(data: bytes, file_name: str) -> Package:
    """Open the ZIP package, or explain what the file is instead."""
    if not data:
        raise IngestError(
            file_name, "the file is empty (0 bytes); get the file again and re-import it"
        )
    if data.startswith(_OLE2):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise IngestError(
                file_name,
                "this Word document is protected with a password; open it in Word, remove "
                "the password (File › Info › Protect Document), save it and import it again",
            )
        raise IngestError(
            file_name,
            "this is an old Word 97–2003 .doc file (or another old Office file); open it in "
            "Word or LibreOffice and save it as .docx, then import that",
        )
    for magic, reason in _OTHER_FORMATS:
        if data.startswith(magic):
            raise IngestError(file_name, reason)
    if not data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        raise IngestError(
            file_name,
            "this is not a Word .docx file (it is not a ZIP package); if Word opens it, "
            "save it again as .docx and import that",
        )
    return Package(data, file_name)  # a damaged zip or a bomb: IngestError, written


def main_part(pkg: Package) -> str:
    if not pkg.has("word/document.xml") and (
        pkg.has("xl/workbook.xml") or pkg.has("ppt/presentation.xml")
    ):  # their main part is an officeDocument too
        raise IngestError(pkg.file_name, _not_word_reason(pkg))
    main = pkg.related(pkg.rels(""), "officeDocument")
    if main is None or not pkg.has(main):
        main = "word/document.xml" if pkg.has("word/document.xml") else None
    if main is None:
        raise IngestError(pkg.file_name, _not_word_reason(pkg))
    return main


def _not_word_reason(pkg: Package) -> str:
    try:  # a bomb (an XLSX one, say) is refused as one, not as "not Word"
        pkg.zip.check_all()
        damaged = False
    except ZipBombError:
        raise
    except IngestError:
        damaged = True
    mimetype = (pkg.read("mimetype") or b"").decode("ascii", "replace")
    if "opendocument.text" in mimetype:
        return "this is an OpenDocument text (.odt) file; save it as .docx and import that"
    if pkg.has("Index/Document.iwa") or pkg.has("index.xml") or pkg.has("Index.zip"):
        return (
            "this is an Apple Pages document; in Pages choose File › Export To › Word, "
            "then import the .docx"
        )
    if pkg.has("xl/workbook.xml"):
        if damaged:
            return damaged_reason("Excel")
        return (
            "this Excel workbook holds no recommendations table (no header row naming "
            "columns such as Number and Recommendation within its first 10 rows); Excel "
            "files are imported only as such tables"
        )
    if pkg.has("ppt/presentation.xml"):
        return "this is a PowerPoint presentation, not a Word document"
    if damaged:
        return DAMAGED
    return (
        "this ZIP file holds no Word document (word/document.xml is missing); the file is "
        "damaged or of another kind; save it from Word as .docx and import that"
    )
