"""Fetching a feed's files: HTTPS only (plain HTTP only to this computer), timeouts,
a bounded number of attempts, and every body streamed with a cap.

Nothing is read whole before it is checked: the manifest and signature have small caps,
and each file is written to disk as it arrives, hashed on the way, and refused the
moment it grows past the size the signed manifest announced.

Every file has one overall deadline, from the first connection to its last byte (all
tries included), and Cancel is noticed within a tenth of a second at every stage. Neither
can be had from socket timeouts alone: requests' read timeout bounds the silence between
two reads, so a server that trickles its status line and headers a byte at a time never
trips it, and connecting (name lookup included) cannot be interrupted at all. So each
blocking step (connecting and reading the headers; each read of the body) runs on a
short-lived helper thread while the caller's thread waits in steps of `POLL` seconds,
looking at Cancel and the deadline. On either it stops waiting at once and shuts down
the connection's socket, which wakes the helper (a blocked read returns), so the helper
ends soon after; it never touches the disk, and closes what it was reading itself.

Retries (own loop, not urllib3's, so that a connection cut in the middle of a body is
retried the same way as one refused at the start) cover connection failures, timeouts,
cut-off bodies and 429/5xx answers; never a wrong size or hash, which another try
would not cure.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import hashlib
import ipaddress
import os
import socket
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote, urljoin, urlsplit

import requests
import requests.adapters
import urllib3.connection
import urllib3.connectionpool
import urllib3.exceptions

from scamscreen.core.i18n import _
from scamscreen.feeds.errors import UpdateCancelled, UpdateError, local, network, refused

CHUNK = 64 * 1024
MAX_REDIRECTS = 5
_RETRY_STATUS = {429, 500, 502, 503, 504}
_REDIRECT_STATUS = {301, 302, 303, 307, 308}
POLL = 0.1  # seconds between two looks at Cancel and the deadline while waiting
_T = TypeVar("_T")


@dataclass(frozen=True)
class Policy:
    """How patient to be. The defaults suit a home connection; tests shorten them."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # the longest silence between two network reads
    attempts: int = 3  # tries per file, the first included
    backoff: float = 1.0  # seconds before the 2nd try, doubled before each next
    # One overall deadline per file, from connecting to its last byte, all tries
    # included: `grace` seconds + the file's size (for the manifest and signature,
    # their cap) at `min_rate` bytes per second.
    min_rate: int = 8 * 1024
    grace: float = 60.0

    def deadline_for(self, size: int) -> float:
        """Seconds a file of `size` bytes may take in all."""
        return self.grace + size / self.min_rate


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> str:
    """The feed address, or a refusal made before anything is sent: only https://, or
    http:// to this computer (tests, a local mirror). Ends with '/' (a folder)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        scheme = parts.scheme.lower()
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        host, scheme = None, ""
    if scheme not in ("http", "https") or not host or parts.query or parts.fragment:
        raise UpdateError(
            _(
                "'{url}' is not a web address ScamScreen can update from: it should "
                "start with https://. Nothing was changed."
            ).format(url=url)
        )
    if parts.username or parts.password:
        raise UpdateError(
            _("The update address must not contain a name or password. Nothing was changed.")
        )
    if scheme == "http" and not is_loopback(host):
        raise refused(
            _(
                "it would come over plain http://, which anyone on the way could read or "
                "change: use an https:// address"
            )
        )
    return url if url.endswith("/") else url + "/"


def _causes(exc: BaseException, *, with_args: bool = True) -> Iterator[BaseException]:
    """`exc` and every error behind it, depth first, each once: requests wraps urllib3's
    MaxRetryError, whose `reason` (or first argument) is the real failure."""
    pending: list[object] = [exc]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if not isinstance(current, BaseException) or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending.extend([current.__cause__, current.__context__, getattr(current, "reason", None)])
        if with_args:
            pending.extend(current.args[:1])


def _cause(exc: BaseException, kind: type[BaseException]) -> bool:
    """Whether `kind` is anywhere among the causes."""
    return any(isinstance(current, kind) for current in _causes(exc))


def _errno(exc: BaseException) -> set[int]:
    """The OS error numbers among the causes."""
    return {
        current.errno
        for current in _causes(exc)
        if isinstance(current, OSError) and isinstance(current.errno, int)
    }


def _problem(exc: BaseException) -> str:
    """The deepest OS error's words ("Network is unreachable"), else the error's name."""
    words = ""
    for current in _causes(exc, with_args=False):
        if isinstance(current, OSError) and current.strerror:
            words = current.strerror
    return words or exc.__class__.__name__


def _status_words(status: int, reason: str | None) -> str:
    """An HTTP status's name: "Not Found", "Internal Server Error"."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return (reason or "").strip() or _("an unknown answer")


