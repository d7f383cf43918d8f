"""Dialogs of the review window (workspace files, help; the Word brief export)."""
