#!/usr/bin/env python3
"""The project's own signed feed, for .github/workflows/release.yml (and windows.yml):

    python packaging/release_feed.py address         the feed's address for this repository
    python packaging/release_feed.py input DIR       data/'s files a feed may carry, into DIR

`address` prints where the release workflow publishes the feed, the address builds are
made with (`build.py --update-source`): `SCAMSCREEN_FEED_ADDRESS` when set (a custom
domain; `none` for builds without an update server), else the repository's GitHub Pages
address, https://OWNER.github.io/REPO/feed/, from `GITHUB_REPOSITORY` (or --repository).

`input` copies from data/ every file of a kind a feed may carry (vendors, indicators,
checklists, web.json, advice.json; known-numbers.csv and known-domains.csv from
data/known-scams/ when they exist) into DIR, which `scamscreen feed build --input DIR`
then signs. Nothing else is copied (READMEs, authorities, translations, the seed list:
the app's own copy of those is what it ships).

Standard library only, except `input`, which asks ScamScreen which kinds a feed carries
(`feeds.manifest.kind_of`, the rule every client applies).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
OVERRIDE = "SCAMSCREEN_FEED_ADDRESS"
NONE = "none"
# Known-scam lists a release may publish, as data/known-scams/<name> (seed.csv is the
# app's own, copied into every user's lists: a feed carrying it too would count it twice).
LISTS = ("known-numbers.csv", "known-domains.csv")


def pages_address(repository: str) -> str:
    """https://OWNER.github.io/REPO/feed/ (a user or organisation site, OWNER.github.io,
    has no REPO part). GitHub Pages host names are lower-case."""
    if not re.fullmatch(r"[A-Za-z0-9-]+/[A-Za-z0-9._-]+", repository):
        raise ValueError(f"'{repository}' is not OWNER/REPO")
    owner, name = repository.split("/")
    host = f"{owner.lower()}.github.io"
    if name.lower() == host:
        return f"https://{host}/feed/"
    return f"https://{host}/{name}/feed/"


def address(repository: str | None, override: str | None) -> str:
    """The update source for builds of `repository`: `override` if given ("none": no
    source, printed as an empty line), else its GitHub Pages address."""
    chosen = (override or "").strip()
    if chosen.lower() == NONE:
        return ""
    if chosen:
        return chosen
    if not repository:
        raise ValueError(f"no repository: set GITHUB_REPOSITORY or {OVERRIDE}")
    return pages_address(repository)


def feed_input(out: Path, data: Path = DATA) -> list[str]:
    """Copy the files of `data` a feed may carry into `out` (new or empty); their names."""
    sys.path.insert(0, str(ROOT / "app"))
    from scamscreen.feeds.errors import UpdateError
    from scamscreen.feeds.manifest import kind_of

    if out.exists() and any(out.iterdir()):
        raise ValueError(f"{out} is not empty")
    chosen: dict[str, Path] = {}
    for path in sorted(data.rglob("*")):
        name = path.relative_to(data).as_posix()
        if not path.is_file() or name.startswith(("i18n/", "known-scams/")):
            continue
        try:
            kind_of(name)
        except UpdateError:
            continue  # not a kind a feed carries (README.md, authorities/...)
        chosen[name] = path
    for name in LISTS:
        if (data / "known-scams" / name).is_file():
            chosen[name] = data / "known-scams" / name
    if not chosen:
        raise ValueError(f"{data} holds no file a feed carries")
    for name, path in chosen.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, out / name)
    return sorted(chosen)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="release_feed.py", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    where = commands.add_parser("address", help="print the feed's address for builds")
    where.add_argument("--repository", default=os.environ.get("GITHUB_REPOSITORY"))
    files = commands.add_parser("input", help="copy data/'s feed files into DIR")
    files.add_argument("out", metavar="DIR", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "address":
            print(address(args.repository, os.environ.get(OVERRIDE)))
        else:
            for name in feed_input(args.out):
                print(name)
    except ValueError as exc:
        print(f"release_feed.py: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
