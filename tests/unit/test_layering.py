"""The data layer stays free of Textual, so it can be used and tested without a UI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_dossier_imports_no_textual() -> None:
    code = (
        "import sys; from soyuztui.dossier import build_dossier; import soyuztui.export, soyuztui.export.text, soyuztui.present.wording;"
        "from soyuztui.resources import default_mission; build_dossier(default_mission());"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'textual', 'rich'});"
        "print(bad); raise SystemExit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


# Which rooms each room may not import: data flows one way (docs/architecture.md).
_FORBIDDEN = {
    "dossier": ("soyuztui.present", "soyuztui.export", "soyuztui.tui", "soyuztui.cli", "soyuztui.web.serve"),
    "present": ("soyuztui.export", "soyuztui.tui", "soyuztui.cli", "soyuztui.web.serve"),
    "export": ("soyuztui.tui", "soyuztui.cli", "soyuztui.web.serve"),
}
_NO_TEXTUAL = ("dossier", "present", "export")


def _imports(path: Path) -> list[tuple[int, str]]:
    """Every module `path` imports (absolute or relative), with its line."""
    import ast

    package = ".".join(path.relative_to(SRC.parent).with_suffix("").parts[:-1])
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.append((node.lineno, module))
    return found


SRC = Path(__file__).resolve().parents[2] / "src" / "soyuztui"


def test_rooms_import_only_downwards() -> None:
    wrong = []
    for room, forbidden in _FORBIDDEN.items():
        for path in sorted((SRC / room).rglob("*.py")):
            for line, module in _imports(path):
                if module.startswith(forbidden) or (
                    room in _NO_TEXTUAL and module.split(".")[0] in {"textual", "rich"}
                ):
                    wrong.append(f"{path.relative_to(SRC)}:{line}: imports {module}")
    assert not wrong, "\n".join(wrong)


def test_the_layering_walk_sees_imports() -> None:
    """The walk above finds the imports it checks (it would pass vacuously otherwise)."""
    modules = {module for _, module in _imports(SRC / "export" / "markdown.py")}
    assert "soyuztui.present.wording" in modules
    assert "soyuztui.dossier.model" in modules
