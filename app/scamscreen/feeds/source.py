"""Where this copy of ScamScreen looks for signed updates by default: an address written
into the build, or none at all.

A release build is made with `packaging/build.py --update-source URL` (or
`SCAMSCREEN_UPDATE_SOURCE=URL`): it writes `update-source.json` next to this module in
the bundle, `{"source": "https://OWNER.github.io/REPO/feed/"}`, the address the release
workflow publishes the project's signed feed at. A source checkout, a wheel, or a build
made without one has no such file and so no default source: the app says that no update
server is set up for this copy, and `scamscreen update` asks for `--source`. Nothing
here guesses an address.

Standard library only: the command line reads this before deciding to import requests.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

SOURCE_FILE = "update-source.json"
_HERE = Path(__file__).resolve().parent


def valid_source(url: str) -> str | None:
    """`url` as a default source (ending with '/'), or None when it could not be one: a
    build's own address is https:// with a host, and nothing else (no name or password,
    no query, no fragment)."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except (AttributeError, ValueError):
        return None
    if parts.scheme != "https" or not host or parts.username or parts.password:
        return None
    if parts.query or parts.fragment or any(c.isspace() for c in url.strip()):
        return None
    text = url.strip()
    return text if text.endswith("/") else text + "/"


def source_record(url: str | None) -> str:
    """The text of `update-source.json` for a build with `url` (None: without one)."""
    return json.dumps({"source": url}, indent=2) + "\n"


def default_source(folder: Path | None = None) -> str | None:
    """The address written into this build, or None (a checkout, a wheel, a build made
    without one, or a file that is damaged: never a made-up address)."""
    path = (folder or _HERE) / SOURCE_FILE
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    url = record.get("source") if isinstance(record, dict) else None
    return valid_source(url) if isinstance(url, str) else None


def choose(setting: object = None) -> str | None:
    """The feed to update from: the address a person or a help desk set (the app's
    setting "updates/source", the command line's --source), else the build's own, else
    None (no update server is set up for this copy)."""
    chosen = str(setting or "").strip()
    return chosen or default_source()
