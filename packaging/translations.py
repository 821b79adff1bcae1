"""Refresh the Qt translations: `python packaging/translations.py` runs pyside6-lupdate over
app/scamscreen/ui/*.py (new and changed sentences appear in the .ts files as
"unfinished"), then pyside6-lrelease compiles every .ts into the .qm the app loads. See
docs/translations.md."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "app" / "scamscreen" / "ui").glob("*.py"))
    for ts in sorted(FOLDER.glob("scamscreen_*.ts")):
        subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", str(ts)], check=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
