"""The command line's commands: each takes the open workspace, the parsed
arguments and the output, and returns the exit status.

JSON keys here are a public interface: add, never rename.
"""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path

from reviewer.cli_documents import (
    cmd_document_edit,
    cmd_document_remove,
    import_keys,
    import_line,
    warn_same_text,
)
from reviewer.cli_output import PROG
from reviewer.cli_passages import (
    BAD_USAGE,
    cmd_note_add_or_list,
    note_json,
    passage_json,
    passage_span,
    passage_tag,
)
from reviewer.cli_reviews import (
    cmd_numbering,
    cmd_predecessors,
    cmd_recommendation,
    cmd_recommendations,
    cmd_review,
    cmd_reviews,
)
from reviewer.cli_transfer import cmd_copy, cmd_merge
from reviewer.cli_versions import cmd_diff, cmd_versions, import_json, import_words
from reviewer.workspace import HIT_END, HIT_START, CitationKind, NotFound


def cmd_import(ws, args, out) -> int:
    done, failed = ws.import_files(
        [Path(f) for f in args.files],
        encoding=args.encoding,
        as_version_of=args.as_version_of,
        new_document=args.new_document,
        if_same_text="skip" if args.skip_same_text else "import",
    )
    data = {
        "imported": [
            {
                "document_id": r.document_id,
                "title": r.title,
                "file": r.file,
                "paragraphs": r.paragraphs,
                "footnotes": r.footnotes,
                "links": r.links,
                "duplicate": r.duplicate,
                "kind": r.kind,
                "recommendations": r.recommendations,
                # a registry document: its language, and the positions it gives that
                # disagree with the registry's (reported, not taken)
                "language": r.language,
                "disagreements": list(r.disagreements),
            }
            | import_json(r)
            | import_keys(r)
            for r in done
        ],
        "errors": [_import_error(f) for f in failed],
    }

    def human():
        lines = []
        for r in done:
            line = import_line(r)
            if line is not None:
                lines.append(line)
                continue
            what = (
                f"{r.recommendations} recommendations"
                if r.recommendations
                else f"{r.paragraphs} paragraphs, {r.footnotes} footnotes, {r.links} links"
            )
            lines.append(f"imported {r.file} → document {r.document_id}{import_words(r)}: {what}")
        return "\n".join(lines)

    out.emit(data, human)
    warn_same_text(done)
    for r in done:
        for line in r.disagreements:
            print(f"{PROG}: warning: {r.file}: {line}", file=sys.stderr)
    for f in failed:
        print(f"{PROG}: error: {f.file}: {f.error}", file=sys.stderr)
    return 1 if failed else 0


def _import_error(f) -> dict:
    """{"file", "error"}, and "encodings" (to retry with --encoding) when it was unclear."""
    entry = {"file": f.file, "error": f.error}
    if f.encodings:
        entry["encodings"] = [name for name, _ in f.encodings]
    return entry


def cmd_documents(ws, args, out) -> int:
    rows = ws.documents(review=args.review)
    data = [
        {
            "id": d.id,
            "title": d.title,
            "organisation": d.organisation,
            "kind": d.kind,
            "file": d.file,
            "paragraphs": d.paragraphs,
            "reviewed": d.reviewed,
            "symbol": d.symbol,
            "review": d.review,
            "review_status": d.review_status,
            "version": d.version,
        }
        for d in rows
    ]
    out.emit(
        data,
        lambda: (
            "\n".join(
                f"{d.id:>4}  {d.review or '-':<6}{'?' if d.review_status == 'uncertain' else ' '} "
                f"{d.kind:<15} {d.paragraphs:>5} ¶  {d.title}"
                for d in rows
            )
            or "no documents"
        ),
    )
    return 0


