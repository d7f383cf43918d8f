"""The command line's suggestion commands: ``suggest`` (rank and store suggestions for
a document's paragraphs) and ``link accept|reject`` (decide one).

JSON keys here are a public interface: add, never rename.
"""

from __future__ import annotations


def add_suggest_parser(sub) -> None:
    s = sub.add_parser(
        "suggest",
        help="suggest, for each paragraph of a document, the recommendations of its "
        "review's registry it speaks to without citing them (stored as 'suggested' links)",
    )
    s.add_argument("--document", type=int, required=True, dest="document_id")
    s.add_argument("--top", type=int, default=5, help="suggestions per paragraph (default 5)")


def cmd_suggest(ws, args, out) -> int:
    found = ws.suggest(args.document_id, top=args.top)
    payload = [
        {
            "paragraph_id": ps.paragraph_id,
            "label": ps.label,
            "suggestions": [
                {
                    "symbol": sg.symbol,
                    "number": sg.number,
                    "score": sg.score,
                    "matched": list(sg.matched),
                    "text": sg.text,
                }
                for sg in ps.suggestions
            ],
        }
        for ps in found
    ]

    def text() -> str:
        lines = []
        for ps in found:
            if not ps.suggestions:
                continue
            lines.append(f"¶ {ps.label or ps.paragraph_id} (paragraph id {ps.paragraph_id})")
            for sg in ps.suggestions:
                lines.append(
                    f"   {sg.symbol} {sg.number:<8} {sg.score:6.2f}  {', '.join(sg.matched)}"
                )
        n = sum(len(ps.suggestions) for ps in found)
        with_any = sum(1 for ps in found if ps.suggestions)
        lines.append(f"{n} suggestions for {with_any} of {len(found)} paragraphs")
        return "\n".join(lines)

    out.emit(payload, text)
    return 0


def cmd_link_decision(ws, args, out) -> int:
    """``link accept|reject --paragraph ID SYMBOL NUMBER``."""
    from dataclasses import asdict

    action, symbol, number = args.words
    d = ws.decide_link(args.paragraph, symbol, number, accept=action == "accept")
    row = asdict(d.link)
    row["before"] = d.before
    verb = "accepted" if action == "accept" else "rejected"
    out.emit(row, f"paragraph {args.paragraph} → {d.link.symbol} {d.link.number}: {verb}")
    return 0
