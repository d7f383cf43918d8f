"""Reviews: one State's review in one cycle ("CHN-4"), the unit the UPR works in.

``detect`` tells a document's review from what it says; ``shortnum`` reads short
recommendation numbers against a report; ``book`` keeps reviews in the workspace.
"""