def _cannot_store(exc: OSError) -> UpdateError:
    return local(
        _(
            "The update could not be saved on this computer ({problem}): check that there "
            "is free space, then try again."
        ).format(problem=exc.strerror or exc.__class__.__name__)
    )


class _Connections:
    """The connections one Fetcher opened, so that a request given up on (Cancel, the
    deadline) can be cut: shutting a socket down wakes a thread blocked reading it.
    A connection still being made when the request is given up is closed as soon as it
    is made (`check`): a name lookup or a connect cannot be woken."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: weakref.WeakSet[urllib3.connection.HTTPConnection] = weakref.WeakSet()
        self._generation = 0

    def register(self, conn: urllib3.connection.HTTPConnection) -> int:
        with self._lock:
            self._open.add(conn)
            return self._generation

    def check(self, conn: urllib3.connection.HTTPConnection, generation: int) -> None:
        with self._lock:
            stale = generation != self._generation
        if stale:
            conn.close()
            raise urllib3.exceptions.ProtocolError("the request was given up")

    def connected(self) -> bool:
        """Whether a connection is open (else the server was never reached)."""
        with self._lock:
            return any(conn.sock is not None for conn in self._open)

    def cut(self) -> None:
        with self._lock:
            self._generation += 1
            conns = list(self._open)
        for conn in conns:
            sock = conn.sock
            if isinstance(sock, socket.socket):
                # (socket.socket's own shutdown: an SSLSocket's would also drop its
                # TLS state under the reading thread's feet)
                with contextlib.suppress(OSError):
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _tracking_adapter(connections: _Connections) -> requests.adapters.HTTPAdapter:
    """requests' adapter, with every connection it makes known to `connections`."""

    class Plain(urllib3.connection.HTTPConnection):
        def connect(self) -> None:
            generation = connections.register(self)
            super().connect()
            connections.check(self, generation)

    class Secure(urllib3.connection.HTTPSConnection):
        def connect(self) -> None:
            generation = connections.register(self)
            super().connect()
            connections.check(self, generation)

    class PlainPool(urllib3.connectionpool.HTTPConnectionPool):
        ConnectionCls = Plain

    class SecurePool(urllib3.connectionpool.HTTPSConnectionPool):
        ConnectionCls = Secure

    pools = {"http": PlainPool, "https": SecurePool}

    class Adapter(requests.adapters.HTTPAdapter):
        def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = pools

        def proxy_manager_for(self, proxy: Any, **kwargs: Any) -> Any:
            manager = super().proxy_manager_for(proxy, **kwargs)
            manager.pool_classes_by_scheme = pools
            return manager

    return Adapter(max_retries=0)


class _GaveUp(Exception):
    """A blocking step was given up (Cancel, the deadline); its helper thread now owns
    what it was working on and closes it."""

    def __init__(self, error: UpdateError) -> None:
        super().__init__(error.message)
        self.error = error


class _Retry(Exception):
    """A failure another try may cure; carries the message for when tries run out."""

    def __init__(self, error: UpdateError) -> None:
        super().__init__(error.message)
        self.error = error


