"""Signed updates end to end, against feeds served by a server each test starts on
127.0.0.1: a good update is applied and used; every way a feed or a server can go wrong
is refused in words with the data in use byte for byte as it was."""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import random
import shutil
import socket
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from scamscreen.core.data import data_dir
from scamscreen.core.screening import Screener
from scamscreen.feeds import active, manifest, signing
from scamscreen.feeds.errors import UpdateCancelled, UpdateError
from scamscreen.feeds.http import Policy
from scamscreen.feeds.update import update
from scamscreen.store.lists import LISTS_NAME, KnownLists

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
FAST = Policy(connect_timeout=2.0, read_timeout=0.5, attempts=2, backoff=0.0, grace=5.0)
ROOT = Path(__file__).resolve().parents[2]


# -- a feed server the test controls ---------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        feed: FeedServer = self.server.feed  # type: ignore[attr-defined]
        feed.requests.append(self.path)
        route = feed.routes.get(self.path)
        if route is None:
            self.send_error(404)
        elif isinstance(route, bytes):
            self.send_response(200)
            self.send_header("Content-Length", str(len(route)))
            self.end_headers()
            self.wfile.write(route)
        else:
            route(self)

    def log_message(self, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hung up on a misbehaving route is the point of the test


class FeedServer:
    """Serves `routes` ({'/feed/name': bytes or handler}) until closed; `release` frees
    handlers that were told to hang."""

    def __init__(self) -> None:
        self.routes: dict[str, bytes | Callable[[_Handler], None]] = {}
        self.requests: list[str] = []
        self.release = threading.Event()
        self.httpd = _Server(("127.0.0.1", 0), _Handler)
        self.httpd.feed = self  # type: ignore[attr-defined]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/feed/"

    def publish(self, files: dict[str, bytes]) -> None:
        self.routes = {f"/feed/{name}": content for name, content in files.items()}

    def route(self, name: str, behaviour: bytes | Callable[[_Handler], None]) -> None:
        self.routes[f"/feed/{name}"] = behaviour

    def close(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)


@pytest.fixture
def server():
    running = FeedServer()
    yield running
    running.close()


def endless(handler: _Handler) -> None:
    """200, no length, and bytes until the client hangs up (or 64 MB)."""
    handler.send_response(200)
    handler.end_headers()
    block = b"x" * 65536
    try:
        for _n in range(1024):
            handler.wfile.write(block)
    except OSError:
        pass


def declares(size: int, body: bytes) -> Callable[[_Handler], None]:
    """Announce `size` bytes, send `body`, close: a cut-off or an oversized answer."""

    def respond(handler: _Handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(size))
        handler.end_headers()
        try:
            handler.wfile.write(body)
            handler.wfile.flush()
            handler.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        handler.close_connection = True

    return respond


def hang_before_answering(server: FeedServer) -> Callable[[_Handler], None]:
    def respond(handler: _Handler) -> None:
        server.release.wait()

    return respond


def hang_after(body: bytes, size: int, server: FeedServer) -> Callable[[_Handler], None]:
    def respond(handler: _Handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(size))
        handler.end_headers()
        handler.wfile.write(body)
        handler.wfile.flush()
        server.release.wait()

    return respond


def drop(handler: _Handler) -> None:
    """Close the connection without a word."""
    handler.close_connection = True
    with contextlib.suppress(OSError):
        handler.connection.shutdown(socket.SHUT_RDWR)


def status(code: int) -> Callable[[_Handler], None]:
    def respond(handler: _Handler) -> None:
        handler.send_error(code)

    return respond


def redirect(location: str) -> Callable[[_Handler], None]:
    def respond(handler: _Handler) -> None:
        handler.send_response(302)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return respond


# -- feeds -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture(scope="module")
def trusted(key) -> signing.TrustedKey:
    return signing.TrustedKey("test-key", signing.key_id(key.public_key()), key.public_key())


def trust_at_start_up(
    monkeypatch: pytest.MonkeyPatch, folder: Path, *keys: Ed25519PrivateKey
) -> list[Path]:
    """Make `keys` trusted the way a help desk does (SCAMSCREEN_TRUSTED_KEYS lists their
    public key files, outside the data folder), so that an update they signed is also
    accepted when ScamScreen starts, not only by the `update()` given them."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, private in enumerate(keys):
        path = folder / f"trusted-{number}.pub"
        path.write_bytes(private.public_key().public_bytes_raw())
        paths.append(path)
    monkeypatch.setenv(active.TRUSTED_KEYS_ENV, os.pathsep.join(str(p) for p in paths))
    return paths


@pytest.fixture(autouse=True)
def test_key_trusted_at_start_up(monkeypatch, tmp_path, key) -> list[Path]:
    return trust_at_start_up(monkeypatch, tmp_path / "trusted-keys", key)


def vendor(vid: str = "acme-secure", name: str = "Acme Secure") -> bytes:
    value = json.loads((data_dir() / "vendors" / "norton.json").read_text(encoding="utf-8"))
    value.update(id=vid, name=name, aliases=["Acme antivirus"], website="acmesecure.com")
    for entry in value["web_domains"]:
        entry["domain"] = "acmesecure.com"
    value["web_domains"] = value["web_domains"][:1]
    value["email_domains"] = []
    value["phones"] = []
    return json.dumps(value, indent=2).encode()


def rules_with_extra() -> bytes:
    value = json.loads((data_dir() / "indicators" / "rules.json").read_text(encoding="utf-8"))
    rule = dict(value["rules"][0])
    rule["id"] = "feed_delivered_rule"
    value["rules"].append(rule)
    return json.dumps(value, indent=2).encode()


NUMBERS = (
    b"number,source,note,subject\n"
    b"+1 844 555 0199,https://reports.example/1,Pop-up 'Microsoft' line,"
    b"Computers & technical support\n"
    b"# a comment line\n"
    b"(202) 555-0143,https://reports.example/2,Refund call,\n"
)
GOOD = {
    "vendors/acme-secure.json": vendor(),
    "indicators/rules.json": rules_with_extra(),
    "known-numbers.csv": NUMBERS,
}


def signed(
    files: dict[str, bytes],
    version: int,
    key: Ed25519PrivateKey,
    expires: str = "2099-12-31",
    entries: list[manifest.FileEntry] | None = None,
) -> dict[str, bytes]:
    """A feed as `feed build` makes it: the files, manifest.json and manifest.sig."""
    entries = entries or [
        manifest.FileEntry(
            name, len(body), hashlib.sha256(body).hexdigest(), manifest.kind_of(name)
        )
        for name, body in files.items()
    ]
    raw = manifest.dump(version, expires, entries, created="2026-11-29T00:00:00Z")
    return {**files, "manifest.json": raw, "manifest.sig": signing.sign(raw, [key])}


def sign_raw(raw: bytes, key: Ed25519PrivateKey) -> dict[str, bytes]:
    return {"manifest.json": raw, "manifest.sig": signing.sign(raw, [key])}


# -- the state that must not change ----------------------------------------------------


def snapshot(home: Path, lists_bytes: bool = True) -> dict[str, str]:
    """Every file under the data folder (but the lock and SQLite's passing -wal/-shm
    files) by content, what `active_data_dir` answers and the data it points at, and
    every entry of the known-scam lists."""
    found = {}
    if home.exists():
        for path in sorted(home.rglob("*")):
            if not path.is_file() or path.name == active.LOCK or path.name.endswith(SIDE):
                continue
            if path.name == LISTS_NAME and not lists_bytes:
                continue
            found[path.relative_to(home).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    folder = active.active_data_dir(home)
    found["<active>"] = f"{folder} {active.fingerprint(folder)}"
    found["<lists>"] = json.dumps(list_entries(home))
    return found


SIDE = ("-wal", "-shm", "-journal")


def list_entries(home: Path) -> list:
    if not (home / LISTS_NAME).exists():
        return []
    with closing(sqlite3.connect(f"file:{home / LISTS_NAME}?mode=ro", uri=True)) as conn:
        return conn.execute(
            "SELECT value, kind, list, source, reports, subject, note, reference FROM entries "
            "ORDER BY value, kind, list, source"
        ).fetchall()


def run_update(home: Path, server: FeedServer, trusted: signing.TrustedKey, **kw):
    kw.setdefault("policy", FAST)
    kw.setdefault("now", NOW)
    return update(home, server.url, [trusted], **kw)


@pytest.fixture
def home(tmp_path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def installed(home, server, key, trusted) -> dict[str, str]:
    """Version 1 of a good feed applied; the snapshot every refusal must leave alone."""
    server.publish(signed(GOOD, 1, key))
    run_update(home, server, trusted)
    return snapshot(home)


def refused(home, server, trusted, before, fragment, **kw) -> UpdateError:
    with pytest.raises(UpdateError) as caught:
        run_update(home, server, trusted, **kw)
    message = caught.value.message
    assert fragment in message
    assert message.endswith("Nothing was changed.")
    assert "Traceback" not in message and "Error(" not in message
    assert snapshot(home) == before
    assert not [p for p in active.updates_dir(home).iterdir() if p.name.startswith(".staging")]
    return caught.value


# -- a good update ---------------------------------------------------------------------


def test_a_good_update_is_applied_and_used(home, server, key, trusted):
    assert active.active_data_dir(home) == data_dir()
    assert active.installed_version(home) is None and active.last_update(home) is None
    server.publish(signed(GOOD, 1, key))
    seen: list[tuple[int, int]] = []
    result = run_update(home, server, trusted, progress=lambda d, t: seen.append((d, t)))
    assert result.updated and result.version == 1 and result.previous_version is None
    assert set(result.files) == set(GOOD)
    assert "updated to version 1" in result.message

    folder = active.active_data_dir(home)
    assert folder != data_dir() and folder.is_relative_to(home / "updates")
    screener = Screener.load(folder)
    assert screener.directory.match("Acme Secure").id == "acme-secure"
    assert "feed_delivered_rule" in {rule.id for rule in screener.rules.rules}
    assert screener.directory.match("Microsoft") is not None  # shipped data kept
    assert result.data_version == screener.data_version

    info = active.last_update(home)
    assert info["version"] == 1 and info["in_use"] and info["note"] is None
    assert info["source"] == server.url and info["signed_by"] == "test-key"
    assert info["applied_at"] == "2026-12-01T12:00:00Z"
    assert info["data_version"] == screener.data_version
    assert active.installed_version(home) == 1

    total = sum(len(body) for body in GOOD.values())
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(seen))
    if os.name == "posix":
        for path in (home / "updates").rglob("*"):
            mode = stat.S_IMODE(path.stat().st_mode)
            assert mode == (0o700 if path.is_dir() else 0o600), path


def test_the_same_version_again_is_already_up_to_date(home, server, trusted, installed):
    result = run_update(home, server, trusted)
    assert not result.updated and "already up to date (version 1)" in result.message
    assert snapshot(home) == installed


def test_a_newer_version_replaces_the_older_one(home, server, key, trusted, installed):
    server.publish(signed({"vendors/other-co.json": vendor("other-co", "Other Co")}, 2, key))
    result = run_update(home, server, trusted)
    assert result.updated and result.previous_version == 1
    screener = Screener.load(active.active_data_dir(home))
    assert screener.directory.match("Other Co").id == "other-co"
    # Each update is laid over the shipped data, not over the one before.
    assert "acme-secure" not in {v.id for v in screener.directory}
    assert "feed_delivered_rule" not in {rule.id for rule in screener.rules.rules}
    staged = sorted(p.name[:3] for p in active.updates_dir(home).iterdir() if p.is_dir())
    assert staged == ["v1-", "v2-"]  # the replaced one is kept for a running app
    server.publish(signed({"vendors/third.json": vendor("third", "Third Co")}, 3, key))
    run_update(home, server, trusted)
    staged = sorted(p.name[:3] for p in active.updates_dir(home).iterdir() if p.is_dir())
    assert staged == ["v2-", "v3-"]


def test_a_transient_drop_is_retried(home, server, key, trusted):
    feed = signed(GOOD, 1, key)
    server.publish(feed)
    calls = []

    def flaky(handler: _Handler) -> None:
        calls.append(1)
        if len(calls) == 1:
            drop(handler)
        else:
            declares(len(feed["vendors/acme-secure.json"]), feed["vendors/acme-secure.json"])(
                handler
            )

    server.route("vendors/acme-secure.json", flaky)
    assert run_update(home, server, trusted).updated
    assert len(calls) == 2


# -- refusals: the feed ----------------------------------------------------------------


def test_a_tampered_file_is_refused(home, server, key, trusted, installed):
    feed = signed({"vendors/other-co.json": vendor("other-co", "Other Co")}, 2, key)
    body = feed["vendors/other-co.json"]
    feed["vendors/other-co.json"] = body.replace(b"Other Co", b"Other Cx")
    server.publish(feed)
    refused(
        home, server, trusted, installed, "'vendors/other-co.json' is not the one that was signed"
    )


def test_a_tampered_manifest_is_refused(home, server, key, trusted, installed):
    feed = signed(GOOD, 2, key)
    feed["manifest.json"] = feed["manifest.json"].replace(b'"version": 2', b'"version": 9')
    server.publish(feed)
    refused(home, server, trusted, installed, "signature does not match")


def test_a_feed_signed_by_an_unknown_key_is_refused(home, server, trusted, installed):
    server.publish(signed(GOOD, 2, Ed25519PrivateKey.generate()))
    refused(home, server, trusted, installed, "key this copy of ScamScreen does not trust")


def test_the_embedded_keys_refuse_a_test_signed_feed(home, server, key, monkeypatch):
    monkeypatch.delenv(active.TRUSTED_KEYS_ENV)
    server.publish(signed(GOOD, 1, key))
    before = snapshot(home)
    with pytest.raises(UpdateError, match="does not trust"):
        update(home, server.url, None, policy=FAST, now=NOW)
    assert snapshot(home) == before


def test_a_rollback_is_refused(home, server, key, trusted):
    server.publish(signed(GOOD, 5, key))
    run_update(home, server, trusted)
    before = snapshot(home)
    server.publish(signed(GOOD, 4, key))
    refused(home, server, trusted, before, "older (version 4) than the update already installed")


def test_the_same_version_with_other_contents_is_refused(home, server, key, trusted, installed):
    server.publish(signed({"vendors/other-co.json": vendor("other-co", "Other Co")}, 1, key))
    refused(home, server, trusted, installed, "same version number (1)")


def test_an_expired_feed_is_refused(home, server, key, trusted, installed):
    server.publish(signed(GOOD, 2, key, expires="2026-11-30"))
    refused(home, server, trusted, installed, "it expired on 2026-11-30")


def test_a_feed_with_a_broken_vendor_file_is_refused(home, server, key, trusted, installed):
    broken = json.loads(vendor())
    broken["kind"] = "spaceship"
    files = {"vendors/acme-secure.json": json.dumps(broken).encode()}
    server.publish(signed(files, 2, key))
    refused(home, server, trusted, installed, "its file 'vendors/acme-secure.json' cannot be used")


def test_a_feed_with_a_file_that_is_not_json_is_refused(home, server, key, trusted, installed):
    server.publish(signed({"indicators/rules.json": b"\x00\xffjunk"}, 2, key))
    refused(home, server, trusted, installed, "'indicators/rules.json' cannot be used")


def test_a_feed_with_a_json_bomb_for_a_data_file_is_refused(home, server, key, trusted, installed):
    bomb = b"[" * 200_000 + b"]" * 200_000
    server.publish(signed({"vendors/acme-secure.json": bomb}, 2, key))
    refused(home, server, trusted, installed, "nested too deeply")


# -- refusals: the server --------------------------------------------------------------


def test_an_endless_download_is_cut_at_its_announced_size(home, server, key, trusted, installed):
    server.publish(signed(GOOD, 2, key))
    server.route("vendors/acme-secure.json", endless)
    refused(home, server, trusted, installed, "different amount of 'vendors/acme-secure.json'")


def test_an_oversized_answer_is_refused_from_its_headers(home, server, key, trusted, installed):
    feed = signed(GOOD, 2, key)
    server.publish(feed)
    body = feed["vendors/acme-secure.json"] + b" " * 1000
    server.route("vendors/acme-secure.json", declares(len(body), body))
    refused(home, server, trusted, installed, "different amount")


def test_a_truncated_download_is_refused(home, server, key, trusted, installed):
    feed = signed(GOOD, 2, key)
    server.publish(feed)
    body = feed["vendors/acme-secure.json"]
    server.route("vendors/acme-secure.json", declares(len(body), body[: len(body) // 2]))
    error = refused(home, server, trusted, installed, "was cut off")
    assert error.kind == "network"


def test_a_server_that_stops_answering_times_out(home, server, key, trusted, installed):
    server.publish(signed(GOOD, 2, key))
    server.route("manifest.json", hang_before_answering(server))
    refused(home, server, trusted, installed, "stopped answering")


def test_a_server_that_stalls_in_the_middle_times_out(home, server, key, trusted, installed):
    feed = signed(GOOD, 2, key)
    server.publish(feed)
    body = feed["vendors/acme-secure.json"]
    server.route("vendors/acme-secure.json", hang_after(body[:100], len(body), server))
    refused(home, server, trusted, installed, "stopped answering")


def test_a_server_that_trickles_misses_its_deadline(home, server, key, trusted, installed):
    stall(server, key, "body", VENDOR)  # a byte every 0.2 s: never silent for long
    patient_but_demanding = Policy(read_timeout=5.0, attempts=1, grace=1.0, min_rate=10**15)
    refused(home, server, trusted, installed, "sending too slowly", policy=patient_but_demanding)


def test_a_server_that_drops_the_connection(home, server, key, trusted, installed):
    server.publish(signed(GOOD, 2, key))
    server.route("manifest.sig", drop)
    error = refused(home, server, trusted, installed, "was cut off")
    assert server.requests.count("/feed/manifest.sig") == FAST.attempts + 1  # + installed
    assert error.kind == "network"


# A failure names what failed: the server's answer when it answered (never "check your
# internet" then), the step that failed when it did not.

SERVER_ANSWERED = ("internet", "connected to a network", "this computer's network")


def test_a_missing_feed_says_the_server_answered_404(home, server, key, trusted, installed):
    server.publish({})
    error = refused(home, server, trusted, installed, "answered 404 (Not Found)")
    assert f"there is no update at {server.url}manifest.sig" in error.message
    assert not any(words in error.message for words in SERVER_ANSWERED)
    assert error.kind == "network"
    assert server.requests.count("/feed/manifest.sig") == 2  # + installed: no retry


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (500, "answered 500 (Internal Server Error): the problem is on the server"),
        (503, "answered 503 (Service Unavailable): the problem is on the server"),
        (429, "answered 429 (Too Many Requests): it is busy"),
    ],
)
def test_a_failing_server_is_named_with_its_answer(
    home, server, key, trusted, installed, code, words
):
    server.publish(signed(GOOD, 2, key))
    server.route("manifest.json", status(code))
    error = refused(home, server, trusted, installed, words)
    assert "The update server (127.0.0.1)" in error.message
    assert not any(words in error.message for words in SERVER_ANSWERED)
    assert server.requests.count("/feed/manifest.json") == FAST.attempts + 1  # retried


def test_a_server_that_forbids_it_is_named_with_its_answer(home, server, key, trusted, installed):
    server.publish(signed(GOOD, 2, key))
    server.route("manifest.sig", status(403))
    error = refused(home, server, trusted, installed, "refused to send the update: it answered")
    assert "403 (Forbidden)" in error.message
    assert not any(words in error.message for words in SERVER_ANSWERED)


def closed_port() -> int:
    """A port on this computer that nothing listens on (bound, then let go)."""
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_closed_port_says_the_connection_was_refused(home, trusted, installed):
    port = closed_port()
    with pytest.raises(UpdateError) as caught:
        update(home, f"http://127.0.0.1:{port}/feed/", [trusted], policy=FAST, now=NOW)
    message = caught.value.message
    assert "The update server (127.0.0.1) refused the connection" in message
    assert f"nothing is answering on port {port}" in message
    assert "internet" not in message and message.endswith("Nothing was changed.")
    assert caught.value.kind == "network"
    assert snapshot(home) == installed


def test_a_name_that_cannot_be_looked_up_says_so(home, trusted, monkeypatch):
    def no_such_name(host, *args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    with pytest.raises(UpdateError) as caught:
        update(home, "https://updates.example.org/feed/", [trusted], policy=FAST, now=NOW)
    message = caught.value.message
    assert "could not find the update server updates.example.org" in message
    assert "its name could not be looked up" in message
    assert caught.value.kind == "network"


def test_a_connection_that_times_out_says_how_long_it_waited(home, trusted, monkeypatch):
    def silent(*args, **kwargs):
        raise TimeoutError("timed out")

    monkeypatch.setattr(socket, "create_connection", silent)
    monkeypatch.setattr("urllib3.util.connection.create_connection", silent)
    with pytest.raises(UpdateError) as caught:
        update(home, "https://updates.example.org/feed/", [trusted], policy=FAST, now=NOW)
    assert "did not answer within 2 seconds" in caught.value.message


def test_a_bad_signature_says_the_signature(home, server, key, trusted, installed):
    feed = signed(GOOD, 2, key)
    feed["manifest.sig"] = signed(GOOD, 3, key)["manifest.sig"]  # another manifest's
    server.publish(feed)
    error = refused(home, server, trusted, installed, "its signature does not match")
    assert error.kind == "refused"
    assert not any(words in error.message for words in SERVER_ANSWERED)


def test_a_damaged_signature_file_says_so(home, server, key, trusted, installed):
    feed = signed(GOOD, 2, key)
    feed["manifest.sig"] = b"not a signature\n"
    server.publish(feed)
    refused(home, server, trusted, installed, "its signature file is damaged")


# -- a copy with no update server -------------------------------------------------------


@pytest.fixture
def no_network(monkeypatch):
    """Any connection or name look-up fails the test: nothing may be asked of a network."""

    def refused(*args, **kwargs):
        raise AssertionError("a request was attempted")

    monkeypatch.setattr(socket, "create_connection", refused)
    monkeypatch.setattr(socket, "getaddrinfo", refused)


def test_no_update_server_is_said_before_anything_is_touched(home, no_network):
    from scamscreen.feeds import source

    assert source.default_source() is None  # a checkout has none
    with pytest.raises(UpdateError) as caught:
        update(home, None, None)
    assert caught.value.kind == "no_source"
    assert caught.value.message.startswith("No update server is set up for this copy")
    assert caught.value.message.endswith("Nothing was changed.")
    assert not home.exists()


def test_the_source_written_into_a_build_is_the_default(tmp_path, monkeypatch):
    from scamscreen.feeds import source

    folder = tmp_path / "bundle"
    folder.mkdir()
    assert source.default_source(folder) is None
    record = folder / source.SOURCE_FILE
    record.write_text(source.source_record("https://owner.github.io/repo/feed"), "utf-8")
    assert source.default_source(folder) == "https://owner.github.io/repo/feed/"
    record.write_text(source.source_record(None), "utf-8")
    assert source.default_source(folder) is None
    for damaged in ("{", "[]", '{"source": 7}', '{"source": "http://example.org/feed/"}'):
        record.write_text(damaged, "utf-8")
        assert source.default_source(folder) is None, damaged

    monkeypatch.setattr(source, "default_source", lambda: "https://owner.github.io/repo/feed/")
    assert source.choose(None) == "https://owner.github.io/repo/feed/"
    assert source.choose("  ") == "https://owner.github.io/repo/feed/"
    assert source.choose("https://helpdesk.example.org/f/") == "https://helpdesk.example.org/f/"


def test_no_placeholder_address_is_left_anywhere():
    """The old made-up default (a name that never resolves) is gone for good."""
    placeholder = "scamscreen" + ".example"
    for path in (ROOT / "app").rglob("*"):
        if path.is_file() and path.suffix in (".py", ".json", ".txt", ".toml"):
            assert placeholder not in path.read_text("utf-8", errors="replace"), path
    assert not (ROOT / "app" / "scamscreen" / "feeds" / "update-source.json").exists()


def test_a_redirect_to_plain_http_elsewhere_is_refused(home, server, key, trusted, installed):
    server.publish(signed(GOOD, 2, key))
    server.route("manifest.sig", redirect("http://example.com/feed/manifest.sig"))
    refused(home, server, trusted, installed, "plain http://")


def test_plain_http_to_another_computer_is_refused_before_any_request(home, no_network):
    for url in ("http://example.com/feed/", "http://192.168.1.10/feed/"):
        with pytest.raises(UpdateError, match="plain http://"):
            update(home, url, None)
    with pytest.raises(UpdateError, match="should start with https://"):
        update(home, "ftp://example.com/feed/", None)
    assert not home.exists()


def test_an_oversized_manifest_is_refused_unread(home, server, key, trusted, installed):
    server.publish(signed(GOOD, 2, key))
    server.route("manifest.json", endless)
    refused(home, server, trusted, installed, "far larger than any update needs")


def test_a_50_mb_manifest_with_a_length_is_refused(home, server, key, trusted, installed):
    server.publish(signed(GOOD, 2, key))
    server.route("manifest.json", declares(50 * 1024 * 1024, b"{" * 1024))
    refused(home, server, trusted, installed, "far larger than any update needs")


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        (b"this is not json", "manifest) is damaged"),
        (b"[" * 50_000 + b"]" * 50_000, "nested too deeply"),
        (b'{"format": 1, "version": "2", "expires": "2099-01-01", "files": []}', "version"),
        (
            json.dumps(
                {
                    "format": 1,
                    "version": 2,
                    "expires": "2099-01-01",
                    "files": [{"name": "vendors/a.json", "size": 2 * 1024**3, "sha256": "a" * 64}],
                }
            ).encode(),
            "claims a file of 2.0 GB",
        ),
        (
            json.dumps(
                {
                    "format": 1,
                    "version": 2,
                    "expires": "2099-01-01",
                    "files": [{"name": "../../.profile", "size": 1, "sha256": "a" * 64}],
                }
            ).encode(),
            "outside its own folder",
        ),
    ],
)
def test_signed_but_malformed_manifests_are_refused(
    home, server, key, trusted, installed, raw, fragment
):
    server.publish(sign_raw(raw, key))
    refused(home, server, trusted, installed, fragment)


def test_an_unsigned_bomb_never_reaches_the_parser(home, server, key, trusted, installed):
    feed = sign_raw(b"[" * 50_000 + b"]" * 50_000, key)
    feed["manifest.sig"] = signing.sign(b"something else", [key])
    server.publish(feed)
    refused(home, server, trusted, installed, "signature does not match")


# -- the known-scam lists -----------------------------------------------------------


def test_the_feed_numbers_reach_the_known_scam_lists(home, installed):
    with KnownLists.open(home) as lists:
        values: dict[str, str] = {}
        facts = lists.facts_for(["+18445550199"], [], values)
        assert "phone:reported" in facts and "phone:reported_tech_support" in facts
        assert "updates" in values["known_source"]
        assert lists.count("scam") >= 2
    info = active.last_update(home)
    assert info["numbers"] == 2 and info["domains"] == 0


def test_the_next_update_replaces_the_feed_numbers(home, server, key, trusted, installed):
    csv = b"number,source,note\n+44 20 7946 0958,https://reports.example/3,Fake bank\n"
    server.publish(signed({"known-numbers.csv": csv}, 2, key))
    result = run_update(home, server, trusted)
    assert result.numbers == 1 and "1 known scam numbers" in result.message
    feed_rows = [row for row in list_entries(home) if row[3] == "feed"]
    assert [row[0] for row in feed_rows] == ["+442079460958"]
    server.publish(signed({"web.json": (data_dir() / "web.json").read_bytes()}, 3, key))
    assert run_update(home, server, trusted).numbers is None
    assert not [row for row in list_entries(home) if row[3] == "feed"]


@pytest.mark.parametrize(
    ("csv", "fragment"),
    [
        (b"number,source\n+18445550199,x\n", "does not have the columns number, source, note"),
        (b"number,source,note\n+18445550199,x,y\nnot a number,x,y\n", "on line 3"),
        (b"number,source,note\n+18445550199,x\n", "line 2: it has 2 columns"),
        (b"number,source,note\n\x00\x01\x02\xff\xfe,x,y\n", "not readable text"),
        (b"number,source,note\n+18445550199,\x00,y\n", "line 2: it holds binary data"),
        (b"", "is empty"),
    ],
)
def test_a_bad_known_numbers_file_is_refused(home, server, key, trusted, installed, csv, fragment):
    server.publish(signed({"known-numbers.csv": csv}, 2, key))
    refused(home, server, trusted, installed, fragment)


def test_when_the_lists_cannot_be_written_the_data_switch_is_undone(
    home, server, key, trusted, installed, monkeypatch
):
    from scamscreen.core.errors import ListError

    server.publish(signed({"vendors/other-co.json": vendor("other-co", "Other Co")}, 2, key))

    def locked_by_another_program(self, source, rows):
        for _row in rows:
            pass
        raise ListError("The known-scam lists are in use by another program.")

    monkeypatch.setattr(KnownLists, "replace_source", locked_by_another_program)
    before = {k: v for k, v in installed.items() if k != LISTS_NAME}
    with pytest.raises(UpdateError, match="in use by another program") as caught:
        run_update(home, server, trusted)
    assert caught.value.message.endswith("Nothing was changed.")
    assert snapshot(home, lists_bytes=False) == before


# -- cancel, failures while switching, the lock -----------------------------------------


def test_cancel_leaves_everything_as_it_was(home, server, key, trusted, installed):
    server.publish(signed(GOOD, 2, key))
    pressed = threading.Event()

    def progress(done: int, total: int) -> None:
        if done > 0:
            pressed.set()

    with pytest.raises(UpdateCancelled) as caught:
        run_update(home, server, trusted, progress=progress, cancelled=pressed.is_set)
    assert caught.value.message == "The update was cancelled: nothing was changed."
    assert snapshot(home) == installed


def test_a_failure_while_switching_changes_nothing(
    home, server, key, trusted, installed, monkeypatch
):
    server.publish(signed(GOOD, 2, key))

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(active, "write_pointer", full_disk)
    error = refused(home, server, trusted, installed, "No space left on device")
    assert error.kind == "local"


def test_one_update_at_a_time(home, server, key, trusted, installed):
    server.publish(signed(GOOD, 2, key))
    with active.locked(home), pytest.raises(UpdateError, match="Another update is already"):
        run_update(home, server, trusted)
    assert snapshot(home) == installed


# -- the active folder after an app upgrade or damage -----------------------------------


def test_an_app_upgrade_uses_its_own_data_until_the_next_update(
    home, server, trusted, installed, tmp_path, monkeypatch
):
    upgraded = tmp_path / "upgraded-data"
    shutil.copytree(data_dir(), upgraded)
    advice = upgraded / "advice.json"
    advice.write_text(advice.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    monkeypatch.setenv("SCAMSCREEN_DATA", str(upgraded))
    assert active.active_data_dir(home) == upgraded
    info = active.last_update(home)
    assert not info["in_use"] and "upgraded" in info["note"]
    # The same feed version is applied again, over the new data.
    result = run_update(home, server, trusted)
    assert result.updated and result.version == 1
    folder = active.active_data_dir(home)
    assert folder != upgraded
    assert (folder / "advice.json").read_bytes() == advice.read_bytes()


def test_a_damaged_staged_folder_falls_back_to_the_shipped_data(home, installed):
    folder = active.active_data_dir(home)
    (folder / "web.json").write_text("{}", encoding="utf-8")
    assert active.active_data_dir(home) == data_dir()
    assert "did not match what was signed" in active.last_update(home)["note"]


def test_a_damaged_pointer_falls_back_to_the_shipped_data(home, installed):
    (active.updates_dir(home) / active.POINTER).write_text("{ not json", encoding="utf-8")
    assert active.active_data_dir(home) == data_dir()
    assert active.installed_version(home) is None


def test_active_does_not_load_network_crypto_or_sqlite():
    code = (
        "import sys; from pathlib import Path;"
        "from scamscreen.feeds.active import active_data_dir, last_update;"
        "active_data_dir(Path('/nonexistent')); last_update(Path('/nonexistent'));"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('requests', 'urllib3', 'cryptography', 'sqlite3', 'sqlite_utils', 'PySide6')];"
        "print(bad)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# -- maintainers' side and the command line ---------------------------------------------


def write_tree(folder: Path, files: dict[str, bytes]) -> Path:
    for name, body in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(body)
    return folder


def test_keygen_build_update_on_the_command_line(tmp_path, server, capsys, monkeypatch):
    from scamscreen.cli import run

    keys = tmp_path / "keys"
    assert run(["feed", "keygen", "--out", str(keys), "--name", "team"]) == 0
    private, public = keys / "team.key", keys / "team.pub"
    assert private.exists() and public.exists()
    monkeypatch.setenv(active.TRUSTED_KEYS_ENV, str(public))  # as a help desk sets it
    source = write_tree(tmp_path / "input", GOOD)
    out = tmp_path / "out"
    args = ["feed", "build", "--key", str(private), "--input", str(source), "--out", str(out)]
    assert run([*args, "--version", "7", "--expires", "2099-12-31"]) == 0
    published = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert published == {*GOOD, "manifest.json", "manifest.sig"}
    server.publish({name: (out / name).read_bytes() for name in published})
    capsys.readouterr()

    home = tmp_path / "home"
    update_args = ["--data-dir", str(home), "update", "--source", server.url]
    assert run([*update_args, "--trusted-key", str(public)]) == 0
    printed = capsys.readouterr().out
    assert "updated to version 7" in printed and "vendors/acme-secure.json" in printed
    assert run([*update_args, "--trusted-key", str(public), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["updated"] is False

    # Refused (embedded keys do not know the team key): status 5, words, no traceback.
    monkeypatch.delenv(active.TRUSTED_KEYS_ENV)
    assert run(update_args) == 5
    err = capsys.readouterr().err
    assert "does not trust" in err and "Traceback" not in err
    assert run([*update_args, "--trusted-key", str(private)]) == 2
    assert "is a private key" in capsys.readouterr().err
    assert run(["update", "--source", "http://example.com/"]) == 2
    assert "plain http://" in capsys.readouterr().err
    # A checkout has no update server of its own: the command says to give one.
    assert run(["--data-dir", str(home), "update"]) == 2
    err = capsys.readouterr().err
    assert "No update server is set up for this copy" in err and "--source URL" in err


def test_update_in_a_separate_process(tmp_path, server, key):
    server.publish(signed(GOOD, 3, key))
    public = tmp_path / "k.pub"
    signing_pub = key.public_key().public_bytes_raw()
    public.write_bytes(signing_pub)
    env = {**os.environ, "SCAMSCREEN_HOME": str(tmp_path / "home")}
    command = [sys.executable, "-m", "scamscreen", "update", "--source", server.url]
    done = subprocess.run(
        [*command, "--trusted-key", str(public)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert "updated to version 3" in done.stdout


@pytest.mark.parametrize(
    ("files", "extra", "fragment"),
    [
        ({"setup.exe": b"MZ"}, [], "does not know what to do with ('setup.exe')"),
        ({"vendors/x.json": b"{"}, [], "its file 'vendors/x.json' cannot be used"),
        (GOOD, ["--expires", "2020-01-01"], "already past"),
        (GOOD, ["--version", "0"], "above zero"),
    ],
)
def test_build_refuses_what_a_client_would(tmp_path, key, capsys, files, extra, fragment):
    from cryptography.hazmat.primitives import serialization

    from scamscreen.cli import run

    private = tmp_path / "k.key"
    private.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    source = write_tree(tmp_path / "input", files)
    args = ["feed", "build", "--key", str(private), "--input", str(source)]
    args += ["--out", str(tmp_path / "out"), "--version", "1", "--expires", "2099-01-01"]
    assert run([*args, *extra]) == 2
    err = capsys.readouterr().err
    assert fragment in err and "Traceback" not in err
    assert not (tmp_path / "out" / "manifest.json").exists()


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://updates.example.org/feed/", True),
        ("http://127.0.0.1:8080/feed/", True),
        ("http://127.9.9.9/feed", True),
        ("http://[::1]:8080/feed/", True),
        ("http://localhost/feed/", True),
        ("http://LOCALHOST/feed/", True),
        ("http://localhost.example.com/feed/", False),
        ("http://127.0.0.1.example.com/", False),
        ("http://10.0.0.1/feed/", False),
        ("http://[::ffff:8.8.8.8]/feed/", False),
        ("https://user:secret@updates.example.org/", False),
        ("file:///etc/passwd", False),
        ("https://", False),
        ("https://host:notaport/", False),
        ("http://[::1/feed/", False),
        ("https://updates.example.org/feed?token=1", False),
    ],
)
def test_which_addresses_an_update_may_come_from(url, allowed):
    from scamscreen.feeds.http import check_url

    if allowed:
        assert check_url(url).endswith("/")
    else:
        with pytest.raises(UpdateError) as caught:
            check_url(url)
        assert caught.value.message.endswith("Nothing was changed.")


def test_the_command_line_screens_with_the_update_and_its_numbers(
    home, installed, capsys, monkeypatch
):
    """`check` and `log add` use the updated data and the feed's known numbers."""
    import io
    import sys

    from scamscreen import cli

    contact = json.dumps(
        {"channel": "phone_inbound", "claimed_org": "Acme Secure", "phone": "844 555 0199"}
    ).encode()
    for command in (["check", "--json"], ["log", "add", "--json"]):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(contact)))
        status = cli.run(["--data-dir", str(home), *command])
        out = capsys.readouterr().out
        assert status == 0, out
        if command[0] == "check":
            answer = json.loads(out)
            assert answer["organisation"]["id"] == "acme-secure"  # a vendor from the feed
            assert any(f["id"].startswith("known_number") for f in answer["findings"])


