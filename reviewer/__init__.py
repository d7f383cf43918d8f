"""UPR Reviewer core: ingest, citations, registry, storage and the workspace API.

Nothing in this package imports Qt; the desktop program in ``ui`` builds on it.
"""

import logging

__version__ = "0.1.0"

# The core logs program errors it contains (a parser bug on one file of a batch) to
# the "reviewer" logger; the window sends them to crash.log, a script may attach
# its own handler, and nothing is printed otherwise.
logging.getLogger("reviewer").addHandler(logging.NullHandler())
