#!/usr/bin/env python3
"""One entry point for developers: set up a virtual environment, then run the app,
the tests or the benchmarks.

    python3 dev.py run [ARGS...]     set up, then run `scamscreen ARGS...`
    python3 dev.py test [PYTEST...]  set up, then lint (ruff), check types (mypy) and run
                                     the whole test suite
                                     (which builds the frozen bundle and, with NSIS's
                                     makensis, the Windows installer, and runs that
                                     under Wine, and starts PostgreSQL clusters of its
                                     own; on Debian as root NSIS, poppler-utils, Wine
                                     and postgresql are installed first)
    python3 dev.py bench             set up, then run the performance suite
    python3 dev.py lock [PACKAGE...] choose newer releases on purpose: resolve again (all, or
                                     only the named packages) into constraints.txt
    python3 dev.py latest [PYTEST...] try the newest releases of everything, in `.venv-latest/`,
                                     without touching constraints.txt, then run the tests

It needs nothing but Python 3.11+: the environment lives in `.venv/` next to this file,
holds exactly the releases pinned in `constraints.txt` (the same on every machine, the
Windows workflow included), and is reinstalled only when `pyproject.toml` or
`constraints.txt` changes. An upgrade is a decision: `dev.py latest` shows whether the
newest releases pass, `dev.py lock` pins them, and the new constraints.txt is committed on
its own.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LATEST = ROOT / ".venv-latest"
CONSTRAINTS = ROOT / "constraints.txt"
# The resolver that writes constraints.txt for every platform at once (Windows' extra
# packages carry markers); installed only when `dev.py lock` runs.
UV = "uv==0.13.9"


def venv_python(folder: Path = VENV) -> Path:
    if os.name == "nt":
        return folder / "Scripts" / "python.exe"
    return folder / "bin" / "python"


def ensure_env(folder: Path = VENV, *, pinned: bool = True) -> Path:
    """The project's environment in `folder`: the releases in constraints.txt when
    `pinned`, else the newest ones (`dev.py latest`)."""
    if sys.version_info < (3, 11):
        sys.exit(f"ScamScreen needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    python = venv_python(folder)
    if not python.exists():
        print(f"Creating the virtual environment in {folder.name} ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(folder)
    stamp = folder / ".installed"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    if pinned:
        digest.update(CONSTRAINTS.read_bytes())
    want = digest.hexdigest()
    if pinned and stamp.exists() and stamp.read_text().strip() == want:
        return python
    print("Installing ScamScreen and its dependencies ...", flush=True)
    pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    if pinned:
        subprocess.run([*pip, "-c", str(CONSTRAINTS), "-e", f"{ROOT}[test]"], check=True)
    else:
        subprocess.run([*pip, "--upgrade", "--upgrade-strategy", "eager",
                        "-e", f"{ROOT}[test]"], check=True)
    stamp.write_text(want)
    return python


def lock(packages: list[str]) -> int:
    """Resolve the dependencies again into constraints.txt: every package to its newest
    release, or only the named ones (the rest stay as pinned)."""
    python = str(ensure_env())
    subprocess.run([python, "-m", "pip", "install", "--disable-pip-version-check", "-q", UV],
                   check=True)
    upgrade = [f"--upgrade-package={name}" for name in packages] or ["--upgrade"]
    return subprocess.call(
        [python, "-m", "uv", "pip", "compile", "--quiet", "--universal",
         "--python-version", "3.11", "--extra", "test", *upgrade,
         "--custom-compile-command", "python3 dev.py lock",
         "pyproject.toml", "-o", CONSTRAINTS.name],
        cwd=ROOT,
    )


def postgresql_bin() -> Path | None:
    """The folder of Debian's PostgreSQL server programs (initdb, pg_ctl, postgres), the
    newest version installed; None when there is none."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return found[-1].parent if found else None


def ensure_tools() -> None:
    """Some tests need programs from outside PyPI: NSIS's makensis (the Windows installer
    is compiled), poppler's pdftotext (a report PDF is read back), Wine (the compiled
    installer and its uninstaller are run silently in a throwaway Wine prefix) and the
    PostgreSQL server (tests/team start a cluster of their own, as an unprivileged user).
    On a Debian or Ubuntu machine where we are root (CI), install the packages nsis,
    poppler-utils, wine, wine64, wine32:i386 and postgresql, without their recommended
    extras (the cluster Debian's package makes and starts is not used). Wine
    needs its 32-bit half because the installer is a 32-bit program, so the i386
    architecture is enabled first (`dpkg --add-architecture i386`). Elsewhere the tests
    that need them say how to get them, and are skipped."""
    import shutil

    if not sys.platform.startswith("linux"):
        return
    wanted = {"makensis": "nsis", "pdftotext": "poppler-utils", "wine": "wine"}
    missing = [package for tool, package in wanted.items() if not shutil.which(tool)]
    if not Path("/usr/lib/wine/wine").exists():  # Debian's 32-bit Wine loader
        missing += ["wine64", "wine32:i386"]
    if not postgresql_bin():  # the team store's tests start their own cluster
        missing.append("postgresql")
    if not missing or not shutil.which("apt-get") or os.geteuid() != 0:
        return
    print(f"Installing {', '.join(missing)} (Debian packages) for the tests ...", flush=True)
    quiet = {"stdout": subprocess.DEVNULL, "check": False}
    if any(package.endswith(":i386") for package in missing):
        subprocess.run(["dpkg", "--add-architecture", "i386"], **quiet)
    subprocess.run(["apt-get", "update", "-qq"], **quiet)
    install = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing]
    subprocess.run(install, **quiet, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "bench", "lock", "latest"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "lock":
        return lock(rest)
    python = str(ensure_env(LATEST, pinned=False) if command == "latest" else ensure_env())
    if command == "run":
        return subprocess.call([python, "-m", "scamscreen", *rest])
    if command == "bench":
        return subprocess.call([python, str(ROOT / "benchmarks" / "run.py"), *rest])
    ensure_tools()
    lint = subprocess.call([python, "-m", "ruff", "check", str(ROOT)])
    if lint != 0:
        print("ruff found problems (above); fix them or run `ruff check --fix`.", flush=True)
        return lint
    types = subprocess.call([python, "-m", "mypy"], cwd=ROOT)  # [tool.mypy] says what
    if types != 0:
        print("mypy found type errors (above).", flush=True)
        return types
    return subprocess.call([python, "-m", "pytest", *rest], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
