"""Suggestions: which recommendations a paragraph that cites none speaks to."""