def cmd_document(ws, args, out) -> int:
    detail = ws.document(args.id, version=args.doc_version)
    if detail is None:
        if args.doc_version is not None and ws.get_document(args.id) is not None:
            raise NotFound(f"document {args.id} has no version {args.doc_version}")
        raise NotFound(f"no document with id {args.id}")
    d = detail.document
    data = {
        "id": d.id,
        "title": d.title,
        "kind": d.kind,
        "organisation": d.organisation,
        "file": d.file,
        "symbol": d.symbol,
        "report_symbol": d.report_symbol,
        "pages": d.pages,
        "review": d.review,
        "review_status": d.review_status,
        "review_reason": d.review_reason,
        "version": d.version,
        "version_of": d.version_of,
        "superseded_at": d.superseded_at.isoformat(timespec="seconds") if d.superseded_at else None,
        "source_path": d.source_path,
        "paragraphs": [
            {
                "id": p.id,
                "seq": p.seq,
                "label": p.label,
                "kind": p.kind,
                "text": p.text,
                "page_start": p.page_start,
                "page_end": p.page_end,
                "boxes": [list(b) for b in p.boxes],
                "reviewed": p.reviewed,
                "links": [
                    {
                        "symbol": lk.symbol,
                        "number": lk.number,
                        "origin": lk.origin,
                        "status": lk.status,
                    }
                    for lk in p.links
                ],
                "footnotes": [f.marker for f in p.footnotes],
                "tags": [t.name for t in p.tags],
                "passages": [passage_json(x) for x in p.passages],
                "notes": [note_json(n) for n in p.notes],
                "unresolved": [
                    c.number
                    for c in p.citations
                    if not c.resolved and c.kind != CitationKind.SHORT_PARA
                ],
                "change": p.change,
                "previous_id": p.previous_id,
                "changed_since_review": p.changed_since_review,
            }
            for p in detail.paragraphs
        ],
        "footnotes": [
            {"marker": f.marker, "text": f.text, "page": f.page} for f in detail.footnotes
        ],
    }

    def human():
        version = f", version {d.version}" if d.version > 1 or d.version_of else ""
        lines = [f"{d.title}  ({d.kind}, {d.file}{version})"]
        for p in detail.paragraphs:
            head = f"[{p.label}] " if p.label else ""
            links = ", ".join(f"{lk.symbol} {lk.number}" for lk in p.links if not lk.proposal)
            lines.append(
                f"{p.id:>6} {p.kind:<9} {head}{p.text[:100]}" + (f"  → {links}" if links else "")
            )
        return "\n".join(lines)

    out.emit(data, human)
    return 0


def cmd_set_report(ws, args, out) -> int:
    symbol = None if args.symbol == "-" else args.symbol
    made = ws.set_document_report(args.document_id, symbol)
    out.emit(
        {"document_id": args.document_id, "report_symbol": symbol, "links": made},
        f"document {args.document_id}: {made} short references resolved",
    )
    return 0


def cmd_search(ws, args, out) -> int:
    hits = ws.search(args.query, limit=args.limit, document_id=args.document_id, review=args.review)

    def mark(s: str, a: str, b: str) -> str:
        return s.replace(HIT_START, a).replace(HIT_END, b)

    data = [
        {
            "document_id": h.document_id,
            "paragraph_id": h.paragraph_id,
            "label": h.label,
            "snippet": mark(h.snippet, "<mark>", "</mark>"),
            "score": round(h.score, 4),
            "document": h.document_title,
            "page_start": h.page_start,
            "page_end": h.page_end,
        }
        for h in hits
    ]
    out.emit(
        data,
        lambda: (
            "\n".join(
                f"{h.document_id}:{h.paragraph_id} ¶{h.label or '-'}  {mark(h.snippet, '[', ']')}"
                for h in hits
            )
            or "no matches"
        ),
    )
    return 0


def cmd_link(ws, args, out) -> int:
    """``link --paragraph ID SYMBOL NUMBER``, or ``link accept|reject --paragraph ID
    SYMBOL NUMBER`` (``reviewer.cli_suggest``)."""
    words = args.words
    if len(words) == 3 and words[0] in ("accept", "reject"):
        from reviewer.cli_suggest import cmd_link_decision

        return cmd_link_decision(ws, args, out)
    if len(words) != 2:
        out.error(f"{PROG} link: give SYMBOL NUMBER, or accept|reject SYMBOL NUMBER (see --help)")
        return 2
    row = ws.link(args.paragraph, words[0], words[1])
    out.emit(asdict(row), f"paragraph {args.paragraph} → {row.symbol} {row.number}")
    return 0


