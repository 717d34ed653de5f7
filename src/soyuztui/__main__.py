"""`python -m soyuztui` runs the same command line as `soyuz-tui`."""

from soyuztui.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
