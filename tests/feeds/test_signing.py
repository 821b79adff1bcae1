"""Keys and signatures: what ScamScreen trusts, and how a signature is checked."""

from __future__ import annotations

import base64
import os
import stat
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from scamscreen.feeds import signing
from scamscreen.feeds.errors import UpdateError

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = b'{"format": 1, "version": 7}\n'


def trusted(key: Ed25519PrivateKey, name: str = "test") -> signing.TrustedKey:
    return signing.TrustedKey(name, signing.key_id(key.public_key()), key.public_key())


@pytest.fixture(scope="module")
def pair():
    return Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()


def test_two_embedded_keys_for_rotation():
    keys = signing.embedded_keys()
    assert len(keys) == 2
    assert len({k.key_id for k in keys}) == 2
    assert {k.name for k in keys} == {"scamscreen-2026-a", "scamscreen-2026-b"}


# Built here so that this file does not contain the markers it looks for.
_MARKERS = [
    b"-----BEGIN " + kind + b"PRIVATE KEY-----" for kind in (b"", b"ENCRYPTED ", b"OPENSSH ")
]


def _holds_private_key(path: Path) -> bool:
    content = path.read_bytes()
    return any(marker in content for marker in _MARKERS)


def test_no_private_key_anywhere_in_the_package_or_repository():
    package = ROOT / "app" / "scamscreen"
    for path in package.rglob("*"):
        if path.is_file():
            assert path.suffix not in (".key", ".pem"), path
            assert not _holds_private_key(path), path
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    for name in listed.stdout.splitlines():
        path = ROOT / name
        if path.is_file() and path.stat().st_size < 10_000_000:
            assert not _holds_private_key(path), name


def test_sign_and_verify(pair):
    key, _other = pair
    signature = signing.sign(MANIFEST, [key])
    assert signing.verify(MANIFEST, signature, [trusted(key)]).key_id == signing.key_id(
        key.public_key()
    )


def test_a_changed_manifest_does_not_match(pair):
    key, _other = pair
    signature = signing.sign(MANIFEST, [key])
    with pytest.raises(UpdateError, match="signature does not match") as caught:
        signing.verify(MANIFEST.replace(b"7", b"8"), signature, [trusted(key)])
    assert caught.value.message.endswith("Nothing was changed.")


def test_a_signature_by_an_unknown_key_is_refused(pair):
    key, other = pair
    with pytest.raises(UpdateError, match="key this copy of ScamScreen does not trust"):
        signing.verify(MANIFEST, signing.sign(MANIFEST, [other]), [trusted(key)])


def test_rotation_old_and_new_key_both_sign(pair):
    old, new = pair
    both = signing.sign(MANIFEST, [old, new])
    assert signing.verify(MANIFEST, both, [trusted(new)]).public == trusted(new).public
    assert signing.verify(MANIFEST, both, [trusted(old)]).public == trusted(old).public


def test_a_forged_line_with_a_trusted_key_id_is_refused_even_beside_a_good_one(pair):
    key, other = pair
    good = signing.sign(MANIFEST, [key])
    forged = signing.sign(MANIFEST, [other]).replace(
        signing.key_id(other.public_key()).encode(), signing.key_id(key.public_key()).encode()
    )
    with pytest.raises(UpdateError, match="signature does not match"):
        signing.verify(MANIFEST, good + forged, [trusted(key)])


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00" * 64,
        b"ed25519 0123456789abcdef notbase64\n",
        b"rsa 0123456789abcdef " + base64.b64encode(b"x" * 64) + b"\n",
        b"x" * 5000,
    ],
)
def test_a_damaged_signature_file_is_refused(pair, content):
    key, _other = pair
    with pytest.raises(UpdateError, match="signature file is damaged"):
        signing.verify(MANIFEST, content, [trusted(key)])


def test_too_many_signature_lines(pair):
    key, _other = pair
    with pytest.raises(UpdateError, match="signature file is damaged"):
        signing.verify(MANIFEST, signing.sign(MANIFEST, [key] * 5), [trusted(key)])


def test_no_trusted_keys_says_reinstall():
    with pytest.raises(UpdateError, match="Reinstall ScamScreen"):
        signing.verify(MANIFEST, b"", [])


def test_public_key_formats(tmp_path, pair):
    key, _other = pair
    public = key.public_key()
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    pem = public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    expected = signing.key_id(public)
    for name, content in (
        ("a.pub", pem),
        ("b.pub", raw),
        ("c.pub", base64.b64encode(raw) + b"\n"),
    ):
        (tmp_path / name).write_bytes(content)
        assert signing.load_public_key(tmp_path / name).key_id == expected


def test_wrong_key_files_are_named(tmp_path, pair):
    key, _other = pair
    private = tmp_path / "mine.key"
    private.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    with pytest.raises(signing.KeyFileError, match="is a private key"):
        signing.load_public_key(private)
    junk = tmp_path / "junk.pub"
    junk.write_bytes(b"hello\n")
    with pytest.raises(signing.KeyFileError, match=r"junk\.pub is not an Ed25519 public key"):
        signing.load_public_key(junk)
    with pytest.raises(signing.KeyFileError, match="cannot be read"):
        signing.load_public_key(tmp_path / "missing.pub")
    with pytest.raises(signing.KeyFileError, match="not an Ed25519 private key"):
        signing.load_private_key(junk)


def test_generate_writes_a_private_file_for_its_owner_alone(tmp_path):
    private, public = signing.generate(tmp_path / "keys", "team-2027")
    assert "pub" in public.name and private.name == "team-2027.key"
    if os.name == "posix":
        assert stat.S_IMODE(private.stat().st_mode) == 0o600
    loaded = signing.load_private_key(private)
    assert signing.key_id(loaded.public_key()) == signing.load_public_key(public).key_id
    with pytest.raises(signing.KeyFileError, match="already exists"):
        signing.generate(tmp_path / "keys", "team-2027")
    with pytest.raises(signing.KeyFileError, match="may use only"):
        signing.generate(tmp_path / "keys", "../escape")


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_generate_does_not_write_through_a_planted_link(tmp_path):
    """Issue 12: a dangling link at `<name>.pub` does not "exist", and writing the public
    key through it created the file it points to."""
    keys = tmp_path / "keys"
    keys.mkdir()
    elsewhere = tmp_path / "elsewhere.pub"
    os.symlink(elsewhere, keys / "team.pub")
    with pytest.raises(signing.KeyFileError, match="already exists"):
        signing.generate(keys, "team")
    assert not elsewhere.exists()
    assert not (keys / "team.key").exists()  # nothing half made


def test_pem_public_keys_read_by_hand_match_cryptography():
    """The embedded keys are read without cryptography's serialization package (start-up
    cost); the result must be exactly what that package reads."""
    from cryptography.hazmat.primitives import serialization

    from scamscreen.feeds.signing import embedded_keys, key_id

    keys = embedded_keys()
    assert keys
    for key in keys:
        assert key.key_id == key_id(key.public)
        pem = key.public.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        again = serialization.load_pem_public_key(pem)
        assert key_id(again) == key.key_id


def test_loading_the_embedded_keys_does_not_import_serialization():
    import subprocess
    import sys

    code = (
        "import sys; from scamscreen.feeds.signing import embedded_keys; embedded_keys(); "
        "print('cryptography.hazmat.primitives.serialization' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
