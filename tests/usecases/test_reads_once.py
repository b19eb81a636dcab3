"""Issue 22: a turn reads the member, their session, their part in it and their dialog
state once (`storage.places.actor`), on SQLite and on PostgreSQL alike; the answer is
still saved over the state it was worked out from."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from storage.models import Answer, DialogStateRow
from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session

FROM = re.compile(r"\bFROM\s+\"?(\w+)", re.IGNORECASE)


@contextmanager
def reads(world) -> Iterator[list[str]]:
    """The tables each SELECT of the block reads first (its FROM)."""
    seen: list[str] = []

    def note(_conn, _cursor, statement: str, *_args) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            found = FROM.search(statement)
            seen.append(found.group(1) if found else "?")

    event.listen(world.db.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(world.db.engine, "before_cursor_execute", note)


def test_a_tap_reads_the_dialog_state_with_the_member_and_not_again(
    world, organiser, alice
) -> None:
    join(alice, open_session(organiser, "Market Square", flow="engagement_check"))
    [before] = world.rows(DialogStateRow)
    with reads(world) as seen:
        alice.taps("Often")
    assert seen.count("member") == 1, seen  # the actor's one read, dialog state joined in
    assert "dialog_state" not in seen, seen
    assert "cosession" not in seen and "participation" not in seen, seen
    [after] = world.rows(DialogStateRow)
    assert after.version > before.version
    assert after.step_id != before.step_id
    [answer] = world.rows(Answer)
    assert answer.value == "often"