class Fetcher:
    """One feed source: `get_small` for the manifest and signature, `download` for
    files. Use as a context manager (closes its connections)."""

    def __init__(
        self,
        base_url: str,
        policy: Policy | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self.base = check_url(base_url)
        parts = urlsplit(self.base)
        self.host = parts.hostname or self.base
        self.port = parts.port or (443 if parts.scheme == "https" else 80)
        self.policy = policy or Policy()
        self.cancelled = cancelled or (lambda: False)
        self.connections = _Connections()
        self.session = requests.Session()
        adapter = _tracking_adapter(self.connections)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        # Bytes counted against the caps are the bytes on the wire: no gzip bombs.
        self.session.headers["Accept-Encoding"] = "identity"
        self.session.headers["User-Agent"] = "ScamScreen-update/1"
        # This computer is never reached through a proxy set in the environment.
        self.session.trust_env = not is_loopback(self.host)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.session.close()

    def url_for(self, name: str) -> str:
        return urljoin(self.base, "/".join(quote(part) for part in name.split("/")))

    def check_cancelled(self) -> None:
        if self.cancelled():
            raise UpdateCancelled

    # -- waiting, with Cancel and the deadline in view ------------------------------

    def _call(
        self,
        step: Callable[[], _T],
        deadline: float,
        late: Callable[[_T | None], None],
        overdue: Callable[[], UpdateError],
    ) -> _T:
        """Run `step` (one blocking network step) on a helper thread and wait for it,
        looking at Cancel and `deadline` every `POLL` seconds. Given up on, the
        connection is cut, `late(value or None)` is left for the helper to run when it
        ends (it closes what it opened), and `_GaveUp` is raised at once: with
        `UpdateCancelled`, or `overdue()` at the deadline."""
        lock = threading.Lock()
        outcome: list[tuple[bool, Any]] = []
        done = threading.Event()
        abandoned = False

        def work() -> None:
            try:
                value: Any = step()
                result = (True, value)
            except BaseException as exc:  # handed to the waiting thread, or dropped
                result = (False, exc)
            with lock:
                outcome.append(result)
                left = abandoned
            done.set()
            if left:
                with contextlib.suppress(Exception):
                    late(result[1] if result[0] else None)

        threading.Thread(target=work, name="scamscreen-fetch", daemon=True).start()
        error: UpdateError | None = None
        try:
            while not done.wait(max(0.0, min(POLL, deadline - time.monotonic()))):
                if self.cancelled():
                    error = UpdateCancelled()
                elif time.monotonic() >= deadline:
                    error = overdue()
                else:
                    continue
                break
        except BaseException:  # Ctrl+C while waiting: give up the same way
            error = UpdateCancelled()
            raise
        finally:
            if error is not None:
                with lock:
                    abandoned = not outcome
                if abandoned:
                    self.connections.cut()
        if error is not None and abandoned:
            raise _GaveUp(error)
        ok, value = outcome[0]
        if not ok:
            raise value
        if error is not None:  # it ended just as it was given up on
            late(value)
            raise _GaveUp(error)
        return value  # type: ignore[no-any-return]

    def _overdue_answer(self, seconds: float) -> Callable[[], UpdateError]:
        def overdue() -> UpdateError:
            if not self.connections.connected():
                return self._no_answer(seconds)
            return network(
                _(
                    "The update server ({host}) accepted the connection but did not answer "
                    "within {seconds} seconds: it may be overloaded. Try again later."
                ).format(host=self.host, seconds=f"{seconds:g}")
            )

        return overdue

    def _overdue_body(self, name: str, seconds: float) -> Callable[[], UpdateError]:
        def overdue() -> UpdateError:
            return network(
                _(
                    "The update server ({host}) is sending too slowly: '{name}' did not "
                    "arrive within {seconds} seconds. Try again later."
                ).format(host=self.host, name=name, seconds=f"{seconds:g}")
            )

        return overdue

    # -- requests ------------------------------------------------------------------

    def _open(self, url: str, deadline: float, seconds: float) -> requests.Response:
        """GET with redirects followed by hand, each target checked like the first."""

        def close(response: requests.Response | None) -> None:
            if response is not None:
                response.close()

        for _hop in range(MAX_REDIRECTS + 1):
            self.check_cancelled()
            connect = max(0.1, min(self.policy.connect_timeout, deadline - time.monotonic()))
            get = functools.partial(
                self.session.get,
                url,
                stream=True,
                allow_redirects=False,
                timeout=(connect, self.policy.read_timeout),
            )
            try:
                response = self._call(get, deadline, close, self._overdue_answer(seconds))
            except _GaveUp as gave_up:
                raise gave_up.error from None
            except requests.exceptions.SSLError:
                raise network(
                    _(
                        "The update server ({host}) could not prove who it is (its "
                        "security certificate was not accepted)."
                    ).format(host=self.host)
                ) from None
            except requests.exceptions.ConnectTimeout:
                raise _Retry(self._no_answer(self.policy.connect_timeout)) from None
            except requests.exceptions.ReadTimeout:
                raise _Retry(self._silent()) from None
            except requests.exceptions.ConnectionError as exc:
                if _cause(exc, urllib3.exceptions.NewConnectionError) or _cause(
                    exc, urllib3.exceptions.NameResolutionError
                ):
                    raise _Retry(self._not_connected(exc)) from None
                raise _Retry(self._cut_off()) from None
            except requests.exceptions.RequestException:
                raise _Retry(self._cut_off()) from None
            if response.status_code in _REDIRECT_STATUS:
                location = response.headers.get("Location", "")
                response.close()
                target = urljoin(url, location)
                check_url(target)
                if urlsplit(url).scheme == "https" and urlsplit(target).scheme != "https":
                    raise refused(_("the server sent it on to a plain http:// address"))
                url = target
                continue
            if response.status_code == 200:
                return response
            status = response.status_code
            reason = _status_words(status, response.reason)
            response.close()
            raise self._answered(url, status, reason)
        raise refused(_("the server sent it on from one address to another too many times"))

    def _answered(self, url: str, status: int, reason: str) -> Exception:
        """The server answered, with something other than the file: say what it said
        (another try is worth it for 429 and 5xx, which are the server's own trouble)."""
        if status in (404, 410):
            return network(
                _(
                    "The update server ({host}) answered {status} ({reason}): there is no "
                    "update at {url}. The address may be wrong, or nothing has been "
                    "published there yet."
                ).format(host=self.host, status=status, reason=reason, url=url)
            )
        if status == 429:
            return _Retry(
                network(
                    _(
                        "The update server ({host}) answered {status} ({reason}): it is "
                        "busy. Try again later."
                    ).format(host=self.host, status=status, reason=reason)
                )
            )
        if status in _RETRY_STATUS:
            return _Retry(
                network(
                    _(
                        "The update server ({host}) answered {status} ({reason}): the "
                        "problem is on the server, not on this computer. Try again later."
                    ).format(host=self.host, status=status, reason=reason)
                )
            )
        return network(
            _(
                "The update server ({host}) refused to send the update: it answered "
                "{status} ({reason})."
            ).format(host=self.host, status=status, reason=reason)
        )

    def _not_connected(self, exc: BaseException) -> UpdateError:
        """No connection was made: say which step failed (the name, the route, the
        server's port), not who is to blame."""
        if _cause(exc, urllib3.exceptions.NameResolutionError) or _cause(exc, socket.gaierror):
            return network(
                _(
                    "ScamScreen could not find the update server {host}: its name could "
                    "not be looked up. This computer may not be connected to a network, "
                    "or the address may be wrong."
                ).format(host=self.host)
            )
        if _cause(exc, ConnectionRefusedError):
            return network(
                _(
                    "The update server ({host}) refused the connection: nothing is "
                    "answering on port {port} there. The server may be down, or the "
                    "address may be wrong."
                ).format(host=self.host, port=self.port)
            )
        unreachable = _errno(exc) & {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN}
        if unreachable:
            return network(
                _(
                    "ScamScreen could not connect to the update server ({host}): this "
                    "computer has no route to it. It may not be connected to a network."
                ).format(host=self.host)
            )
        if _cause(exc, TimeoutError) or _cause(exc, urllib3.exceptions.ConnectTimeoutError):
            return self._no_answer(self.policy.connect_timeout)
        return network(
            _("ScamScreen could not connect to the update server ({host}): {problem}.").format(
                host=self.host, problem=_problem(exc)
            )
        )

    def _no_answer(self, seconds: float) -> UpdateError:
        return network(
            _(
                "The update server ({host}) did not answer within {seconds} seconds: it may "
                "be down, or a firewall may be in the way. Try again later."
            ).format(host=self.host, seconds=f"{seconds:g}")
        )

    def _silent(self) -> UpdateError:
        return network(
            _(
                "The update server ({host}) stopped answering (nothing came for {seconds} "
                "seconds): try again later."
            ).format(host=self.host, seconds=f"{self.policy.read_timeout:g}")
        )

    def _cut_off(self) -> UpdateError:
        return network(
            _("The connection to the update server ({host}) was cut off: try again later.").format(
                host=self.host
            )
        )

    def _with_retries(self, attempt: Callable[[float], _T], seconds: float) -> _T:
        """`attempt(deadline)` until it succeeds, a failure another try would not cure,
        the tries run out, or the deadline (`seconds` from now, for all tries) passes."""
        deadline = time.monotonic() + seconds
        last: UpdateError | None = None
        for number in range(max(1, self.policy.attempts)):
            if number:
                assert last is not None
                self._pause(self.policy.backoff * 2 ** (number - 1), deadline, last)
            try:
                return attempt(deadline)
            except _Retry as retry:
                last = retry.error
        assert last is not None
        raise last

    def _pause(self, seconds: float, deadline: float, last: UpdateError) -> None:
        """Wait before another try, noticing Cancel within a tenth of a second; when
        the deadline would pass first, there is no other try: `last` is raised."""
        end = time.monotonic() + seconds
        if end >= deadline:
            raise last
        while True:
            self.check_cancelled()
            left = end - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(left, POLL))

    def _stream(
        self,
        response: requests.Response,
        cap: int,
        sink: Callable[[bytes], None],
        too_much: UpdateError,
        deadline: float,
        overdue: Callable[[], UpdateError],
        exact: bool = False,
    ) -> int:
        """Read the body one network read at a time into `sink`; refuse it as soon as
        it passes `cap` (or announces more, or with `exact` anything but `cap`)."""
        owned = True  # False once a read was given up: its helper closes the response
        try:
            declared = response.headers.get("Content-Length", "").strip()
            if declared.isdigit() and (int(declared) > cap or (exact and int(declared) != cap)):
                raise too_much
            raw = response.raw
            read = raw.read1 if hasattr(raw, "read1") else raw.read
            received = 0

            def close(_chunk: bytes | None) -> None:
                response.close()

            while True:
                self.check_cancelled()
                try:
                    chunk = self._call(lambda: self._read(read), deadline, close, overdue)
                except _GaveUp as gave_up:
                    owned = False
                    raise gave_up.error from None
                if not chunk:
                    return received
                received += len(chunk)
                if received > cap:
                    raise too_much
                sink(chunk)
        finally:
            if owned:
                response.close()

    def _read(self, read: Callable[[int], bytes]) -> bytes:
        """One network read, its failures sorted into 'stopped answering' and 'cut off'
        (both worth another try)."""
        try:
            return read(CHUNK)
        except urllib3.exceptions.ReadTimeoutError:
            raise _Retry(self._silent()) from None
        except (urllib3.exceptions.HTTPError, requests.exceptions.RequestException, OSError) as exc:
            if _cause(exc, TimeoutError):
                raise _Retry(self._silent()) from None
            raise _Retry(self._cut_off()) from None

    # -- public --------------------------------------------------------------------

    def get_small(self, name: str, cap: int, too_large: UpdateError) -> bytes:
        """A small file (manifest, signature) into memory, never more than `cap` bytes,
        within the deadline of a file of `cap` bytes."""
        seconds = self.policy.deadline_for(cap)

        def attempt(deadline: float) -> bytes:
            parts: list[bytes] = []
            response = self._open(self.url_for(name), deadline, seconds)
            overdue = self._overdue_body(name, seconds)
            self._stream(response, cap, parts.append, too_large, deadline, overdue)
            return b"".join(parts)

        return self._with_retries(attempt, seconds)

    def download(
        self,
        name: str,
        dest: Path,
        size: int,
        sha256: str,
        on_bytes: Callable[[int], None] | None = None,
    ) -> None:
        """`name` into `dest`, checked against the manifest's size and hash; written to
        `dest.part` first and renamed only once it matches. Progress is reported
        per chunk; a retry reports the bytes of the failed try back (negative)."""
        part = dest.with_name(dest.name + ".part")
        dest.parent.mkdir(parents=True, exist_ok=True)
        seconds = self.policy.deadline_for(size)

        def attempt(deadline: float) -> None:
            digest = hashlib.sha256()
            done = 0
            try:
                out = open(part, "wb")  # noqa: SIM115 - closed below, errors worded
            except OSError as exc:
                raise _cannot_store(exc) from None
            with out:

                def sink(chunk: bytes) -> None:
                    nonlocal done
                    try:
                        out.write(chunk)
                    except OSError as exc:
                        raise _cannot_store(exc) from None
                    digest.update(chunk)
                    done += len(chunk)
                    if on_bytes:
                        on_bytes(len(chunk))

                too_much = refused(
                    _(
                        "the server sent a different amount of '{name}' than the update announced"
                    ).format(name=name)
                )
                try:
                    response = self._open(self.url_for(name), deadline, seconds)
                    received = self._stream(
                        response,
                        size,
                        sink,
                        too_much,
                        deadline,
                        self._overdue_body(name, seconds),
                        exact=True,
                    )
                except _Retry:
                    if on_bytes and done:
                        on_bytes(-done)
                    raise
                try:
                    out.flush()
                    os.fsync(out.fileno())
                except OSError as exc:
                    raise _cannot_store(exc) from None
            if received != size:
                if on_bytes and done:
                    on_bytes(-done)
                raise _Retry(self._cut_off())
            if digest.hexdigest() != sha256:
                raise refused(
                    _(
                        "its file '{name}' is not the one that was signed: it may have been "
                        "altered on the way"
                    ).format(name=name)
                )

        try:
            self._with_retries(attempt, seconds)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        os.replace(part, dest)
