"""The Textual dashboard: `make_app` builds it (see app.py)."""
