"""Updates set aside on disk: one that cannot finish (its chat's lane waits out a database
outage) would hold Telegram's offset, and getUpdates returns at most 100 updates past the
offset, so after 100 newer ones nothing newer would come. Written here first, such an
update can be confirmed to Telegram while it waits: the poller applies it when its chat
moves again, or from here after a restart (an update applied twice is applied once:
its claim, `storage.transcript`)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url


def spool_for(database_url: str) -> Path:
    """Beside a SQLite file (`codesign.db.spool/`); for a server database, a folder of the
    working directory named after it (one bot's spool is never another's)."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database + ".spool")
    tag = hashlib.sha256(url.render_as_string(hide_password=True).encode()).hexdigest()[:12]
    return Path(".codesign-spool") / tag


class Spool:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def put(self, update: dict[str, Any]) -> None:
        """Keep an update (as Telegram sent it) until `remove`; on disk before this returns."""
        self.directory.mkdir(parents=True, exist_ok=True)
        final = self.directory / f"{int(update['update_id'])}.json"
        partial = final.with_suffix(".part")
        with partial.open("w", encoding="utf-8") as out:
            json.dump(update, out)
            out.flush()
            os.fsync(out.fileno())
        partial.replace(final)

    def remove(self, update_id: int) -> None:
        with contextlib.suppress(FileNotFoundError):
            (self.directory / f"{update_id}.json").unlink()

    def load(self) -> list[dict[str, Any]]:
        """What is set aside, oldest first (a file that does not read is left where it is)."""
        kept = []
        for path in sorted(self.directory.glob("*.json"), key=lambda p: int(p.stem)):
            with contextlib.suppress(OSError, ValueError):
                update = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(update, dict) and isinstance(update.get("update_id"), int):
                    kept.append(update)
        return kept
