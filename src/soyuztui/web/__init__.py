"""Web mode: `soyuz-tui serve`, the dashboard in a browser through textual-serve."""
