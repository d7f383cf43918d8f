"""UPR Reviewer core: ingest, citations, registry, storage and the workspace API.

Nothing in this package imports Qt; the desktop program in ``ui`` builds on it.
"""

__version__ = "0.1.0"
