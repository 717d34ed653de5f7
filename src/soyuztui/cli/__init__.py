"""The command line: the parser (`parser.py`) and one module per command."""

from soyuztui.cli.commands import main

__all__ = ["main"]
