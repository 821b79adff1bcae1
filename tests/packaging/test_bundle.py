"""The frozen app, built from this checkout by packaging/build.py the way CI and the
Windows workflow build it: its size, its self-test, its command line, a damaged data
file, the Linux tarball and the Windows installer script (compiled with makensis here,
with the Linux bundle standing in for the Windows one)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "scamscreen"
EXE = BUNDLE / ("scamscreen.exe" if sys.platform == "win32" else "scamscreen")
DATA = BUNDLE / "_internal" / "data"
BUDGET_MB = 220  # packaging/build.py's BUNDLE_BUDGET_MB
TIMEOUT_S = 120
SAMPLE = {
    "channel": "phone_inbound",
    "claimed_org": "Microsoft",
    "phone": "+1 844 555 0199",
    "text": "He said my computer has a virus and wanted me to install AnyDesk.",
}


def run(*args: str, home: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("SCAMSCREEN_DATA", "PYTHONPATH")}
    env.update(SCAMSCREEN_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [str(EXE), *args], input=stdin, capture_output=True, text=True, timeout=TIMEOUT_S, env=env
    )


def test_the_bundle_is_no_larger_than_its_budget(built):
    assert float(built["size"]) <= BUDGET_MB
    assert EXE.exists() and os.access(EXE, os.X_OK)
    # one folder, no packed single file
    assert (BUNDLE / "_internal").is_dir()


def test_the_frozen_app_passes_its_self_test(built, tmp_path):
    done = run("--self-test", home=tmp_path / "home")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test passed" in done.stdout
    assert "case log: written, read back and searched" in done.stdout
    assert not (tmp_path / "home").exists()  # it used a temporary folder, not the user's


def test_the_frozen_command_line_reads_a_picture(built, tmp_path, qapp):
    """The bundle carries the OCR engine and its models: a rendered scam pop-up is read
    and screened (issue 17)."""
    import importlib.util

    path = ROOT / "benchmarks" / "ocr_testset.py"
    spec = importlib.util.spec_from_file_location("ocr_testset", path)
    assert spec is not None and spec.loader is not None
    testset = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = testset
    spec.loader.exec_module(testset)
    sample = testset.make_sample(5, seed=1717, kind="popup", scale=1.25, photo=False)
    picture = testset.save(sample, tmp_path)
    done = run("check", "--image", str(picture), "--json", home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["verdict"] == "likely_scam"
    assert sample.phones[0] in {p["e164"] for p in answer["extracted"]["phones"]}


def test_the_frozen_command_line_checks_a_contact(built, tmp_path):
    done = run("check", "--json", home=tmp_path / "home", stdin=json.dumps(SAMPLE))
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["verdict"] == "likely_scam"
    assert answer["organisation"]["id"] == "microsoft"


def test_the_frozen_app_updates_from_the_source_written_into_it(built, tmp_path):
    # conftest.py writes this into the test bundle, as the release workflow writes the
    # project's feed address: a name that never resolves (RFC 2606), so nothing is fetched
    assert built["update source"] == "https://scamscreen-bundle-test.invalid/feed/"
    done = run("update", home=tmp_path / "home")
    assert done.returncode == 5, done.stdout + done.stderr  # tried, and could not reach it
    assert "scamscreen-bundle-test.invalid" in done.stderr
    assert "No update server" not in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("damage", ["missing", "garbled"])
def test_a_missing_or_damaged_data_file_says_reinstall(built, tmp_path, damage):
    rules = DATA / "indicators" / "rules.json"
    kept = rules.read_bytes()
    try:
        if damage == "missing":
            rules.unlink()
        else:
            rules.write_bytes(b'{"rules": [ this is not JSON')
        for args in (["--self-test"], ["check", "--json"]):
            done = run(*args, home=tmp_path / "home", stdin=json.dumps(SAMPLE))
            said = done.stdout + done.stderr
            assert done.returncode == 3, said
            assert "Reinstall ScamScreen" in said and "rules.json" in said
            assert "Traceback" not in said
    finally:
        rules.write_bytes(kept)


@pytest.mark.skipif(sys.platform == "win32", reason="the tarball is the Linux package")
def test_the_linux_tarball_holds_what_a_home_user_installs(built):
    with tarfile.open(built["tarball"]) as archive:
        names = set(archive.getnames())
        installer = archive.getmember("scamscreen/install.sh")
    for name in (
        "scamscreen/scamscreen",
        "scamscreen/install.sh",
        "scamscreen/scamscreen.desktop",
        "scamscreen/_internal/data/indicators/rules.json",
    ):
        assert name in names
    assert any(re.fullmatch(r"scamscreen/icons/scamscreen-\d+\.png", n) for n in names)
    assert installer.mode & 0o111  # executable


def test_the_windows_installer_script_compiles(built):
    if "installer" not in built:
        pytest.skip("NSIS's makensis is not installed here (apt-get install nsis)")
    setup = Path(built["installer"])
    head = setup.read_bytes()[:2]
    assert head == b"MZ"  # a Windows program
    assert setup.stat().st_size > 10_000_000  # the bundle is inside


def test_the_frozen_app_starts_no_slower_than_from_source(built):
    """The measurement is benchmarks/bundle.py (budget 1.5x); here it only has to run."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bundle
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    assert bundle.bench_bundle(rounds=1) > 0
