"""Quotations and reported speech: finding them in articles and attributing them."""
