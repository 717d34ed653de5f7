"""A wheel built from the repository carries the seeds and the stylesheets, and works from anywhere."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_carries_seeds_and_styles_and_runs_from_another_folder(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(tmp_path / "dist")],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("soyuz_tui-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "soyuztui/_bundled/seeds/soyuz-ms-19.toml" in names
    assert "soyuztui/_bundled/seeds/003_d05a8e78420e0377.txt" in names
    stylesheets = {f"soyuztui/_bundled/styles/{path.name}" for path in (ROOT / "styles").glob("*.tcss")}
    assert "soyuztui/_bundled/styles/app.tcss" in stylesheets
    assert stylesheets <= names
    assert {"soyuztui/web/page/app_index.html", "soyuztui/web/page/static/page.css"} <= names
    # Unpacked on its own, away from the checkout, it finds its bundled mission.
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    checked = subprocess.run(
        [sys.executable, "-c", "import soyuztui.cli, sys; print(soyuztui.cli.__file__); sys.exit(soyuztui.cli.main(['check']))"],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.splitlines()[0].startswith(str(site))
    assert "ok: Soyuz MS-19" in checked.stdout
