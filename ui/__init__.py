"""The UPR Reviewer desktop window (PySide6) over the ``reviewer`` workspace API."""

from ui._refcount_fix import pin_singletons

pin_singletons()  # before any Qt call: see ui/_refcount_fix.py
