"""Reading the times ScamScreen stores: ISO 8601, in UTC, with a "Z" (or none)."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_moment(text: str) -> datetime:
    """`text` ("2026-11-29T14:30:00.000000Z", "2026-11-29") as an aware datetime; a
    time without a zone is UTC. Raises ValueError for anything else."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
