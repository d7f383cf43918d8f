"""The workspace's parts imported and made on first use.

``from reviewer.workspace import …`` imports only the names asked for; ``Workspace``
makes each service (and imports its module) the first time it is used, once, whichever
thread asks first.  Module lists are asked of a fresh interpreter, so what an earlier
test imported cannot hide anything.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import reviewer.workspace as facade
from tests.core.test_startup import _heavy

ROOT = Path(__file__).resolve().parents[2]

# what listing a workspace's reviews and documents never needs
NOT_FOR_A_LISTING = (
    "reviewer.check",
    "reviewer.suggest",
    "reviewer.versions",
    "reviewer.export",
    "reviewer.workspace.checks",
    "reviewer.workspace.merge",
    "reviewer.workspace.team",
    "reviewer.workspace.transfer",
    "reviewer.workspace.suggestions",
    "reviewer.workspace.numbering",
    "reviewer.workspace.continuity",
    "reviewer.workspace.documents_admin",
)

LIST_THEN_CHECK = """
import json, sys
from reviewer.workspace import Workspace
ws = Workspace.open(sys.argv[1], author="lazy")
listed = {"reviews": len(ws.reviews()), "documents": len(ws.documents())}
after_listing = sorted(sys.modules)
report = ws.check_document(ws.documents()[0].id)
ws.close()
print(json.dumps({"listed": listed, "after_listing": after_listing,
                  "after_check": sorted(sys.modules), "findings": len(report.findings)}))
"""


def test_listing_a_workspace_imports_none_of_the_rest(tmp_path, fixtures):
    from reviewer.workspace import Workspace

    path = tmp_path / "w.sqlite"
    with Workspace.open(path, author="setup") as ws:
        ws.import_file(fixtures / "cango" / "cango-upr4-submission.md")
    proc = subprocess.run(
        [sys.executable, "-c", LIST_THEN_CHECK, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert got["listed"]["documents"] == 1
    assert _heavy(got["after_listing"], NOT_FOR_A_LISTING) == []
    # the draft check, asked for, comes with its modules: nothing was left out
    assert "reviewer.workspace.checks" in got["after_check"]
    assert "reviewer.check" in got["after_check"]
    assert got["findings"] >= 0


def test_every_name_of_the_facade_is_the_one_of_its_module():
    import importlib

    assert set(facade.__all__) <= set(dir(facade))
    for name in facade.__all__:
        module, attr = facade._WHERE[name]
        assert getattr(facade, name) is getattr(importlib.import_module(module), attr), name
    assert facade.rows is importlib.import_module("reviewer.workspace.rows")  # a submodule
    with pytest.raises(AttributeError, match="no attribute 'Nonesuch'"):
        facade.Nonesuch  # noqa: B018
    with pytest.raises(ImportError):
        from reviewer.workspace import Nonesuch  # noqa: F401


def test_a_service_is_made_once_whichever_thread_asks_first(tmp_path):
    from reviewer.workspace import Workspace

    with Workspace.open(tmp_path / "w.sqlite", author="lazy") as ws:
        assert "suggestions" not in vars(ws)
        start = threading.Barrier(8)
        seen: list[object] = []

        def ask() -> None:
            start.wait()
            seen.append(ws.suggestions)

        threads = [threading.Thread(target=ask) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(seen) == 8 and all(s is seen[0] for s in seen)
        assert vars(ws)["suggestions"] is seen[0]  # kept: later lookups skip the descriptor
        # a service made with another shares it
        assert ws.passages_.review is ws.review


def test_forwarded_methods_keep_their_docstrings_once_their_service_is_used(tmp_path):
    from reviewer.workspace import Workspace
    from reviewer.workspace.queries import Queries

    with Workspace.open(tmp_path / "w.sqlite", author="lazy") as ws:
        ws.documents()
        assert Workspace.search.__doc__ == Queries.search.__doc__  # through ``settled`` too
        assert Workspace.documents.__doc__ == Queries.documents.__doc__