# -- one overall deadline per file, and Cancel within 2 seconds at any stage ------------
#
# Four servers that never finish: one that accepts and says nothing, one that trickles
# its status line and headers a byte at a time, one that trickles the body, one that
# sends its headers and stalls. Each keeps going for at most TRICKLE_FOR seconds (so
# that a client without a deadline fails the test instead of hanging it); a byte every
# TRICKLE_EVERY seconds never trips a read timeout.

TRICKLE_EVERY = 0.2
TRICKLE_FOR = 30.0
DEADLINE = 3.0


def deadline_policy(seconds: float) -> Policy:
    """An overall deadline of `seconds` per file (from connect to last byte), with a
    read timeout far longer, so that only the deadline can end a trickle."""
    return Policy(read_timeout=20.0, attempts=3, backoff=0.0, grace=seconds, min_rate=10**15)


def _entered(server: FeedServer) -> threading.Event:
    if not hasattr(server, "entered"):
        server.entered = threading.Event()  # type: ignore[attr-defined]
    return server.entered  # type: ignore[attr-defined]


def _trickle(handler: _Handler, server: FeedServer, data: bytes) -> None:
    """Send `data` a byte at a time, then (or when the client goes) stop."""
    with contextlib.suppress(OSError):
        for byte in itertools.islice(data, int(TRICKLE_FOR / TRICKLE_EVERY)):
            if server.release.wait(TRICKLE_EVERY):
                return
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
    handler.close_connection = True


