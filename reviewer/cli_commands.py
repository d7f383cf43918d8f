"""The command line's commands: each takes the open workspace, the parsed
arguments and the output, and returns the exit status.

JSON keys here are a public interface: add, never rename.
"""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path

from reviewer.cli_output import PROG
from reviewer.workspace import HIT_END, HIT_START, CitationKind, NotFound, predecessor_line


def cmd_import(ws, args, out) -> int:
    done, failed = ws.import_files([Path(f) for f in args.files], encoding=args.encoding)
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
            }
            for r in done
        ],
        "errors": [_import_error(f) for f in failed],
    }

    def human():
        lines = []
        for r in done:
            what = (
                f"{r.recommendations} recommendations"
                if r.recommendations
                else f"{r.paragraphs} paragraphs, {r.footnotes} footnotes, {r.links} links"
            )
            dup = " (already in the workspace; not imported again)" if r.duplicate else ""
            lines.append(f"imported {r.file} → document {r.document_id}: {what}{dup}")
        return "\n".join(lines)

    out.emit(data, human)
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
    detail = ws.document(args.id)
    if detail is None:
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
        "paragraphs": [
            {
                "id": p.id,
                "seq": p.seq,
                "label": p.label,
                "kind": p.kind,
                "text": p.text,
                "page_start": p.page_start,
                "page_end": p.page_end,
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
                "unresolved": [
                    c.number
                    for c in p.citations
                    if not c.resolved and c.kind != CitationKind.SHORT_PARA
                ],
            }
            for p in detail.paragraphs
        ],
        "footnotes": [
            {"marker": f.marker, "text": f.text, "page": f.page} for f in detail.footnotes
        ],
    }

    def human():
        lines = [f"{d.title}  ({d.kind}, {d.file})"]
        for p in detail.paragraphs:
            head = f"[{p.label}] " if p.label else ""
            links = ", ".join(f"{lk.symbol} {lk.number}" for lk in p.links)
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


def _rec_json(r) -> dict:
    return {
        "symbol": r.symbol,
        "number": r.number,
        "text": r.text,
        "states": list(r.states),
        "position": r.position,
        "themes": [{"code": c, "name": n} for c, n in r.themes],
        "affected_persons": list(r.affected_persons),
        "paragraph_count": r.paragraph_count,
        "position_source": r.position_source,
        "comment": r.comment,
        "review": r.review,
        "state": r.state_under_review,
        "conflict": r.conflict,
    }


def cmd_recommendations(ws, args, out) -> int:
    cited = True if args.cited else False if args.uncited else None
    rows = ws.recommendations(
        symbol=args.symbol,
        state=args.state,
        position=args.position,
        theme=args.theme,
        text_contains=args.text,
        cited=cited,
        review=args.review,
        responds_to=args.responds_to,
    )
    out.emit(
        [_rec_json(r) for r in rows],
        lambda: (
            "\n".join(
                f"{r.symbol} {r.number:<8} {r.position:<10} {r.paragraph_count:>3} ¶  "
                f"{(r.text or '')[:70]} ({'; '.join(r.states)})"
                for r in rows
            )
            + f"\n{len(rows)} recommendations"
        ),
    )
    return 0


def cmd_recommendation(ws, args, out) -> int:
    detail = ws.recommendation(args.symbol, args.number)
    if detail is None:
        raise NotFound(f"no recommendation {args.symbol} {args.number} in the workspace")
    data = _rec_json(detail.recommendation)
    data["paragraphs"] = [
        {
            "document_id": c.document_id,
            "document": c.document_title,
            "paragraph_id": c.paragraph_id,
            "label": c.label,
            "text": c.text,
            "origin": c.origin,
            "status": c.status,
        }
        for c in detail.paragraphs
    ]
    data["sources"] = list(detail.sources)
    earlier = ws.predecessors(detail.recommendation.id)
    data["predecessors"] = [_predecessor_json(p) for p in earlier]

    def human():
        r = detail.recommendation
        lines = [f"{r.symbol} {r.number} ({r.position}) {r.text or ''} ({'; '.join(r.states)})"]
        for c in detail.paragraphs:
            lines.append(f"  {c.document_title} ¶{c.label or '-'}: {c.text[:100]}")
        lines += [f"  [{p.id}] {predecessor_line(p)}" for p in earlier if p.status != "rejected"]
        return "\n".join(lines)

    out.emit(data, human)
    return 0


def _predecessor_json(p) -> dict:
    """{"symbol", "number", "score", "status"} and more of a likely predecessor."""
    return {
        "id": p.id,
        "symbol": p.symbol,
        "number": p.number,
        "score": p.score,
        "status": p.status,
        "cycle": p.cycle,
        "review": p.review,
        "states": list(p.states),
        "position": p.position,
        "reason": p.reason,
        "decided_by": p.decided_by,
    }


