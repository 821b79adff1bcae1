"""Where ScamScreen keeps the user's data, in one place.

Order: the `--data-dir` option, then the `SCAMSCREEN_HOME` environment variable (tests
and portable installs), then the platform's per-user data folder (platformdirs). The
folder is created readable by the user alone (0700 on POSIX).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

DB_NAME = "scamscreen.db"
BACKUP_DIR = "backups"
LOCK_NAME = "scamscreen.lock"  # held while the log is opened or backed up (oslock.py)


def resolve_home(option: str | os.PathLike[str] | None = None) -> Path:
    if option:
        return Path(option).expanduser()
    env = os.environ.get("SCAMSCREEN_HOME")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("ScamScreen", appauthor=False, roaming=False))


def private_dir(path: Path) -> Path:
    """Create `path` (and parents) and make it the user's alone."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, stat.S_IRWXU)
    return path


def private_file(path: Path) -> None:
    """Make an existing file readable and writable by the user alone."""
    if os.name == "posix" and path.exists():
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