def silent_after_accept(server: FeedServer) -> Callable[[_Handler], None]:
    def respond(handler: _Handler) -> None:
        _entered(server).set()
        server.release.wait(TRICKLE_FOR)
        handler.close_connection = True

    return respond


def trickled_headers(server: FeedServer) -> Callable[[_Handler], None]:
    def respond(handler: _Handler) -> None:
        _entered(server).set()
        endless_headers = b"HTTP/1.1 200 OK\r\n" + b"X-Slow: " + b"a" * 100_000
        _trickle(handler, server, endless_headers)

    return respond


def trickled_body(body: bytes, server: FeedServer) -> Callable[[_Handler], None]:
    def respond(handler: _Handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.flush()
        _entered(server).set()
        _trickle(handler, server, body)

    return respond


def headers_then_stall(body: bytes, server: FeedServer) -> Callable[[_Handler], None]:
    def respond(handler: _Handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.flush()
        _entered(server).set()
        server.release.wait(TRICKLE_FOR)
        handler.close_connection = True

    return respond


VENDOR = "vendors/acme-secure.json"
STALLS = {
    # stage: (the file that misbehaves, how, the words the deadline's message uses)
    "accepts-and-says-nothing": ("manifest.sig", "silent", "did not answer"),
    "trickles-headers": ("manifest.sig", "headers", "did not answer"),
    "trickles-body": (VENDOR, "body", "sending too slowly"),
    "headers-then-stall": (VENDOR, "stall", "sending too slowly"),
}


def stall(server: FeedServer, key: Ed25519PrivateKey, how: str, name: str) -> None:
    feed = signed(GOOD, 2, key)
    server.publish(feed)
    body = feed[name]
    behaviour = {
        "silent": lambda: silent_after_accept(server),
        "headers": lambda: trickled_headers(server),
        "body": lambda: trickled_body(body, server),
        "stall": lambda: headers_then_stall(body, server),
    }[how]()
    server.route(name, behaviour)


def lock_is_free(home: Path) -> bool:
    try:
        with active.locked(home):
            return True
    except active.Busy:
        return False


@pytest.mark.parametrize("stage", list(STALLS))
def test_the_overall_deadline_ends_a_server_that_never_finishes(
    home, server, key, trusted, installed, stage
):
    name, how, words = STALLS[stage]
    stall(server, key, how, name)
    start = time.monotonic()
    error = refused(home, server, trusted, installed, words, policy=deadline_policy(DEADLINE))
    elapsed = time.monotonic() - start
    assert DEADLINE - 0.5 <= elapsed <= DEADLINE + 2.0, (stage, elapsed)
    assert f"{DEADLINE:g} seconds" in error.message, error.message
    assert error.kind == "network"
    assert lock_is_free(home)
    assert _entered(server).is_set()


@pytest.mark.parametrize("stage", list(STALLS))
def test_cancel_returns_within_2_seconds_at_any_stage(home, server, key, trusted, installed, stage):
    name, how, _words = STALLS[stage]
    stall(server, key, how, name)
    pressed = threading.Event()
    pressed_at: list[float] = []

    def press() -> None:
        pressed_at.append(time.monotonic())
        pressed.set()

    def press_at_a_random_moment() -> None:
        # Once the server is misbehaving, at some moment in the next second.
        if _entered(server).wait(TRICKLE_FOR):
            timer = threading.Timer(random.uniform(0.0, 1.0), press)
            timer.daemon = True
            timer.start()

    helper = threading.Thread(target=press_at_a_random_moment, daemon=True)
    helper.start()
    patient = deadline_policy(120.0)
    with pytest.raises(UpdateCancelled):
        run_update(home, server, trusted, policy=patient, cancelled=pressed.is_set)
    returned = time.monotonic()
    assert pressed_at, "the update ended before Cancel was pressed"
    assert returned - pressed_at[0] < 2.0, (stage, returned - pressed_at[0])
    assert snapshot(home) == installed
    assert not [p for p in active.updates_dir(home).iterdir() if p.name.startswith(".staging")]
    assert lock_is_free(home)
    # A second update can start at once, and is applied.
    server.publish(signed(GOOD, 2, key))
    assert run_update(home, server, trusted).updated


def test_cancel_during_the_wait_between_tries_is_prompt(home, server, key, trusted, installed):
    server.publish(signed(GOOD, 2, key))
    server.route("manifest.sig", status(503))
    pressed = threading.Event()
    slow_backoff = Policy(attempts=3, backoff=60.0, grace=600.0)
    timer = threading.Timer(0.5, pressed.set)
    timer.start()
    start = time.monotonic()
    with pytest.raises(UpdateCancelled):
        run_update(home, server, trusted, policy=slow_backoff, cancelled=pressed.is_set)
    assert time.monotonic() - start < 2.5
    assert snapshot(home) == installed


def test_a_team_list_from_a_trickling_server_stops_on_cancel(tmp_path, server):
    from scamscreen.feeds import team

    server.route("team.csv", trickled_headers(server))
    pressed = threading.Event()
    pressed_at: list[float] = []

    def press() -> None:
        if _entered(server).wait(TRICKLE_FOR):
            pressed_at.append(time.monotonic())
            pressed.set()

    threading.Thread(target=press, daemon=True).start()
    with KnownLists.open(tmp_path / "home") as lists:
        lists.set_meta(team.PREFIX + "helpdesk", server.url + "team.csv")
        synced = team.sync(lists, cancelled=pressed.is_set)
    assert pressed_at and time.monotonic() - pressed_at[0] < 2.0
    assert synced[0].entries is None and "cancelled" in synced[0].problem


# -- an installed update is checked against its signed manifest at every start ----------


def staged(home: Path) -> Path:
    return active.updates_dir(home) / active.read_pointer(home)["folder"]


def edit_pointer(home: Path, **changes: object) -> None:
    path = active.updates_dir(home) / active.POINTER
    state = json.loads(path.read_text(encoding="utf-8"))
    state.update(changes)
    path.write_text(json.dumps(state), encoding="utf-8")


def _edit_a_feed_file(home: Path, key: Ed25519PrivateKey) -> None:
    path = staged(home) / "data" / "vendors" / "acme-secure.json"
    path.write_bytes(path.read_bytes().replace(b"acmesecure.com", b"acmesecure.co"))


def _edit_a_shipped_file(home: Path, key: Ed25519PrivateKey) -> None:
    path = staged(home) / "data" / "advice.json"
    path.write_bytes(path.read_bytes() + b"\n")


def _edit_and_fix_the_fingerprint(home: Path, key: Ed25519PrivateKey) -> None:
    """The attack: a file changed, and the fingerprint stored beside it made to match."""
    _edit_a_feed_file(home, key)
    edit_pointer(home, data_fingerprint=active.fingerprint(staged(home) / "data"))


def _edit_a_file_no_fingerprint_covers(home: Path, key: Ed25519PrivateKey) -> None:
    path = staged(home) / "data" / "known-scams" / "seed.csv"
    path.write_bytes(path.read_bytes() + b"+1 844 555 0100,,planted,\n")


def _add_a_file(home: Path, key: Ed25519PrivateKey) -> None:
    (staged(home) / "data" / "vendors" / "planted.json").write_bytes(vendor("planted", "Planted"))


def _remove_a_file(home: Path, key: Ed25519PrivateKey) -> None:
    (staged(home) / "data" / "vendors" / "norton.json").unlink()


def _link_a_file(home: Path, key: Ed25519PrivateKey) -> None:
    path = staged(home) / "data" / "web.json"
    path.unlink()
    path.symlink_to(data_dir() / "web.json")


def _edit_the_manifest(home: Path, key: Ed25519PrivateKey) -> None:
    path = staged(home) / "manifest.json"
    path.write_bytes(path.read_bytes().replace(b'"version": 1', b'"version": 1 '))


def _swap_in_another_signed_manifest(home: Path, key: Ed25519PrivateKey) -> None:
    other = signed(GOOD, 2, key)
    (staged(home) / "manifest.json").write_bytes(other["manifest.json"])
    (staged(home) / "manifest.sig").write_bytes(other["manifest.sig"])


def _edit_the_data_fingerprint(home: Path, key: Ed25519PrivateKey) -> None:
    edit_pointer(home, data_fingerprint="0" * 64)


TAMPERED = {
    "a feed file edited": _edit_a_feed_file,
    "a shipped file edited": _edit_a_shipped_file,
    "a file edited and its fingerprint fixed": _edit_and_fix_the_fingerprint,
    "a file no fingerprint covers edited": _edit_a_file_no_fingerprint_covers,
    "a file added": _add_a_file,
    "a file removed": _remove_a_file,
    "a file replaced by a link": _link_a_file,
    "the manifest edited": _edit_the_manifest,
    "another signed manifest swapped in": _swap_in_another_signed_manifest,
    "current.json's data fingerprint edited": _edit_the_data_fingerprint,
}


def assert_not_signed_note(home: Path) -> None:
    assert active.active_data_dir(home) == data_dir()
    info = active.last_update(home)
    assert not info["in_use"] and info["reason"] == "unverified"
    assert "did not match what was signed" in info["note"]
    assert "next update will restore it" in info["note"]


@pytest.mark.parametrize("how", list(TAMPERED))
def test_a_tampered_installed_update_falls_back_to_the_shipped_data(
    home, server, key, trusted, installed, how
):
    assert active.last_update(home)["in_use"]
    TAMPERED[how](home, key)
    assert_not_signed_note(home)
    # The next update (the same version) restores it, and it is in use again.
    result = run_update(home, server, trusted)
    assert result.updated and result.version == 1
    info = active.last_update(home)
    assert info["in_use"] and info["reason"] is None and info["note"] is None
    assert active.active_data_dir(home) != data_dir()


def test_a_clean_update_is_in_use_after_the_check(home, installed):
    info = active.last_update(home)
    assert info["in_use"] and info["reason"] is None
    folder = active.active_data_dir(home)
    assert folder == staged(home) / "data"
    assert Screener.load(folder).directory.match("Acme Secure").id == "acme-secure"


def test_a_key_no_longer_trusted_at_start_up_falls_back(home, installed, monkeypatch):
    monkeypatch.delenv(active.TRUSTED_KEYS_ENV)
    assert active.active_data_dir(home) == data_dir()
    info = active.last_update(home)
    assert info["reason"] == "untrusted" and "does not trust" in info["note"]


def test_a_key_given_for_one_run_only_is_not_switched_to(home, server, key, trusted, monkeypatch):
    monkeypatch.delenv(active.TRUSTED_KEYS_ENV)
    server.publish(signed(GOOD, 1, key))
    before = snapshot(home)
    error = refused(home, server, trusted, before, active.TRUSTED_KEYS_ENV)
    assert "--trusted-key" in error.message
    assert active.last_update(home) is None


def test_a_file_changed_while_staging_is_caught_before_the_switch(
    home, server, key, trusted, installed, monkeypatch
):
    from scamscreen.feeds import update as update_module

    private = update_module._make_private

    def and_meddle(folder: Path) -> None:
        private(folder)
        (folder / "data" / "advice.json").write_bytes(b'{"planted": true}')

    monkeypatch.setattr(update_module, "_make_private", and_meddle)
    server.publish(signed(GOOD, 2, key))
    refused(home, server, trusted, installed, "do not match what was signed")


def test_the_command_line_says_when_the_update_is_not_what_was_signed(
    home, server, trusted, installed, capsys, monkeypatch
):
    import io

    from scamscreen import cli

    contact = b'{"channel": "phone_inbound", "claimed_org": "Acme Secure"}'

    def check() -> tuple[str, str]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(contact)))
        assert cli.run(["--data-dir", str(home), "check", "--json"]) == 0
        done = capsys.readouterr()
        return done.out, done.err

    out, err = check()
    assert err == "" and json.loads(out)["organisation"]["id"] == "acme-secure"

    _edit_a_feed_file(home, None)
    out, err = check()
    assert (json.loads(out).get("organisation") or {}).get("id") != "acme-secure"
    assert len(err.splitlines()) == 1
    assert "did not match what was signed" in err and "scamscreen update" in err

    assert cli.run(["--data-dir", str(home), "lists", "show"]) == 0
    assert "did not match what was signed" in capsys.readouterr().out

    assert cli.run(["--data-dir", str(home), "update", "--source", server.url]) == 0
    done = capsys.readouterr()
    assert "did not match what was signed" in done.err
    assert "updated to version 1" in done.out
    out, err = check()
    assert err == "" and json.loads(out)["organisation"]["id"] == "acme-secure"


