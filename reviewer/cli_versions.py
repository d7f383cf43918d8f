"""A document's versions from the command line: ``versions --document ID`` and ``diff
--document ID [--from V] [--to V]``; and the keys the versions add to ``import``,
``document`` and ``documents`` (``import --as-version-of ID FILE``, ``document ID
--version V``).

JSON keys are a public interface: added to, never renamed.

- ``versions``: ``{"document_id", "title", "latest", "versions": [{"version",
  "document_id" (the row holding it), "latest", "title", "file", "format", "pages",
  "imported_at", "imported_by", "superseded_at", "paragraphs", "changes" (null for
  the first; else {"unchanged", "moved", "edited", "split", "merged", "added",
  "removed"}), "gone" ({"notes", "tags", "links", "reviewed", "paragraph_ids"}: work
  left on this version's paragraphs that are gone)}]}``
- ``diff``: ``{"document_id", "from", "to", "from_document_id", "to_document_id",
  "changes", "paragraphs": [{"paragraph_id", "seq", "label", "kind", "change",
  "previous_ids", "previous_labels", "changed_since_review", "text", "words": [{"op":
  "equal"|"delete"|"insert", "text"}]}], "removed": [{"paragraph_id", "seq", "label",
  "text", "notes", "tags", "links", "reviewed"}]}``
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reviewer.workspace import DiffParagraph, ImportResult, WorkCounts


def add_versions_parser(sub) -> None:
    s = sub.add_parser(
        "versions",
        help="a document's versions: when each was imported, what changed, and the work "
        "kept on paragraphs that are gone",
    )
    s.add_argument("--document", type=int, required=True, dest="document_id")
    s = sub.add_parser(
        "diff",
        help="what changed between two versions of a document (default: the latest and "
        "the one before)",
    )
    s.add_argument("--document", type=int, required=True, dest="document_id")
    s.add_argument("--from", type=int, dest="from_version", metavar="V")
    s.add_argument("--to", type=int, dest="to_version", metavar="V")


def _when(t) -> str | None:
    return t.isoformat(timespec="seconds") if t is not None else None


def cmd_versions(ws, args, out) -> int:
    rows = ws.versions(args.document_id)
    latest = rows[-1]
    data = {
        "document_id": latest.live_id,
        "title": latest.title,
        "latest": latest.version,
        "versions": [
            {
                "version": v.version,
                "document_id": v.document_id,
                "latest": v.latest,
                "title": v.title,
                "file": v.file,
                "format": v.format,
                "pages": v.pages,
                "imported_at": _when(v.imported_at),
                "imported_by": v.imported_by,
                "superseded_at": _when(v.superseded_at),
                "paragraphs": v.paragraphs,
                "changes": v.changes.as_dict() if v.changes else None,
                "gone": v.gone.as_dict(),
            }
            for v in rows
        ],
    }

    def human() -> str:
        lines = [f"{latest.title}  (document {latest.live_id})"]
        for v in rows:
            head = f"v{v.version}{' (latest)' if v.latest else ''}  {v.file}"
            head += f"  {_when(v.imported_at) or '-'} by {v.imported_by or '-'}"
            head += f"  {v.paragraphs} ¶"
            if v.changes:
                head += f"  — {v.changes.describe()}"
            lines.append(head)
            if v.gone:
                lines.append(f"    {v.gone.describe()}")
        return "\n".join(lines)

    out.emit(data, human)
    return 0


def _runs(p: DiffParagraph) -> list[dict]:
    return [{"op": op, "text": text} for op, text in p.words]


def _marked(p: DiffParagraph) -> str:
    return "".join(
        text if op == "equal" else f"[-{text}-]" if op == "delete" else f"{{+{text}+}}"
        for op, text in p.words
    )


def cmd_diff(ws, args, out) -> int:
    d = ws.diff(args.document_id, args.from_version, args.to_version)
    data = {
        "document_id": d.document_id,
        "from": d.from_version,
        "to": d.to_version,
        "from_document_id": d.from_document_id,
        "to_document_id": d.to_document_id,
        "changes": d.changes.as_dict(),
        "paragraphs": [
            {
                "paragraph_id": p.paragraph_id,
                "seq": p.seq,
                "label": p.label,
                "kind": p.kind,
                "change": p.change,
                "previous_ids": list(p.previous_ids),
                "previous_labels": list(p.previous_labels),
                "changed_since_review": p.changed_since_review,
                "text": p.text,
                "words": _runs(p),
            }
            for p in d.paragraphs
        ],
        "removed": [
            {
                "paragraph_id": r.paragraph_id,
                "seq": r.seq,
                "label": r.label,
                "text": r.text,
                "notes": r.work.notes,
                "tags": r.work.tags,
                "links": r.work.links,
                "reviewed": r.work.reviewed,
            }
            for r in d.removed
        ],
    }

    def human() -> str:
        lines = [
            f"document {d.document_id}, version {d.from_version} → {d.to_version}: "
            f"{d.changes.describe()}"
        ]
        for p in d.paragraphs:
            if p.change == "unchanged":
                continue
            was = ", ".join(f"¶{label or '-'}" for label in p.previous_labels)
            mark = " (changed since reviewed)" if p.changed_since_review else ""
            head = f"¶{p.label or '-'} {p.change}" + (f" from {was}" if was else "") + mark
            lines.append(head)
            if p.words:
                lines.append("    " + _marked(p))
        for r in d.removed:
            work = r.work.describe("kept on it")
            lines.append(
                f"removed ¶{r.label or '-'}: {r.text[:80]}" + (f"  ({work})" if work else "")
            )
        return "\n".join(lines)

    out.emit(data, human)
    return 0


def _work(w: WorkCounts | None) -> dict | None:
    return w.as_dict() if w is not None else None


def import_json(r: ImportResult) -> dict:
    """The keys ``import`` adds for versions (null when the file made no new version)."""
    v = r.versioning
    return {
        "version": r.version,
        "version_of": r.version_of,
        "previous_document_id": v.previous_document_id if v else None,
        "changes": v.changes.as_dict() if v else None,
        "followed": _work(v.followed if v else None),
        "gone": _work(v.gone if v else None),
        "changed_since_review": v.changed_since_review if v else 0,
    }


def import_words(r: ImportResult) -> str:
    """' as version 2 (15 unchanged, 1 edited; …)' for the human line of ``import``."""
    v = r.versioning
    if v is None:
        return ""
    parts = [v.changes.describe()]
    if v.followed:
        parts.append(v.followed.describe("followed their paragraphs"))
    if v.changed_since_review:
        n = v.changed_since_review
        parts.append(f"{n} paragraph{'s' if n != 1 else ''} changed since reviewed")
    if v.gone:
        parts.append(v.gone.describe())
    return f", version {v.version} ({'; '.join(parts)})"
