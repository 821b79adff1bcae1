"""packaging/build.py reads its flags before it sets anything up: --help prints how to use
it and a wrong flag is refused (status 2), both at once and without building; the update
source is checked, and written into the bundle only when given.

Run with the system's Python (as a person types `python3 packaging/build.py --help`), on
a copy of build.py beside a stand-in dev.py that stops the run where the project's
environment would be made: nothing here can start a real build."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SETUP_REACHED = 97  # the stand-in dev.py's exit status: the flags were accepted
FAST_S = 20


@pytest.fixture
def tree(tmp_path) -> Path:
    """build.py, this checkout's app/ and pyproject.toml, and a dev.py that only says
    it was reached."""
    (tmp_path / "packaging").mkdir()
    shutil.copy2(ROOT / "packaging" / "build.py", tmp_path / "packaging" / "build.py")
    shutil.copy2(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    for name in ("__init__.py", "feeds/__init__.py", "feeds/source.py"):  # all it reads
        (tmp_path / "app" / "scamscreen" / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / "app" / "scamscreen" / name, tmp_path / "app" / "scamscreen" / name)
    (tmp_path / "dev.py").write_text(
        "import sys\n\n\ndef ensure_env():\n"
        f"    print('setting up the environment', flush=True)\n    sys.exit({SETUP_REACHED})\n",
        encoding="utf-8",
    )
    return tmp_path


def system_python() -> str:
    """The system's python3 when it is 3.11 or newer (what the README asks for), else
    the one running the tests."""
    found = shutil.which("python3")
    if found and sys.platform != "win32":
        check = [found, "-c", "import sys; sys.exit(sys.version_info < (3, 11))"]
        if subprocess.run(check, capture_output=True, timeout=FAST_S).returncode == 0:
            return found
    return sys.executable


def build_py(tree: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    python = system_python()
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SCAMSCREEN_")}
    environ.update(env)
    return subprocess.run(
        [python, str(tree / "packaging" / "build.py"), *args],
        capture_output=True,
        text=True,
        timeout=FAST_S,
        env=environ,
        cwd=tree,
    )


def built_nothing(tree: Path) -> bool:
    return not any((tree / name).exists() for name in ("dist", "build", ".venv"))


def test_help_prints_the_flags_and_builds_nothing(tree):
    done = build_py(tree, "--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: build.py")
    for flag in ("--tarball", "--installer", "--update-source URL"):
        assert flag in done.stdout
    assert "setting up the environment" not in done.stdout
    assert built_nothing(tree)


@pytest.mark.parametrize(
    ("args", "env", "said"),
    [
        (["--frobnicate"], {}, "unrecognized arguments: --frobnicate"),
        (["--tarball", "extra"], {}, "unrecognized arguments: extra"),
        (["--update-source"], {}, "expected one argument"),
        (["--update-source", "http://example.org/feed/"], {}, "give an https:// address"),
        (["--update-source", "https://a:b@example.org/"], {}, "give an https:// address"),
        ([], {"SCAMSCREEN_UPDATE_SOURCE": "ftp://example.org/"}, "SCAMSCREEN_UPDATE_SOURCE"),
        (["--no-freeze", "--update-source", "https://o.github.io/r/feed/"], {}, "--no-freeze"),
    ],
)
def test_a_wrong_flag_is_refused_without_building(tree, args, env, said):
    done = build_py(tree, *args, **env)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert said in done.stderr and "usage: build.py" in done.stderr
    assert "Traceback" not in done.stderr
    assert built_nothing(tree)


@pytest.mark.parametrize(
    ("args", "env"),
    [
        ([], {}),
        (["--tarball", "--installer"], {}),
        (["--update-source", "https://owner.github.io/repo/feed"], {}),
        ([], {"SCAMSCREEN_UPDATE_SOURCE": "https://owner.github.io/repo/feed/"}),
    ],
)
def test_good_flags_go_on_to_set_up_the_environment(tree, args, env):
    done = build_py(tree, *args, **env)
    assert done.returncode == SETUP_REACHED, done.stderr
    assert "setting up the environment" in done.stdout


def load_build(monkeypatch, tmp_path):
    spec = importlib.util.spec_from_file_location("build_py", ROOT / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "SOURCE_RECORD", tmp_path / "record" / "update-source.json")
    return module


def test_the_source_is_handed_to_the_spec_only_when_given(monkeypatch, tmp_path):
    from scamscreen.feeds import source

    build = load_build(monkeypatch, tmp_path)
    env = build.source_record("https://owner.github.io/repo/feed/")
    record = Path(env[build.SPEC_SOURCE_ENV])
    assert record == build.SOURCE_RECORD and record.name == source.SOURCE_FILE
    assert json.loads(record.read_text("utf-8")) == {"source": "https://owner.github.io/repo/feed/"}
    assert source.default_source(record.parent) == "https://owner.github.io/repo/feed/"

    monkeypatch.setenv(build.SPEC_SOURCE_ENV, str(record))  # (left from an earlier run)
    env = build.source_record(None)
    assert build.SPEC_SOURCE_ENV not in env and not record.exists()


def test_the_spec_ships_the_record_beside_the_module_that_reads_it():
    spec = (ROOT / "packaging" / "scamscreen.spec").read_text("utf-8")
    assert 'os.environ.get("SCAMSCREEN_BUILD_SOURCE_RECORD")' in spec
    assert '(SOURCE_RECORD, "scamscreen/feeds")' in spec
