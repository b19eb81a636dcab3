"""The spool keeps set-aside updates across a restart, oldest first, until applied."""

from __future__ import annotations

from pathlib import Path

from bot.spool import Spool, spool_for


def test_updates_are_kept_until_removed_and_read_back_in_order(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    assert spool.load() == [], "no folder yet: nothing kept"
    for update_id in (12, 3, 7):
        spool.put({"update_id": update_id, "message": {"text": f"#{update_id}"}})
    (spool.directory / "9.json").write_text("{not json")  # a torn file is left alone
    again = Spool(tmp_path / "spool")  # another process, after a restart
    assert [u["update_id"] for u in again.load()] == [3, 7, 12]
    again.remove(7)
    again.remove(7)  # twice is harmless
    assert [u["update_id"] for u in again.load()] == [3, 12]


def test_each_database_has_its_own_spool() -> None:
    assert spool_for("sqlite:////srv/bot/codesign.db") == Path("/srv/bot/codesign.db.spool")
    one = spool_for("postgresql://bot@db1/codesign")
    assert one != spool_for("postgresql://bot@db2/codesign")
    assert one == spool_for("postgresql://bot@db1/codesign")
