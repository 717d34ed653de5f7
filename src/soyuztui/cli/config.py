"""The user's config file: defaults for the theme, the zone and the speed, and the theme chosen in the app.

`config.toml` in the user's config folder (platformdirs' `user_config_path("soyuz-tui")`:
`$XDG_CONFIG_HOME/soyuz-tui` or `~/.config/soyuz-tui` on Linux), for example:

    theme = "nord"
    tz = "mission"
    speed = 60

The command line overrides it. Every start reads it, so reading is cheap: on Linux the
folder is found by the XDG rule platformdirs applies there (a test holds the two equal),
without importing platformdirs; where there is no file, nothing more than a `stat` is
done. A bad file is one `file:line: message` and exit 1, as any bad input.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from soyuztui.dossier.errors import visible

APP_NAME = "soyuz-tui"
FILE_NAME = "config.toml"
KEYS: dict[str, type] = {"theme": str, "tz": str, "speed": float}
"""What the file may set, and the type of each: the run options of the same names."""
CONFIG_HELP = (
    f"{FILE_NAME} in the user's config folder (~/.config/{APP_NAME}/ on Linux), with any of "
    'theme = "nord", tz = "mission", speed = 60; the theme chosen in the app (Ctrl+P) is remembered there'
)


class ConfigError(Exception):
    """The config file cannot be read or holds a bad value: a `file:line: message` line."""


def config_dir() -> Path:
    """The user's config folder for the app (platformdirs' rule)."""
    if sys.platform.startswith("linux"):
        # platformdirs' Unix rule: an absolute $XDG_CONFIG_HOME, else ~/.config.
        xdg = os.environ.get("XDG_CONFIG_HOME", "").strip()
        return Path(xdg if os.path.isabs(xdg) else Path.home() / ".config") / APP_NAME
    import platformdirs

    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def config_file() -> Path:
    """Where the config file is (it may not exist)."""
    return config_dir() / FILE_NAME


def read_config(path: Path | None = None) -> dict[str, Any]:
    """The settings in the config file (none if there is no file); raises ConfigError on a bad one."""
    path = path or config_file()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as error:
        raise ConfigError(f"{visible(str(path))}:1: cannot read it: {error.strerror}") from None
    import tomllib

    shown = visible(str(path))
    try:
        table = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{shown}:1: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        line = getattr(error, "lineno", None) or _line_of(str(error))
        raise ConfigError(f"{shown}:{line}: {str(error).split(' (at ')[0]}") from None
    settings: dict[str, Any] = {}
    for key, value in table.items():
        line = _key_line(raw, key)
        wanted = KEYS.get(key)
        if wanted is None:
            raise ConfigError(f"{shown}:{line}: unknown setting {visible(key)!r}; known: {', '.join(KEYS)}")
        if wanted is float and isinstance(value, int | float) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, wanted):
            raise ConfigError(f"{shown}:{line}: {key} must be a {'number' if wanted is float else 'string'}")
        settings[key] = value
    return settings


def _line_of(message: str) -> int:
    """The line number tomllib puts in its message ("... (at line 3, column 7)"), else 1."""
    marker = "(at line "
    if marker in message:
        digits = message.split(marker, 1)[1].split(",", 1)[0].rstrip(")")
        if digits.isdigit():
            return int(digits)
    return 1


def _key_line(raw: bytes, key: str) -> int:
    """The line that sets `key` (1 if it cannot be told)."""
    for number, line in enumerate(raw.decode("utf-8").splitlines(), start=1):
        if line.strip().startswith(key):
            return number
    return 1


def remember_theme(theme: str, path: Path | None = None) -> None:
    """Keep `theme` in the config file, with its other settings, written atomically.

    A file that cannot be read as config is left as it is: a theme is not worth losing
    what a person wrote. Errors writing are ignored (the app goes on; the theme is simply
    not remembered).
    """
    from soyuztui.export.atomic import ExportError, write_atomically

    path = path or config_file()
    try:
        settings = read_config(path)
    except ConfigError:
        return
    settings["theme"] = theme
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, render(settings))
    except (OSError, ExportError):  # the app goes on; the theme is not remembered
        return


def render(settings: dict[str, Any]) -> str:
    """`settings` as TOML lines, in the order of `KEYS`."""
    lines = []
    for key in KEYS:
        if key in settings:
            value = settings[key]
            # A JSON string is a TOML basic string (the same escapes); a number is written as such.
            shown = json.dumps(value, ensure_ascii=False) if isinstance(value, str) else f"{value:g}"
            lines.append(f"{key} = {shown}")
    return "\n".join(lines) + "\n"