def test_check_says_nothing_when_the_update_is_unused_for_another_reason(
    home, installed, capsys, monkeypatch, tmp_path
):
    import io

    from scamscreen import cli

    upgraded = tmp_path / "upgraded-data"
    shutil.copytree(data_dir(), upgraded)
    (upgraded / "advice.json").write_bytes((upgraded / "advice.json").read_bytes() + b"\n")
    monkeypatch.setenv("SCAMSCREEN_DATA", str(upgraded))
    contact = io.BytesIO(b'{"phone": "+1 844 555 0100"}')
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(contact))
    assert cli.run(["--data-dir", str(home), "check", "--json"]) == 0
    assert capsys.readouterr().err == ""


def test_checking_an_installed_update_loads_no_network_or_sqlite(home, installed):
    code = (
        "import sys; from pathlib import Path;"
        "from scamscreen.feeds.active import active_data_dir;"
        f"assert active_data_dir(Path({str(home)!r})) != Path({str(data_dir())!r});"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('requests', 'urllib3', 'sqlite3', 'sqlite_utils', 'PySide6')];"
        "print(bad)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# -- the Workspace uses the updated data everywhere ---------------------------------


def test_a_workspace_over_an_updated_folder_uses_the_update_everywhere(home, server, key, trusted):
    from scamscreen.core.contact import parse_contact
    from scamscreen.ui.history_chart import directory_names
    from scamscreen.workspace import Workspace

    checklist = json.loads((data_dir() / "checklists" / "verify.json").read_text("utf-8"))
    checklist["title"] = "Check it safely, the updated way"
    files = {**GOOD, "checklists/verify.json": json.dumps(checklist).encode()}
    server.publish(signed(files, 1, key))
    run_update(home, server, trusted)

    with Workspace(home) as workspace:
        assert workspace.data_folder == active.active_data_dir(home) != data_dir()
        result = workspace.screen(parse_contact({"claimed_org": "Acme Secure", "phone": ""}))
        assert result.analysis.vendor is not None and result.analysis.vendor.id == "acme-secure"
        assert workspace.screener.data_version == active.last_update(home)["data_version"]
        report = workspace.report({"id": 1, "claimed_org": "Acme Secure", "region": "US"})
        assert [place.name for place in report.company][:1] == ["Acme Secure"]
        assert workspace.checklist("verify").title == "Check it safely, the updated way"
        assert directory_names(workspace.data_folder)["acme-secure"] == "Acme Secure"
