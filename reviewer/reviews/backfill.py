"""The migration's data step: reviews for what an existing workspace holds."""

from reviewer.reviews.book import backfill

__all__ = ["backfill"]
