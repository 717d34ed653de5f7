"""soyuz-tui: a terminal dashboard for a crewed space mission, built from news articles."""

__version__ = "0.1.0"
