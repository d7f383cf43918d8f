"""``coverage --review CHN-4``: which recommendations a review's documents address.

Without ``--out`` it prints the coverage (``--json``: the figures and every list);
with ``--out FILE`` it writes a workbook (``.xlsx``) or the long table (``.csv``).
Lives apart from ``cli.py``, which only wires ``add_coverage_parser`` and
``cmd_coverage`` in.
"""

from __future__ import annotations

from pathlib import Path

from reviewer.cli_choices import COVERAGE_FORMATS, LANGUAGE_HELP, LANGUAGES


def add_coverage_parser(subparsers) -> None:
    s = subparsers.add_parser(
        "coverage",
        help="which recommendations a review's documents address (summary, JSON, XLSX, CSV)",
        description="The coverage of a review: its documents against the recommendations "
        "they respond to (CHN-4's against CHN-3's). A recommendation is addressed when a "
        "document has a confirmed link to it. Without --out: the summary and a table per "
        "document (--json: every figure and list). With --out: an XLSX workbook (summary, "
        "matrix, linked paragraphs, what nobody addressed) or the linked paragraphs as CSV.",
    )
    s.add_argument("--review", required=True, metavar="REVIEW", help="the review, e.g. CHN-4")
    s.add_argument(
        "--out",
        metavar="FILE",
        help="write the coverage to FILE: .xlsx (a workbook) or .csv (the long table)",
    )
    s.add_argument(
        "--format",
        choices=COVERAGE_FORMATS,
        dest="fmt",
        help="the file's format when its name does not tell (default: from the extension)",
    )
    s.add_argument("--language", choices=LANGUAGES, default="en", help=LANGUAGE_HELP)


def cmd_coverage(ws, args, out) -> int:
    from reviewer.workspace import BadInput

    if args.out:
        return _write(ws, args, out)
    if args.fmt:
        raise BadInput("--format is for a file: give --out FILE as well")
    cov = ws.coverage(args.review)  # NotFound, naming the reviews, for an unknown one
    review = ws.get_review(args.review)
    data = coverage_json(cov, review)

    def human() -> str:
        head = data["review"] + (f" · {review.label}" if review else "")
        if data["responds_to"]:
            head += f" — against {data['responds_to']}'s recommendations"
        lines = [head, data["summary"], ""]
        if not cov.documents:
            lines.append("no document of this review has paragraphs yet")
            return "\n".join(lines)
        lines.append(f"{'doc':>5}  {'addressed':>9}  {'suggested':>9}  document")
        for d, row in zip(cov.documents, data["by_document"], strict=True):
            name = d.organisation or d.title
            lines.append(
                f"{d.id:>5}  {len(row['cited']):>9}  {len(row['suggested']):>9}  {name[:70]}"
            )
        return "\n".join(lines)

    out.emit(data, human)
    return 0


def coverage_json(cov, review) -> dict:
    """The JSON of ``coverage --review R --json``; keys are only ever added."""
    from reviewer.workspace import LinkStatus

    return {
        "review": review.review if review else cov.review,
        "label": review.label if review else None,
        "responds_to": review.previous if review else None,
        "recommendations": len(cov.recommendations),
        "addressed": len(cov.addressed),
        "summary": cov.summary(),
        "by_document": [
            {
                "document_id": d.id,
                "title": d.title,
                "organisation": d.organisation,
                "cited": cov.cited_by(d.id),
                "suggested": cov.cited_by(d.id, LinkStatus.SUGGESTED),
            }
            for d in cov.documents
        ],
        "nobody": [r.number for r in cov.nobody],
        "by_theme": [
            {
                "theme": t.key,
                "name": t.name,
                "recommendations": t.recommendations,
                "addressed": t.addressed,
            }
            for t in cov.by_theme()
        ],
        "by_state": [
            {"state": t.key, "recommendations": t.recommendations, "addressed": t.addressed}
            for t in cov.by_state()
        ],
        "by_position": [
            {"position": t.key, "recommendations": t.recommendations, "addressed": t.addressed}
            for t in cov.by_position()
        ],
    }


def _write(ws, args, out) -> int:
    from reviewer.export import export_coverage

    summary = export_coverage(ws, Path(args.out), args.review, args.fmt, language=args.language)
    data = summary.as_dict()
    out.emit(
        data,
        lambda: (
            f"wrote {data['file']} ({data['format']}, {data['links']} linked paragraph"
            f"{'' if data['links'] == 1 else 's'}): {data['summary']}"
        ),
    )
    return 0
