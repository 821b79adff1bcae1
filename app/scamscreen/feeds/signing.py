"""Ed25519 signatures over a feed's manifest, and the keys ScamScreen trusts.

The signature file (`manifest.sig`) is checked against the exact bytes of
`manifest.json` *before* those bytes are parsed: nothing an attacker wrote reaches the
JSON parser unless a maintainer's key signed it. It is a small text file, one line per
signature, so a feed can carry the old and the new key's signature while keys rotate:

    ed25519 <key id: 16 hex digits> <signature: 64 bytes, base64>

The key id (the first 16 hex digits of the SHA-256 of the raw 32-byte public key) is
not trusted for anything; it only lets the message say "signed by a key this copy does
not trust" rather than "altered on the way".

ScamScreen trusts the public keys in `keys/` next to this file (two, so one can be
retired while the other signs); `--trusted-key` replaces them for a team's own feed
and for tests. The private halves are held offline by the maintainers and are never
in the repository (a test makes sure).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from scamscreen.core.errors import KeyFileError as KeyFileError
from scamscreen.core.files import read_regular
from scamscreen.core.i18n import _
from scamscreen.feeds.errors import UpdateError, refused

SIGNATURE_NAME = "manifest.sig"
KEYS_DIR = Path(__file__).resolve().parent / "keys"
MAX_SIGNATURE_BYTES = 1024  # four lines of ~108 bytes fit with room to spare
MAX_SIGNATURES = 4
# A PEM key is about 120 bytes; 16 kB leaves room for comments, a certificate chain
# pasted by mistake is refused in words rather than read without end.
MAX_KEY_FILE_BYTES = 16 * 1024
_LINE = re.compile(rb"ed25519 ([0-9a-f]{16}) ([A-Za-z0-9+/]{86}==)")


@dataclass(frozen=True)
class TrustedKey:
    name: str
    key_id: str
    public: Ed25519PublicKey


def key_id(public: Ed25519PublicKey) -> str:
    from cryptography.hazmat.primitives import serialization

    return _id_of(public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def _id_of(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:16]


# An Ed25519 public key in PEM is this fixed DER header and the 32 key bytes (RFC 8410).
# Read by hand, so checking an installed update at start-up never imports cryptography's
# serialization package (7-15 ms: it loads RSA, SSH and cipher modules this never uses).
_ED25519_SPKI = bytes.fromhex("302a300506032b6570032100")


def _raw_from_pem(data: bytes) -> bytes | None:
    lines = data.strip().splitlines()
    if len(lines) < 3 or lines[0].strip() != b"-----BEGIN PUBLIC KEY-----":
        return None
    if lines[-1].strip() != b"-----END PUBLIC KEY-----":
        return None
    try:
        der = base64.b64decode(b"".join(line.strip() for line in lines[1:-1]), validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(der) == len(_ED25519_SPKI) + 32 and der.startswith(_ED25519_SPKI):
        return der[len(_ED25519_SPKI) :]
    return None


def load_public_key(path: Path) -> TrustedKey:
    """A public key file: PEM ("BEGIN PUBLIC KEY"), the raw 32 bytes, or those bytes in
    base64 on one line — what `feed keygen` writes and what OpenSSL can produce."""
    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise KeyFileError(_("{file} is too large to be a key file").format(file=path))
        # only a regular file: /dev/zero would be read until memory ran out, a FIFO wait
        data = read_regular(path, MAX_KEY_FILE_BYTES)
    except OSError as exc:
        raise KeyFileError(
            _("{file} cannot be read ({problem})").format(file=path, problem=exc.strerror)
        ) from None
    if b"PRIVATE KEY" in data:
        raise KeyFileError(
            _(
                "{file} is a private key: give the public key (the file whose name has 'pub')"
            ).format(file=path)
        )
    public: object = None
    raw: bytes | None = None
    try:
        if data.lstrip().startswith(b"-----BEGIN"):
            raw = _raw_from_pem(data)
            if raw is None:  # another PEM form: cryptography says whether it is Ed25519
                from cryptography.hazmat.primitives import serialization

                public = serialization.load_pem_public_key(data)
        elif len(data) == 32:
            raw = data
        else:
            decoded = base64.b64decode(data.strip(), validate=True)
            raw = decoded if len(decoded) == 32 else None
        if raw is not None:
            public = Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, TypeError, binascii.Error, UnsupportedAlgorithm):
        public = None
    if not isinstance(public, Ed25519PublicKey):
        raise KeyFileError(_("{file} is not an Ed25519 public key").format(file=path))
    return TrustedKey(
        name=path.stem, key_id=_id_of(raw) if raw is not None else key_id(public), public=public
    )


def embedded_keys() -> tuple[TrustedKey, ...]:
    """The keys this copy of ScamScreen trusts for the official feed."""
    return tuple(load_public_key(path) for path in sorted(KEYS_DIR.glob("*.pub")))


def load_private_key(path: Path) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives import serialization

    try:
        data = read_regular(path, MAX_KEY_FILE_BYTES)
    except OSError as exc:
        raise KeyFileError(
            _("{file} cannot be read ({problem})").format(file=path, problem=exc.strerror)
        ) from None
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except TypeError:
        raise KeyFileError(
            _("{file} is protected by a passphrase, which this command does not ask for").format(
                file=path
            )
        ) from None
    except (ValueError, UnsupportedAlgorithm):
        key = None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(_("{file} is not an Ed25519 private key").format(file=path))
    return key


def generate(out_dir: Path, name: str) -> tuple[Path, Path]:
    """A new key pair: `<name>.key` (private, readable by its owner alone) and
    `<name>.pub`. Existing files are never overwritten: losing a private key that a
    published app trusts means a new app release."""
    from cryptography.hazmat.primitives import serialization

    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}", name):
        raise KeyFileError(
            _("the key name '{name}' may use only letters, digits, '.', '_' and '-'").format(
                name=name
            )
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    private_path = out_dir / f"{name}.key"
    public_path = out_dir / f"{name}.pub"
    for path in (private_path, public_path):
        if path.exists() or path.is_symlink():  # (a dangling link "exists" not)
            raise KeyFileError(
                _("{file} already exists: choose another name or folder").format(file=path)
            )
    key = Ed25519PrivateKey.generate()
    private_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    # Both created new (O_EXCL, and a link in the way is not followed; see core.files
    # on Windows, which has no O_NOFOLLOW), readable by their owner alone.
    new = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    new |= getattr(os, "O_BINARY", 0)
    for path, pem in ((private_path, private_pem), (public_path, public_pem)):
        try:
            fd = os.open(path, new, 0o600)
        except FileExistsError:
            raise KeyFileError(
                _("{file} already exists: choose another name or folder").format(file=path)
            ) from None
        with os.fdopen(fd, "wb") as out:
            out.write(pem)
    return private_path, public_path


def sign(manifest: bytes, keys: Iterable[Ed25519PrivateKey]) -> bytes:
    """The contents of `manifest.sig`: one line per key."""
    lines = []
    for key in keys:
        signature = base64.b64encode(key.sign(manifest)).decode("ascii")
        lines.append(f"ed25519 {key_id(key.public_key())} {signature}\n")
    return "".join(lines).encode("ascii")


def verify(manifest: bytes, signature_file: bytes, trusted: Sequence[TrustedKey]) -> TrustedKey:
    """The trusted key that signed these exact manifest bytes, or `UpdateError`.

    Refused: a damaged signature file, no signature by a trusted key, and any signature
    by a trusted key that does not match (the manifest was altered)."""
    if not trusted:
        raise UpdateError(
            _(
                "The update was refused because this copy of ScamScreen has no update keys "
                "to check it with. Reinstall ScamScreen. Nothing was changed."
            )
        )
    if len(signature_file) > MAX_SIGNATURE_BYTES:
        raise refused(_("its signature file is damaged"))
    lines = [line.strip() for line in signature_file.splitlines() if line.strip()]
    parsed = [_LINE.fullmatch(line) for line in lines]
    if not lines or len(lines) > MAX_SIGNATURES or not all(parsed):
        raise refused(_("its signature file is damaged"))
    by_id = {key.key_id: key for key in trusted}
    good: TrustedKey | None = None
    for match in parsed:
        assert match is not None
        key = by_id.get(match.group(1).decode("ascii"))
        if key is None:
            continue
        try:
            key.public.verify(base64.b64decode(match.group(2), validate=True), manifest)
        except (InvalidSignature, binascii.Error, ValueError):
            raise refused(
                _("its signature does not match: it may have been altered on the way")
            ) from None
        good = key
    if good is None:
        raise refused(_("it is signed with a key this copy of ScamScreen does not trust"))
    return good
