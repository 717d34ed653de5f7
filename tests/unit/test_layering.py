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


ROOT = Path(__file__).resolve().parents[2]


_LINT_IMPORTS = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"


def _lint_imports(config: Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """import-linter's own command line on `config`, as `make lint` runs it."""
    return subprocess.run(
        [sys.executable, "-c", _LINT_IMPORTS, "--config", str(config), "--no-cache"],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        env=env,
    )


def test_every_room_rule_holds() -> None:
    """The import-linter contracts in pyproject.toml: layers, no Textual below the screen, no cycles."""
    result = _lint_imports(ROOT / "pyproject.toml", ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert " kept, 0 broken." in result.stdout


def test_the_contracts_catch_an_import_against_the_layers(tmp_path: Path) -> None:
    """The same contracts fail on a dossier module that imports the screen (they would pass vacuously otherwise)."""
    import shutil

    tree = tmp_path / "src"
    shutil.copytree(ROOT / "src" / "soyuztui", tree / "soyuztui", ignore=shutil.ignore_patterns("__pycache__"))
    (tree / "soyuztui" / "dossier" / "upwards.py").write_text("import soyuztui.tui.app\n", encoding="utf-8")
    config = tmp_path / "pyproject.toml"
    config.write_text((ROOT / "pyproject.toml").read_text(encoding="utf-8"), encoding="utf-8")
    result = _lint_imports(config, tmp_path, {"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"})
    assert result.returncode != 0
    assert "soyuztui.dossier.upwards -> soyuztui.tui.app" in result.stdout
