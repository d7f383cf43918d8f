"""ZIP packages (Word .docx, Excel .xlsx) checked before anything parses them.

A 1 MB zip can hold a part that inflates to gigabytes.  The limits are checked
first where they cost nothing: the end record's entry count before ``zipfile``
reads the directory, then every member's declared size, and the declared sizes'
sum and ratio to the file's size.  Then members are inflated in chunks, counting,
and the file is refused the moment a member or the whole passes its limit.  A
member that claims less than it holds cannot get past its claim through
``zipfile`` (CPython cuts its output at the declared size, and the CRC then fails:
"damaged"), so the counting is the second line, for any reader that would not.
Only STORED and DEFLATED members are accepted: Office writes nothing else, and
Python 3.11 bounds the output of no other method.

Two ways in: :meth:`SafeZip.read` inflates one member, bounded, for a reader of
our own (nothing else is ever inflated); :meth:`SafeZip.check_all` inflates
every member once, keeping nothing, after which a third-party reader
(python-docx, openpyxl) may be handed the same bytes: inflating them again
gives the same sizes, already counted.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from lxml import etree

from .model import IngestError

__all__ = [
    "DAMAGE",
    "LIMITS",
    "Limits",
    "SafeZip",
    "ZipBombError",
    "damaged_reason",
    "open_word_document",
    "written_damage",
]

MB = 1024 * 1024
CHUNK = 1 * MB
_PARSED = (".xml", ".rels", ".vml")  # parts the readers parse; others count only in the total
_EOCD, _EOCD64, _LOC64 = b"PK\x05\x06", b"PK\x06\x06", b"PK\x06\x07"
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


@dataclass(frozen=True)
class Limits:
    members: int = 10_000  # a Word file has tens of parts; a 1,000-sheet workbook ~3,000
    directory: int = 4 * MB  # the central directory, which zipfile reads whole
    part: int = 64 * MB  # one XML part: a parser holds it, and its tree, in memory
    total: int = 256 * MB  # everything, pictures included
    ratio: int = 100  # Office XML deflates 5–35 times; a bomb about 1,000 times
    grace: int = 4 * MB  # below this, a part (or the whole) may be as repetitive as it likes


LIMITS = Limits()

# What a damaged or crafted package makes zipfile, zlib, lxml, python-docx or
# openpyxl raise.  A reader's entry catches these and says what is wrong instead.
DAMAGE: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    struct.error,
    KeyError,  # a part the package names is missing
    IndexError,
    ValueError,  # UnicodeDecodeError, python-docx's "not a Word file"
    NotImplementedError,
    OSError,
    etree.LxmlError,  # XMLSyntaxError
    SyntaxError,  # xml.etree.ElementTree.ParseError
)
# zipfile raises RuntimeError for an encrypted member.
_DAMAGE_OR_ENCRYPTED: tuple[type[BaseException], ...] = (*DAMAGE, RuntimeError)


def damaged_reason(app: str = "Word") -> str:
    return (
        "the file is damaged or incomplete (perhaps a download or copy that did not "
        f"finish); get it again, or open it in {app}, let {app} recover it and save a copy"
    )


class ZipBombError(IngestError):
    """A zip refused for what it unpacks to (or says it does), not for being damaged.

    ``inflated`` is how many bytes had been inflated when it was refused.
    """

    def __init__(self, file: str, what: str, inflated: int = 0):
        super().__init__(
            file,
            f"{what}; it is damaged or a zip bomb and was not imported (if it is a genuine "
            "file, open it in Word or Excel, remove large pictures or split it, and save a copy)",
        )
        self.inflated = inflated


def _show(name: str) -> str:
    """A member name fit for a one-line message (names are the file's, not ours)."""
    name = re.sub(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", "?", name)
    return name if len(name) <= 60 else name[:57] + "…"


def directory_facts(data: bytes) -> tuple[int, int] | None:
    """(entries, directory size) as the end record states them, found as zipfile finds it.

    None when there is no end record (zipfile will call the file damaged).
    """
    at = len(data) - 22
    if not (at >= 0 and data[at : at + 4] == _EOCD and data[-2:] == b"\x00\x00"):
        at = data.rfind(_EOCD, max(0, len(data) - 22 - 0xFFFF))
        if at < 0 or len(data) - at < 22:
            return None
    entries, size = struct.unpack_from("<HL", data, at + 10)
    loc = at - 20
    if loc >= 56 and data[loc : loc + 4] == _LOC64 and data[loc - 56 : loc - 52] == _EOCD64:
        entries, size = struct.unpack_from("<QQ", data, loc - 56 + 32)
    return entries, size


class SafeZip:
    """A zip archive whose members can only be inflated within ``limits``.

    Raises :class:`IngestError` with a written message for a damaged archive and
    :class:`ZipBombError` for a bomb: from the end record before the directory
    is read, from the directory's declared sizes, then while inflating.
    """

    def __init__(self, data: bytes, file_name: str, *, app: str = "Word", limits: Limits = LIMITS):
        self.file_name = file_name
        self.app = app
        self.limits = limits
        self.size = len(data)
        self.total = 0  # bytes inflated, each member counted once
        self.inflated = 0  # every byte ever inflated here, re-reads and refusals included
        self._done: dict[int, int] = {}  # id(ZipInfo) → its size, once inflated whole
        facts = directory_facts(data)
        if facts is not None:
            entries, directory = facts
            if entries > limits.members:
                raise self._bomb(f"this file says it holds {entries:,} parts")
            if directory > limits.directory:
                raise self._bomb(f"this file's list of parts takes {directory / MB:.0f} MB")
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except _DAMAGE_OR_ENCRYPTED:
            raise self._error(damaged_reason(app)) from None
        self.infos = self.zip.infolist()
        self.names = [i.filename for i in self.infos]
        self._lower = {n.lower(): i for n, i in zip(self.names, self.infos, strict=True)}
        self._check_directory()

    # -------------------------------------------------------------- checks

    def _error(self, reason: str) -> IngestError:
        return IngestError(self.file_name, reason)

    def _bomb(self, what: str, inflated: int = 0) -> ZipBombError:
        return ZipBombError(self.file_name, what, inflated)

    def part_limit(self, info: zipfile.ZipInfo) -> int:
        """Parsed parts (XML) are held with their tree; pictures only count in the total."""
        parsed = info.filename.lower().endswith(_PARSED)
        return self.limits.part if parsed else self.limits.total

    def _check_directory(self) -> None:
        if len(self.infos) > self.limits.members:
            raise self._bomb(f"this file holds {len(self.infos):,} parts")
        declared = 0
        for info in self.infos:
            if info.flag_bits & 0x1:
                raise self._error(
                    f"this is a password-protected ZIP archive, not a {self.app} file; open "
                    f"the original in {self.app}, save it again and import that"
                )
            if info.compress_type not in _METHODS:
                raise self._error(
                    f"this file uses a compression method {self.app} never writes; it is "
                    f"damaged or was not saved by {self.app}: open it in {self.app}, save a "
                    "copy and import that"
                )
            self._check_size(info, info.file_size, 0)
            declared += info.file_size
        self._check_total(declared, 0)

    def _check_size(self, info: zipfile.ZipInfo, size: int, inflated: int) -> None:
        """Is ``info`` still allowed, having inflated (or claiming to) to ``size`` bytes?"""
        limit = self.part_limit(info)
        if size > limit:
            raise self._bomb(
                f"the part {_show(info.filename)} unpacks to more than {limit // MB} MB", inflated
            )
        packed = max(min(info.compress_size, self.size), 1)  # a lie can only shrink it
        if size > self.limits.grace and size > self.limits.ratio * packed:
            raise self._bomb(
                f"the part {_show(info.filename)} unpacks to more than {self.limits.ratio} "
                "times its packed size",
                inflated,
            )

    def _check_total(self, total: int, inflated: int) -> None:
        if total > self.limits.total:
            raise self._bomb(
                f"this file unpacks to more than {self.limits.total // MB} MB", inflated
            )
        if total > self.limits.grace and total > self.limits.ratio * max(self.size, 1):
            raise self._bomb(
                f"this file unpacks to more than {self.limits.ratio} times its own size", inflated
            )

    # ------------------------------------------------------------- reading

    def has(self, name: str) -> bool:
        """Case-insensitive, as Word treats part names."""
        return name.lower() in self._lower

    def read(self, name: str, max_bytes: int | None = None) -> bytes | None:
        """The member's bytes (None if absent), or only its first ``max_bytes`` bytes."""
        info = self._lower.get(name.lower())
        if info is None:
            return None
        return self._inflate(info, keep=True, stop=max_bytes)

    def check_all(self) -> SafeZip:
        """Inflate every member not yet read whole, keeping nothing: all within limits."""
        for info in self.infos:
            if id(info) not in self._done:
                self._inflate(info, keep=False)
        return self

    def _inflate(self, info: zipfile.ZipInfo, keep: bool, stop: int | None = None) -> bytes:
        others = self.total - self._done.get(id(info), 0)
        chunks: list[bytes] = []
        size = 0
        try:
            with self.zip.open(info) as member:
                while stop is None or size < stop:
                    chunk = member.read(CHUNK if stop is None else min(CHUNK, stop - size))
                    if not chunk:
                        break
                    size += len(chunk)
                    self.inflated += len(chunk)
                    self._check_size(info, size, others + size)
                    self._check_total(others + size, others + size)
                    if keep:
                        chunks.append(chunk)
        except IngestError:
            raise
        except _DAMAGE_OR_ENCRYPTED:  # RuntimeError: an encrypted member found late
            raise self._error(damaged_reason(self.app)) from None
        if stop is None or size < stop:  # read to its end (its CRC checked): counted for good
            self._done[id(info)] = size
            self.total = others + size
        return b"".join(chunks)


@contextmanager
def written_damage(file_name: str, reason: str) -> Iterator[None]:
    """What a damaged file makes a parser raise becomes ``IngestError(file_name, reason)``.

    For the entry of a reader of whole files: a written message instead of an
    exception's class name and text (which stays chained, for a debugger).
    """
    try:
        yield
    except IngestError:
        raise
    except (MemoryError, RecursionError):
        raise  # the importer says "too complex" for these
    except DAMAGE as exc:
        raise IngestError(file_name, reason) from exc


def open_word_document(data: bytes, file_name: str):
    """python-docx's ``Document`` for ``data``, once the package passed :meth:`check_all`."""
    import docx

    SafeZip(data, file_name).check_all()
    try:
        return docx.Document(io.BytesIO(data))
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:  # python-docx on a damaged package raises almost anything
        if isinstance(exc, ValueError) and "content type" in str(exc):
            reason = (
                "this ZIP file is not a Word document (its main part is of another kind); "
                "save it from Word as .docx and import that"
            )
        else:
            reason = damaged_reason("Word")
        raise IngestError(file_name, reason) from exc
