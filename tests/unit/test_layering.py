"""The data layer stays free of Textual, so it can be used and tested without a UI."""

from __future__ import annotations

import subprocess
import sys


def test_dossier_imports_no_textual() -> None:
    code = (
        "import sys; from soyuztui.dossier import build_dossier; import soyuztui.export, soyuztui.summary;"
        "from soyuztui.resources import default_mission; build_dossier(default_mission());"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'textual', 'rich'});"
        "print(bad); raise SystemExit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