def cmd_tag(ws, args, out) -> int:
    from reviewer.cli_tags import HOUSEKEEPING, cmd_tag_housekeeping, tag_json

    if args.action in HOUSEKEEPING:
        return cmd_tag_housekeeping(ws, args, out)
    if args.action == "list":
        rows = ws.tags()

        def line(t) -> str:
            key = f"[{t.shortcut}] " if t.shortcut else "    "
            return f"{key}{'  ' if t.parent else ''}{t.name} ({t.paragraphs})"

        out.emit([tag_json(t) for t in rows], lambda: "\n".join(map(line, rows)) or "no tags")
        return 0
    span = passage_span(args, out)
    if span == BAD_USAGE:
        return 2
    if span:
        return passage_tag(ws, args, out, *span)
    if args.action == "add":
        changed = ws.add_tag(args.paragraph, args.name)
    else:
        changed = ws.remove_tag(args.paragraph, args.name)
    out.emit(
        {
            "paragraph_id": args.paragraph,
            "tag": args.name,
            "action": args.action,
            "changed": changed,
        },
        f"{args.action} tag {args.name!r} on paragraph {args.paragraph}"
        + ("" if changed else " (no change)"),
    )
    return 0


def cmd_note(ws, args, out) -> int:
    if args.action == "edit":
        from reviewer.cli_history import cmd_note_edit

        return cmd_note_edit(ws, args, out, note_json)
    return cmd_note_add_or_list(ws, args, out)


def _cmd_export(ws, args, out) -> int:
    from reviewer.cli_export import cmd_export

    return cmd_export(ws, args, out)


def _cmd_backup(ws, args, out) -> int:
    from reviewer.cli_backup import cmd_backup

    return cmd_backup(ws, args, out)


def _cmd_suggest(ws, args, out) -> int:
    from reviewer.cli_suggest import cmd_suggest

    return cmd_suggest(ws, args, out)


def _cmd_history(ws, args, out) -> int:
    from reviewer.cli_history import cmd_history

    return cmd_history(ws, args, out)


def _cmd_watch(ws, args, out) -> int:
    from reviewer.cli_watch import cmd_watch

    return cmd_watch(ws, args, out)


def _cmd_check(ws, args, out) -> int:
    from reviewer.cli_check import cmd_check

    return cmd_check(ws, args, out)


def _cmd_coverage(ws, args, out) -> int:
    from reviewer.cli_coverage import cmd_coverage

    return cmd_coverage(ws, args, out)


def _cmd_team(args, out) -> int:
    from reviewer.cli_team import cmd_team

    return cmd_team(args, out)


# commands that open the workspace themselves: (args, out) -> exit status
OWN_OPENING = {"team": _cmd_team}

COMMANDS = {
    "import": cmd_import,
    "documents": cmd_documents,
    "document": cmd_document,
    "document-remove": cmd_document_remove,
    "document-rename": cmd_document_edit,
    "document-edit": cmd_document_edit,
    "set-report": cmd_set_report,
    "recommendations": cmd_recommendations,
    "recommendation": cmd_recommendation,
    "predecessors": cmd_predecessors,
    "search": cmd_search,
    "reviews": cmd_reviews,
    "review": cmd_review,
    "numbering": cmd_numbering,
    "link": cmd_link,
    "tag": cmd_tag,
    "note": cmd_note,
    "export": _cmd_export,
    "backup": _cmd_backup,
    "coverage": _cmd_coverage,
    "suggest": _cmd_suggest,
    "versions": cmd_versions,
    "diff": cmd_diff,
    "check": _cmd_check,
    "watch": _cmd_watch,
    "history": _cmd_history,
    "copy": cmd_copy,
    "merge": cmd_merge,
}
