"""Fetching a feed's files: HTTPS only (plain HTTP only to this computer), timeouts,
a bounded number of attempts, and every body streamed with a cap.

Nothing is read whole before it is checked: the manifest and signature have small caps,
and each file is written to disk as it arrives, hashed on the way, and refused the
moment it grows past the size the signed manifest announced. The body is read one
network read at a time (`read1`), so a server that trickles a byte at a time still
meets an overall deadline, and Cancel is noticed between reads.

Retries (own loop, not urllib3's, so that a connection cut in the middle of a body is
retried the same way as one refused at the start) cover connection failures, timeouts,
cut-off bodies and 429/5xx answers; never a wrong size or hash, which another try
would not cure.
"""

from __future__ import annotations

import errno
import hashlib
import ipaddress
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote, urljoin, urlsplit

import requests
import urllib3.exceptions

from scamscreen.core.i18n import _
from scamscreen.feeds.errors import UpdateCancelled, UpdateError, local, network, refused

CHUNK = 64 * 1024
MAX_REDIRECTS = 5
_RETRY_STATUS = {429, 500, 502, 503, 504}
_REDIRECT_STATUS = {301, 302, 303, 307, 308}
_T = TypeVar("_T")


@dataclass(frozen=True)
class Policy:
    """How patient to be. The defaults suit a home connection; tests shorten them."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # the longest silence between two network reads
    attempts: int = 3  # tries per file, the first included
    backoff: float = 1.0  # seconds before the 2nd try, doubled before each next
    min_rate: int = 8 * 1024  # bytes per second a file must average, after...
    grace: float = 60.0  # ...this many seconds


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


def _cause(exc: BaseException, kind: type[BaseException]) -> bool:
    """Whether `kind` is anywhere among the causes: requests wraps urllib3's
    MaxRetryError, whose `reason` is the real failure."""
    pending: list[object] = [exc]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if not isinstance(current, BaseException) or id(current) in seen:
            continue
        if isinstance(current, kind):
            return True
        seen.add(id(current))
        pending.extend([current.__cause__, current.__context__, getattr(current, "reason", None)])
        pending.extend(current.args[:1])
    return False


def _errno(exc: BaseException) -> set[int]:
    """The OS error numbers among the causes (see `_cause`)."""
    found: set[int] = set()
    pending: list[object] = [exc]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if not isinstance(current, BaseException) or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, OSError) and isinstance(current.errno, int):
            found.add(current.errno)
        pending.extend([current.__cause__, current.__context__, getattr(current, "reason", None)])
        pending.extend(current.args[:1])
    return found


def _problem(exc: BaseException) -> str:
    """The deepest OS error's words ("Network is unreachable"), else the error's name."""
    pending: list[object] = [exc]
    seen: set[int] = set()
    words = ""
    while pending:
        current = pending.pop()
        if not isinstance(current, BaseException) or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, OSError) and current.strerror:
            words = current.strerror
        pending.extend([current.__cause__, current.__context__, getattr(current, "reason", None)])
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
        self.session = requests.Session()
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

    # -- requests ------------------------------------------------------------------

    def _open(self, url: str) -> requests.Response:
        """GET with redirects followed by hand, each target checked like the first."""
        for _hop in range(MAX_REDIRECTS + 1):
            self.check_cancelled()
            try:
                response = self.session.get(
                    url,
                    stream=True,
                    allow_redirects=False,
                    timeout=(self.policy.connect_timeout, self.policy.read_timeout),
                )
            except requests.exceptions.SSLError:
                raise network(
                    _(
                        "The update server ({host}) could not prove who it is (its "
                        "security certificate was not accepted)."
                    ).format(host=self.host)
                ) from None
            except requests.exceptions.ConnectTimeout:
                raise _Retry(self._no_answer()) from None
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
            return self._no_answer()
        return network(
            _("ScamScreen could not connect to the update server ({host}): {problem}.").format(
                host=self.host, problem=_problem(exc)
            )
        )

    def _no_answer(self) -> UpdateError:
        return network(
            _(
                "The update server ({host}) did not answer within {seconds} seconds: it may "
                "be down, or a firewall may be in the way. Try again later."
            ).format(host=self.host, seconds=f"{self.policy.connect_timeout:g}")
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

    def _with_retries(self, attempt: Callable[[], _T]) -> _T:
        last: UpdateError | None = None
        for number in range(max(1, self.policy.attempts)):
            if number:
                self._pause(self.policy.backoff * 2 ** (number - 1))
            try:
                return attempt()
            except _Retry as retry:
                last = retry.error
        assert last is not None
        raise last

    def _pause(self, seconds: float) -> None:
        """Wait before another try, noticing Cancel within a tenth of a second."""
        end = time.monotonic() + seconds
        while True:
            self.check_cancelled()
            left = end - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(left, 0.1))

    def _stream(
        self,
        response: requests.Response,
        cap: int,
        sink: Callable[[bytes], None],
        too_much: UpdateError,
        exact: bool = False,
    ) -> int:
        """Read the body one network read at a time into `sink`; refuse it as soon as
        it passes `cap` (or announces more, or with `exact` anything but `cap`)."""
        declared = response.headers.get("Content-Length", "").strip()
        if declared.isdigit() and (int(declared) > cap or (exact and int(declared) != cap)):
            response.close()
            raise too_much
        deadline = time.monotonic() + self.policy.grace + cap / self.policy.min_rate
        raw = response.raw
        read = raw.read1 if hasattr(raw, "read1") else raw.read
        received = 0
        try:
            while True:
                self.check_cancelled()
                if time.monotonic() > deadline:
                    raise _Retry(
                        network(
                            _(
                                "The update server ({host}) is sending too slowly: try again later."
                            ).format(host=self.host)
                        )
                    )
                chunk = self._read(read)
                if not chunk:
                    return received
                received += len(chunk)
                if received > cap:
                    raise too_much
                sink(chunk)
        finally:
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
        """A small file (manifest, signature) into memory, never more than `cap` bytes."""

        def attempt() -> bytes:
            parts: list[bytes] = []
            self._stream(self._open(self.url_for(name)), cap, parts.append, too_large)
            return b"".join(parts)

        return self._with_retries(attempt)

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

        def attempt() -> None:
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
                    received = self._stream(
                        self._open(self.url_for(name)), size, sink, too_much, exact=True
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
            self._with_retries(attempt)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        os.replace(part, dest)