def cmd_predecessors(ws, args, out) -> int:
    """List a recommendation's likely predecessors, decide on one, or suggest afresh."""
    if args.action == "suggest":
        n = ws.suggest_predecessors(args.review)
        out.emit({"review": args.review, "suggestions": n}, f"{args.review}: {n} suggestions")
        return 0
    if args.action in ("confirm", "reject", "reset"):
        status = {"confirm": "confirmed", "reject": "rejected", "reset": "suggested"}[args.action]
        before = ws.set_predecessor_status(args.id, status)
        out.emit(
            {"id": args.id, "status": status, "previous": before},
            f"predecessor {args.id}: {status} (was {before})",
        )
        return 0
    detail = ws.recommendation(args.symbol, args.number)
    if detail is None:
        raise NotFound(f"no recommendation {args.symbol} {args.number} in the workspace")
    rows = ws.predecessors(detail.recommendation.id)
    out.emit(
        [_predecessor_json(p) for p in rows],
        lambda: (
            "\n".join(
                f"[{p.id}] {p.status:<9} {p.score or 0:.2f} {p.symbol} {p.number}: "
                f"{predecessor_line(p)} ({p.reason})"
                for p in rows
            )
            or "no predecessors"
        ),
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


def _review_json(r) -> dict:
    return {
        "review": r.review,
        "state": r.state_name,
        "iso3": r.state,
        "cycle": r.cycle,
        "session": r.session,
        "year": r.year,
        "reports": list(r.reports),
        "responses": list(r.responses),
        "documents": r.documents,
        "recommendations": r.recommendations,
        "links": r.links,
        "uncertain": r.uncertain,
        "responds_to": r.previous,
        "label": r.label,
        "dated_by": r.dated_by,
    }


def cmd_reviews(ws, args, out) -> int:
    rows = ws.reviews()
    out.emit(
        [_review_json(r) for r in rows],
        lambda: (
            "\n".join(
                f"{r.review:<7} {r.label:<34} {', '.join(r.reports) or '(report not imported)':<24}"
                f" {r.documents:>3} documents {r.recommendations:>4} recommendations"
                f" {r.links:>4} links" + (f"  ({r.uncertain} unsure)" if r.uncertain else "")
                for r in rows
            )
            or "no reviews"
        ),
    )
    return 0


def _short_json(sn) -> dict:
    return {
        "document_id": sn.document_id,
        "short_numbers": sn.count,
        "unresolved": sn.unresolved,
        "report": sn.report,
        "report_from": sn.report_from,
        "readings": [r for r, _ in sn.readings],
        "reading": sn.chosen,
        "reason": sn.reason,
    }


def cmd_review(ws, args, out) -> int:
    doc_id = args.document_id
    if args.review_action == "set":
        code = None if args.review == "-" else args.review
        before = ws.set_document_review(doc_id, code)
        now = ws.document_review(doc_id)
        data = {
            "document_id": doc_id,
            "review": now.review,
            "previous": before.review,
            **_short_json(ws.short_numbers(doc_id)),
        }
        out.emit(
            data,
            f"document {doc_id}: review {now.review or 'none'} (was {before.review or 'none'})",
        )
        return 0
    if args.review_action == "reading":
        reading = None if args.reading == "-" else args.reading
        ws.set_short_reading(doc_id, reading)
    where = ws.document_review(doc_id)
    sn = ws.short_numbers(doc_id)
    data = {
        "document_id": doc_id,
        "review": where.review,
        "review_status": where.status,
        "review_reason": where.reason,
        **_short_json(sn),
    }

    def human() -> str:
        lines = [
            f"document {doc_id}: review {where.review or 'none'} ({where.status}: {where.reason})"
        ]
        if sn.count:
            lines.append(
                f"{sn.count} short numbers, {sn.unresolved} unresolved; read against "
                f"{sn.report or 'no report yet'}"
                + (f" ({sn.report_from})" if sn.report_from else "")
            )
            for r, label in sn.readings:
                lines.append(f"  {'*' if r == sn.chosen else ' '} {r:<8} {label}")
            if sn.reason:
                lines.append(sn.reason)
        return "\n".join(lines)

    out.emit(data, human)
    return 0


def cmd_link(ws, args, out) -> int:
    row = ws.link(args.paragraph, args.symbol, args.number)
    out.emit(asdict(row), f"paragraph {args.paragraph} → {row.symbol} {row.number}")
    return 0


def cmd_tag(ws, args, out) -> int:
    if args.action == "list":
        rows = ws.tags()
        out.emit(
            [
                {"id": t.id, "name": t.name, "colour": t.colour, "paragraphs": t.paragraphs}
                for t in rows
            ],
            lambda: "\n".join(f"{t.name} ({t.paragraphs})" for t in rows) or "no tags",
        )
        return 0
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


def _note_json(n) -> dict:
    return {
        "id": n.id,
        "paragraph_id": n.paragraph_id,
        "text": n.body,
        "author": n.author,
        "created": n.created_at.isoformat(timespec="seconds"),
        "updated": n.updated_at.isoformat(timespec="seconds"),
    }


def cmd_note(ws, args, out) -> int:
    if args.action == "add":
        n = ws.add_note(args.paragraph, args.text)
        out.emit(_note_json(n), f"note {n.id} added to paragraph {n.paragraph_id}")
        return 0
    rows = ws.notes(args.paragraph)
    out.emit(
        [_note_json(n) for n in rows],
        lambda: (
            "\n".join(f"{n.id} ¶{n.paragraph_id} {n.author}: {n.body}" for n in rows) or "no notes"
        ),
    )
    return 0


def _cmd_export(ws, args, out) -> int:
    from reviewer.cli_export import cmd_export

    return cmd_export(ws, args, out)


def _cmd_backup(ws, args, out) -> int:
    from reviewer.cli_backup import cmd_backup

    return cmd_backup(ws, args, out)


def _cmd_coverage(ws, args, out) -> int:
    from reviewer.cli_coverage import cmd_coverage

    return cmd_coverage(ws, args, out)


COMMANDS = {
    "import": cmd_import,
    "documents": cmd_documents,
    "document": cmd_document,
    "set-report": cmd_set_report,
    "recommendations": cmd_recommendations,
    "recommendation": cmd_recommendation,
    "predecessors": cmd_predecessors,
    "search": cmd_search,
    "reviews": cmd_reviews,
    "review": cmd_review,
    "link": cmd_link,
    "tag": cmd_tag,
    "note": cmd_note,
    "export": _cmd_export,
    "backup": _cmd_backup,
    "coverage": _cmd_coverage,
}
