"""The pictures kept with contacts, in the case log's `pictures` table (schema m004).

A picture is kept only when the person chose to keep it, and only as
core/kept_picture.py made it (re-encoded from its pixels, nothing else attached). It
lives in the log file, so it is as private as the log (0600, in a 0700 folder), goes
into every backup and comes back with a restore; deleting the contact, the retention
setting and removing the data folder forget it with the contact (ON DELETE CASCADE),
and SQLite overwrites the bytes it took (secure_delete). Exports leave it out.

`CaseLog.pictures` is the way in: `log.pictures.get(7)`.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any, NamedTuple, Protocol

from scamscreen.core.errors import StoreError
from scamscreen.core.kept_picture import FORMATS, MAX_KEPT_BYTES, KeptPicture, sniff_format


class CaseLog(Protocol):
    """What of store.caselog.CaseLog this module uses (it is not imported: caselog
    imports this module)."""

    @property
    def db(self) -> Any: ...

    def writing(self) -> AbstractContextManager[None]: ...

    def _require(self, contact_id: int) -> None: ...

    def _checkpoint(self) -> None: ...


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")  # as the case log writes it


class PictureInfo(NamedTuple):
    """What is known of a kept picture without reading its bytes."""

    contact_id: int
    format: str
    width: int
    height: int
    size: int  # bytes
    kept_at: str


def insert(log: CaseLog, contact_id: int, picture: KeptPicture) -> None:
    """Keep `picture` with `contact_id` (replacing one kept before); the caller holds
    `log.writing()`."""
    if picture.format not in FORMATS or sniff_format(picture.data) != picture.format:
        raise StoreError("Only a picture re-encoded to keep (PNG or JPEG) can be kept.")
    if len(picture.data) > MAX_KEPT_BYTES:
        raise StoreError("This picture is too large to keep.")
    log.db.conn.execute(
        """INSERT INTO pictures (contact_id, format, width, height, data, kept_at)
           VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (contact_id) DO UPDATE SET format = excluded.format,
           width = excluded.width, height = excluded.height, data = excluded.data,
           kept_at = excluded.kept_at""",
        [contact_id, picture.format, picture.width, picture.height, picture.data, _now()],
    )


class Pictures:
    """The pictures of one open case log."""

    def __init__(self, log: CaseLog) -> None:
        self._log = log

    def keep(self, contact_id: int, picture: KeptPicture) -> None:
        """Keep `picture` with a saved contact (the person ticked the box after saving)."""
        self._log._require(contact_id)
        with self._log.writing():
            insert(self._log, contact_id, picture)

    def get(self, contact_id: int) -> KeptPicture | None:
        row = self._log.db.execute(
            "SELECT data, format, width, height FROM pictures WHERE contact_id = ?",
            [contact_id],
        ).fetchone()
        if row is None:
            return None
        data, kind, width, height = row
        return KeptPicture(bytes(data), str(kind), int(width), int(height))

    def info(self, contact_id: int) -> PictureInfo | None:
        row = self._log.db.execute(
            "SELECT contact_id, format, width, height, length(data), kept_at FROM pictures "
            "WHERE contact_id = ?",
            [contact_id],
        ).fetchone()
        return PictureInfo(*row) if row is not None else None

    def remove(self, contact_id: int) -> bool:
        """Forget the picture kept with `contact_id` (the contact stays); whether there
        was one. Its bytes are overwritten (secure_delete) and pushed out of the
        write-ahead log."""
        with self._log.writing():
            cursor = self._log.db.conn.execute(
                "DELETE FROM pictures WHERE contact_id = ?", [contact_id]
            )
        self._log._checkpoint()
        return bool(cursor.rowcount > 0)

    def count(self) -> int:
        return int(self._log.db.execute("SELECT count(*) FROM pictures").fetchone()[0])
