"""The command line's review and recommendation commands (``reviews``, ``review``,
``numbering``, ``recommendations``, ``recommendation``, ``predecessors``): each takes the open
workspace, the parsed arguments and the output, and returns the exit status.

JSON keys here are a public interface: add, never rename.
"""

from __future__ import annotations

from reviewer.workspace import NotFound, as_data, predecessor_line


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
        "texts": dict(r.texts),  # {"en": …, "fr": …}: the text in each language's edition
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
        for c in detail.citing:
            lines.append(f"  {c.document_title} ¶{c.label or '-'}: {c.text[:100]}")
        if detail.suggested:
            lines.append(f"  (suggested for {detail.suggested} more paragraphs)")
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
        "reason_fact": as_data(sn.reason),
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
                lines.append(f"  {'*' if r == sn.chosen else ' '} {r:<13} {label}")
            if sn.reason:
                lines.append(sn.reason)
        return "\n".join(lines)

    out.emit(data, human)
    return 0


def _candidate_json(c) -> dict:
    return {
        "index": c.index,
        "reading": c.reading,
        "label": c.label,
        "landed": c.landed,
        "total": c.total,
        "share": c.share,
        "evidence": list(c.evidence),
        "label_fact": as_data(c.label),
        "evidence_facts": [as_data(e) for e in c.evidence],
    }


def cmd_numbering(ws, args, out) -> int:
    """The orders a document's short numbers may follow, with their evidence; --accept N
    reads them through candidate N (the links are "inferred")."""
    doc_id = args.document_id
    p = ws.numbering(doc_id)
    data = {
        "document_id": doc_id,
        "report": p.report,
        "accepted": p.accepted,
        "proposed": p.proposed,
        "reason": p.reason,
        "reason_fact": as_data(p.reason),  # its key and arguments (None: none)
        "candidates": [_candidate_json(c) for c in p.candidates],
    }
    if args.accept is not None:
        previous = ws.accept_numbering(doc_id, args.accept)
        chosen = p.candidates[args.accept]
        linked = [
            (para.label, lk.number)
            for para in ws.document(doc_id).paragraphs
            for lk in para.links
            if lk.origin == "inferred" and lk.status == "confirmed"
        ]
        data.update(
            accepted=chosen.reading,
            previous=previous,
            linked=[{"paragraph": label, "number": number} for label, number in linked],
        )
        numbers = ", ".join(number for _, number in linked[:20])
        more = f" … ({len(linked)} in all)" if len(linked) > 20 else ""
        out.emit(
            data,
            f"document {doc_id}: short numbers read as {chosen.label} "
            f"(was {previous or 'none'}); {len(linked)} links: {numbers}{more}\n"
            f"undo: review reading --document {doc_id} {previous or '-'}",
        )
        return 0

    def human() -> str:
        lines = [f"document {doc_id}: short numbers read against {p.report or 'no report yet'}"]
        if p.accepted:
            lines.append(f"accepted: {p.accepted_label} ({p.accepted})")
        elif p.direct and p.candidates:
            lines.append("they read directly (one run of numbers) unless another order is accepted")
        for c in p.candidates[:10]:
            mark = "→" if c.index == p.proposed else " "
            lines.append(
                f"{mark} [{c.index}] {c.reading:<14} {c.landed:>3} of {c.total:<3} {c.label}"
            )
            if c.index == p.proposed or c.index == 0:
                lines += [f"        {e}" for e in c.evidence]
        if len(p.candidates) > 10:
            lines.append(f"  … {len(p.candidates) - 10} more (--json lists them all)")
        if p.reason:
            lines.append(p.reason)
        if p.proposed is not None:
            lines.append(f"accept it: numbering --document {doc_id} --accept {p.proposed}")
        return "\n".join(lines)

    out.emit(data, human)
    return 0
