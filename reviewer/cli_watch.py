"""``watch FILE``: import a draft again each time its writer saves it.

The first look imports the file (a new version of the document of the same file name
when there is one, as any import does); then every save that leaves other bytes in
the file is imported again, as the document's next version, so the reviewers' work
follows its paragraphs.  Saves by Word and LibreOffice (a temporary file renamed over
the document, lock files beside it) are told apart from half-written files
(``reviewer.watching``).  Ctrl+C stops; ``--max-imports`` and ``--timeout`` end it
too (for scripts and tests).

With ``--json`` each import is one JSON line:
``{"event": "imported", "file", "document_id", "version", "paragraphs", "duplicate"}``,
a failure ``{"event": "failed", "file", "error"}`` (the watch goes on).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def add_watch_parser(sub) -> None:
    s = sub.add_parser(
        "watch",
        help="import a draft again (as its document's next version) each time it is saved",
    )
    s.add_argument("file", metavar="FILE")
    s.add_argument("--interval", type=float, default=0.5, help="seconds between looks (0.5)")
    s.add_argument(
        "--settle", type=float, default=1.0, help="seconds a save must rest before reading (1)"
    )
    s.add_argument("--max-imports", type=int, help="stop after this many imports")
    s.add_argument("--timeout", type=float, help="stop after this many seconds")


def cmd_watch(ws, args, out) -> int:
    from reviewer.workspace import DraftWatch, digest

    path = Path(args.file)
    if not path.exists():
        out.error(f"{path}: no such file")
        return 1
    watch = DraftWatch(path, known=None, settle=args.settle)
    start = time.monotonic()
    imports = failures = 0
    if not args.json:
        print(f"watching {path} (Ctrl+C stops)", file=sys.stderr, flush=True)
    try:
        while True:
            changed = watch.poll()
            if changed is not None:
                ok = _import(ws, path, out, args.json)
                watch.imported(changed if ok else digest(path) or changed)
                imports += ok
                failures += not ok
                if args.max_imports is not None and imports >= args.max_imports:
                    break
            if args.timeout is not None and time.monotonic() - start >= args.timeout:
                break
            time.sleep(args.interval)
    except KeyboardInterrupt:
        pass
    return 1 if failures and not imports else 0


def _import(ws, path: Path, out, as_json: bool) -> bool:
    from reviewer.workspace import ReviewerError

    try:
        r = ws.import_file(path)
    except (ReviewerError, OSError) as exc:
        _say(as_json, {"event": "failed", "file": str(path), "error": str(exc)}, f"{exc}")
        return False
    version = getattr(r, "version", None)
    line = {
        "event": "imported",
        "file": str(path),
        "document_id": r.document_id,
        "version": version,
        "paragraphs": r.paragraphs,
        "duplicate": r.duplicate,
    }
    words = f"{time.strftime('%H:%M:%S')} {path.name} → document {r.document_id}"
    if version:
        words += f", version {version}"
    words += f": {r.paragraphs} paragraphs" + (" (unchanged)" if r.duplicate else "")
    _say(as_json, line, words)
    return True


def _say(as_json: bool, data: dict, text: str) -> None:
    print(json.dumps(data, ensure_ascii=False) if as_json else text, flush=True)
