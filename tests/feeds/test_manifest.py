"""The manifest parser: strict, and never anything but a Manifest or an UpdateError."""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scamscreen.feeds import manifest
from scamscreen.feeds.errors import UpdateError

SHA = "ab" * 32


def doc(**changes) -> dict:
    value = {
        "format": 1,
        "version": 3,
        "expires": "2027-01-31",
        "files": [{"name": "vendors/acme.json", "size": 10, "sha256": SHA}],
    }
    value.update(changes)
    return {k: v for k, v in value.items() if v is not None}


def parse(value) -> manifest.Manifest:
    raw = value if isinstance(value, bytes) else json.dumps(value).encode()
    return manifest.parse(raw)


def test_a_good_manifest():
    parsed = parse(doc(created="2026-11-29T20:00:00Z"))
    assert parsed.version == 3
    assert parsed.files[0].kind == "data"
    assert parsed.expires == datetime(2027, 2, 1, tzinfo=UTC)  # through the 31st
    assert parsed.expires_text == "2027-01-31"
    assert not parsed.expired(datetime(2027, 1, 31, 23, 59, tzinfo=UTC))
    assert parsed.expired(datetime(2027, 2, 1, tzinfo=UTC))


def test_expiry_with_a_zone():
    parsed = parse(doc(expires="2027-01-31T12:00:00+01:00"))
    assert parsed.expires == datetime(2027, 1, 31, 11, tzinfo=UTC)


def files(*entries) -> list:
    return [{"name": n, "size": s, "sha256": SHA} for n, s in entries]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (b"not json at all", "manifest) is damaged"),
        (b"\xff\xfe\x00", "manifest) is damaged"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b" " * (manifest.MAX_MANIFEST_BYTES + 1), "far larger than any update needs"),
        (b'{"format": 1, "format": 1}', "manifest) is damaged"),
        (b'{"format": 1, "version": NaN}', "manifest) is damaged"),
        ([1, 2, 3], "manifest) is damaged"),
        (doc(format=2), "needs a newer version of ScamScreen"),
        (doc(format="1"), "manifest) is damaged"),
        (doc(extra=1), "manifest) is damaged"),
        (doc(files=None), "manifest) is damaged"),
        (doc(version="3"), "version number is not a whole number"),
        (doc(version=True), "version number is not a whole number"),
        (doc(version=0), "version number is not a whole number"),
        (doc(version=2**80), "version number is not a whole number"),
        (doc(version=3.0), "version number is not a whole number"),
        (doc(expires="soon"), "expiry date cannot be read"),
        (doc(expires="2027-01-31T12:00:00"), "expiry date cannot be read"),
        (doc(expires=20270131), "expiry date cannot be read"),
        (doc(files=[]), "contains no files"),
        (doc(files={"name": "x"}), "manifest) is damaged"),
        (doc(files=[["vendors/a.json", 1, SHA]]), "manifest) is damaged"),
        (doc(files=[{"name": "vendors/a.json", "size": 1}]), "manifest) is damaged"),
        (doc(files=[{"name": "vendors/a.json", "size": "1", "sha256": SHA}]), "is damaged"),
        (doc(files=[{"name": "vendors/a.json", "size": 1, "sha256": "XY"}]), "is damaged"),
        (doc(files=files(("vendors/a.json", -1))), "manifest) is damaged"),
        (doc(files=files(("../../.bashrc", 1))), "outside its own folder ('../../.bashrc')"),
        (doc(files=files(("/etc/passwd", 1))), "outside its own folder"),
        (doc(files=files(("C:/Windows/x.json", 1))), "outside its own folder"),
        (doc(files=files(("vendors\\a.json", 1))), "outside its own folder"),
        (doc(files=files(("vendors//a.json", 1))), "outside its own folder"),
        (doc(files=files(("vendors/./a.json", 1))), "outside its own folder"),
        (doc(files=files(("vendors/a\x00.json", 1))), "outside its own folder"),
        (doc(files=files(("vendors/con.json", 1))), "Windows cannot store"),
        (doc(files=files(("setup.exe", 1))), "does not know what to do with ('setup.exe')"),
        (doc(files=files(("vendors/Acme.json", 1))), "does not know what to do with"),
        (doc(files=files(("indicators/other.json", 1))), "does not know what to do with"),
        (doc(files=files(("vendors/a.json", 1), ("vendors/a.json", 1))), "twice"),
        (doc(files=files(("vendors/a.json", 2 * 1024**3))), "claims a file of 2.0 GB"),
        (doc(files=files(("known-numbers.csv", 300 * 1024**2))), "claims a file of 300.0 MB"),
        (
            doc(files=files(*[(f"vendors/v{i}.json", 15 * 1024**2) for i in range(40)])),
            "add up to 600.0 MB",
        ),
        (doc(files=files(*[(f"vendors/v{i}.json", 1) for i in range(2001)])), "2001 files"),
    ],
)
def test_malformed_manifests_are_refused_in_words(value, message):
    with pytest.raises(UpdateError) as caught:
        parse(value)
    text = caught.value.message
    assert message in text
    assert text.startswith("The update was refused because ")
    assert text.endswith("Nothing was changed.")


def test_the_kinds_of_file():
    assert manifest.kind_of("vendors/bank-of-america.json") == "data"
    assert manifest.kind_of("indicators/lexicon-es.json") == "data"
    assert manifest.kind_of("indicators/rules.json") == "data"
    assert manifest.kind_of("checklists/recovery.json") == "data"
    assert manifest.kind_of("web.json") == "data"
    assert manifest.kind_of("known-numbers.csv") == "numbers"
    assert manifest.kind_of("known-domains.csv") == "domains"


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=20,
)
ENTRY = st.fixed_dictionaries(
    {
        "name": st.sampled_from(["vendors/a.json", "web.json", "../x", "a/b", "known-numbers.csv"])
        | st.text(max_size=20),
        "size": st.integers(min_value=-5, max_value=3 * 1024**3) | JSON,
        "sha256": st.just(SHA) | st.text(max_size=70),
    }
)
MANIFESTS = st.fixed_dictionaries(
    {},
    optional={
        "format": st.just(1) | JSON,
        "version": st.integers(min_value=-2, max_value=2**60) | JSON,
        "expires": st.sampled_from(["2027-01-31", "2027-01-31T00:00:00Z", "x"]) | JSON,
        "created": st.text(max_size=50) | JSON,
        "files": st.lists(ENTRY | JSON, max_size=4) | JSON,
        "comment": JSON,
        "other": JSON,
    },
)


@settings(max_examples=400, deadline=None)
@given(MANIFESTS | JSON)
def test_any_json_is_a_manifest_or_a_refusal(value):
    try:
        parsed = parse(value)
    except UpdateError as error:
        assert error.message.endswith("Nothing was changed.")
    else:
        assert parsed.version > 0 and parsed.files


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_are_a_manifest_or_a_refusal(raw):
    with contextlib.suppress(UpdateError):
        manifest.parse(raw)
