"""Verifying evidence: locating excerpts in their articles and checking the values they state."""
