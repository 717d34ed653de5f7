"""The exports and the zone helpers run without a screen: they never import Textual."""

from __future__ import annotations

import subprocess
import sys


def test_exports_do_not_import_textual() -> None:
    code = (
        "import sys\n"
        "import soyuztui.export, soyuztui.export.ics, soyuztui.export.markdown, soyuztui.present.times, soyuztui.present.wording\n"
        "from soyuztui.cli import main\n"
        "main(['export', '--format', 'md'])\n"
        "main(['export', '--format', 'ics'])\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
