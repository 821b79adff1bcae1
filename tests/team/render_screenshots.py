"""Renders the team-mode screenshots (ui/screenshots_team.py) on a PostgreSQL cluster of
its own, made as the tests make theirs (conftest.py: TLS with a certificate authority made
for the run, SCRAM, `team init`, a staff member of the desk "north"):

    python tests/team/render_screenshots.py docs/screenshots [--lang es]

Prints each file written and what is cut off on it (nothing, when the layout fits)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--lang", default=None)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))  # (the tests' cluster, from conftest.py)
    from conftest import Team, start_cluster

    cluster = start_cluster()
    try:
        cluster.create_team_database()
        team = Team(cluster)
        from scamscreen.ui.screenshots_team import render

        for path, cut in render(args.folder, team.url_without_password("alice"),
                                team.users["alice"], args.lang):
            print(path, "cut off:", cut or "nothing")
    finally:
        cluster.remove()
    return 0


if __name__ == "__main__":
    sys.exit(main())
