"""Benchmark-only launcher: start an app headless, exit as soon as its first frame is drawn.

    python benchmarks/launch.py soyuz   # the real CLI entry, default mission
    python benchmarks/launch.py bare    # a bare Textual app: Header, Static, Footer
    python benchmarks/launch.py bare --stay   # no hook: run until `q` (for the idle benchmark)
    python benchmarks/launch.py peer "from toolong.ui import UI; UI(['x.log']).run()"   # a peer app

Both sides get the same hook, installed the same way before either app exists:
`App.run` is made headless at a fixed size, and a message hook exits the app when
Textual posts `events.Ready` — which the screen posts right after its first
compositor refresh, i.e. once the first frame has been drawn. No product code
knows about this; the soyuz side goes through `soyuztui.cli.main` unchanged.
"""

from __future__ import annotations

import sys
import time

SIZE = (120, 40)
FIRST_FRAME_TAG = "first-frame-at"


def _install_first_frame_exit() -> None:
    from textual import events
    from textual._context import message_hook
    from textual.app import App

    original_run = App.run

    def run_headless(self: App, *args: object, **kwargs: object) -> object:
        def exit_on_first_frame(message: object) -> None:
            if isinstance(message, events.Ready):
                # The wall-clock moment of the first frame, for the parent to subtract
                # its spawn time from (it reads this line from stderr).
                print(f"{FIRST_FRAME_TAG} {time.time()!r}", file=sys.stderr, flush=True)
                self.exit()

        message_hook.set(exit_on_first_frame)
        kwargs.update(headless=True, size=SIZE)
        return original_run(self, *args, **kwargs)  # type: ignore[arg-type]

    App.run = run_headless  # type: ignore[method-assign]


def _bare() -> int:
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Static

    class BareApp(App[None]):
        BINDINGS = [("q", "quit", "Quit")]  # noqa: RUF012

        def compose(self) -> ComposeResult:
            yield Header()
            yield Static("Hello from a bare Textual app.")
            yield Footer()

    BareApp().run()
    return 0


def _soyuz() -> int:
    from importlib import import_module

    # The module, not the package's `main` function of the same name.
    cli = import_module("soyuztui.cli.commands")
    if "--stay" not in sys.argv:
        # Headless here on purpose (App.run is patched): the no-terminal refusal is not for us.
        cli._has_terminal = lambda: True
    return int(cli.main([]))


def _peer() -> int:
    """Another Textual app (bench_peers.py): the Python statement after `peer` starts it."""
    exec(sys.argv[2], {"__name__": "__peer__"})
    return 0


def main() -> int:
    """Run the side named on the command line."""
    side = sys.argv[1] if len(sys.argv) > 1 else "soyuz"
    if "--stay" not in sys.argv:
        _install_first_frame_exit()
    return {"bare": _bare, "soyuz": _soyuz, "peer": _peer}[side]()


if __name__ == "__main__":
    raise SystemExit(main())
