"""The search's stemmers (snowballstemmer: every language's, about 20 ms to import)
are imported when a search first needs one, not when the window starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
import ui.main_window
import reviewer.workspace
at_start = "snowballstemmer" in sys.modules
from reviewer.storage.fts_stems import same_word
from reviewer.suggest.terms import term
forms = [same_word("en", "rights", "right"), same_word("fr", "droits", "droit"), term("ratification")]
print("RESULT " + json.dumps([at_start, "snowballstemmer" in sys.modules, forms]))
"""


def test_the_window_module_does_not_import_the_stemmers():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    line = next(x for x in proc.stdout.splitlines() if x.startswith("RESULT "))
    at_start, after, forms = json.loads(line[len("RESULT ") :])
    assert at_start is False  # the window and the workspace's modules: no stemmer
    assert after is True and forms == [True, True, "ratif"]  # the first use imports them
