"""The panes of the review window; each reads through the Session and pushes commands."""
