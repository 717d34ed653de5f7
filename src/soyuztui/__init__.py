"""soyuz-tui: a terminal dashboard for a crewed space mission, built from news articles."""

__version__ = "0.1.0"

#: Set to 1 (or any value but 0 or empty) to neither read nor write the dossier cache.
#: Here, at the root, so the command line names it without importing the dossier.
NO_CACHE_ENV = "SOYUZ_NO_CACHE"
