"""Issue 22: a turn reads the member, their session, their part in it and their dialog
state once (`storage.places.actor`), on SQLite and on PostgreSQL alike; the answer is
still saved over the state it was worked out from."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from storage.models import Answer, DialogStateRow, Member, Outbox, Participation
from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session

# the first table a FROM names; past a subquery it starts from (the actor's read starts
# from the highest update id forgotten, one row even for someone never met), the first joined
FROM = re.compile(r"\bFROM\s+(?:AS\s+\w+\s+(?:LEFT\s+OUTER\s+)?JOIN\s+)?\"?(\w+)", re.IGNORECASE)


def outermost(statement: str) -> str:
    """The statement without what its parentheses hold (subqueries, lists)."""
    kept, depth = [], 0
    for char in statement:
        depth += char == "("
        if depth == 0:
            kept.append(char)
        depth -= char == ")" and depth > 0
    return "".join(kept)


@contextmanager
def reads(world) -> Iterator[list[str]]:
    """The tables each SELECT of the block reads first (its FROM)."""
    seen: list[str] = []

    def note(_conn, _cursor, statement: str, *_args) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            found = FROM.search(outermost(statement))
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
    assert "outbox" not in seen, seen  # the tapped message's rows come with it too
    assert "cosession" not in seen and "participation" not in seen, seen
    [after] = world.rows(DialogStateRow)
    assert after.version > before.version
    assert after.step_id != before.step_id
    [answer] = world.rows(Answer)
    assert answer.value == "often"


@contextmanager
def statements(world) -> Iterator[list[str]]:
    """Every statement of the block, as sent."""
    seen: list[str] = []

    def note(_conn, _cursor, statement: str, *_args) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(world.db.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(world.db.engine, "before_cursor_execute", note)


def current(world) -> list[tuple[str, object]]:
    return sorted(((a.step_id, a.value) for a in world.rows(Answer) if not a.superseded), key=str)


def test_a_first_answer_replaces_nothing_and_is_not_made_to(world, organiser, alice) -> None:
    """A step's first answer writes no superseding update (the state knows every answer
    the member gave); after /back, the new answer replaces the old one."""
    join(alice, open_session(organiser, "Market Square", flow="engagement_check"))
    with statements(world) as seen:
        alice.taps("Often")
    assert not [s for s in seen if s.upper().startswith("UPDATE ANSWER")], seen
    alice.says("/back")
    with statements(world) as seen:
        alice.taps("Rarely")
    assert [s for s in seen if s.upper().startswith("UPDATE ANSWER")], "the old one replaced"
    assert current(world) == [("visits", "rarely")]
    assert len(world.rows(Answer)) == 2


def test_an_answer_voids_its_steps_reminder_with_the_replies(world, organiser, alice) -> None:
    """What answering the step voids was read with the actor (`storage.places`): the one
    reminder held about it is cancelled by the statement that queues the replies, not by
    an update of its own; with nothing about the step, nothing is written."""
    join(alice, open_session(organiser, "Market Square", flow="engagement_check"))
    with statements(world) as seen:
        alice.taps("Often")
    upper = [s.upper() for s in seen]
    assert not [s for s in upper if s.startswith("UPDATE OUTBOX") and "REPLIED_AT" in s], seen
    [voided] = [s for s in upper if s.startswith("INSERT INTO OUTBOX")]
    assert "ON CONFLICT" in voided, voided
    reminders = world.rows(Outbox, Outbox.kind == "reminder")
    assert sorted((r.step_id, r.state) for r in reminders) == [
        ("visits", "cancelled"), ("why", "pending"),
    ]  # fmt: skip


def test_a_typed_answer_reads_no_form_and_no_outcome_when_there_is_none(
    world, organiser, alice
) -> None:
    """Whether the member has a guided form open or an outcome's question waiting for
    their words comes with the actor's one read: a typed answer reads neither table."""
    join(alice, open_session(organiser, "Market Square", flow="engagement_check"))
    alice.taps("Often")
    with reads(world) as seen:
        alice.says("The benches in the shade are lovely in summer")
    assert "admin_form" not in seen and "outcome_answer" not in seen, seen
    # what the engagement loop weighs after words (their moods, whether they proposed,
    # the reprompts queued) is one read, of the queue first
    assert "answer" not in seen and "proposal" not in seen, seen
    assert seen.count("outbox") == 1, seen  # that read: no follow-up is out to be answered
    assert current(world)[-1] == ("why", "The benches in the shade are lovely in summer")
    [ask] = organiser.says("/poll")  # an organiser's guided form: their text goes to it
    assert ask.text
    with reads(world) as seen:
        organiser.says("Which day suits the market best?")
    assert "admin_form" in seen, seen


def test_a_newcomer_joining_is_written_once_and_read_back_from_the_writes(
    world, organiser, alice
) -> None:
    """Someone the turn's first read did not find is inserted at once (no update tried
    first); their participation comes back from its insert, not read again; their roles,
    granted and on teams, are one read."""
    code = open_session(organiser, "Market Square", flow="engagement_check")
    with statements(world) as seen:
        alice.says(f"/start {code}")
    upper = [s.upper() for s in seen]
    assert not [s for s in upper if s.startswith("UPDATE MEMBER SET DISPLAY_NAME")], seen
    assert len([s for s in upper if s.startswith("INSERT INTO MEMBER")]) == 1, seen
    assert len([s for s in upper if s.startswith("SELECT") and "FROM PARTICIPATION" in s]) <= 1
    roles = [s for s in upper if "FROM ROLEGRANT" in s or "FROM SESSION_TEAM" in s]
    assert len(roles) == 1 and "UNION ALL" in roles[0], roles
    [member] = world.rows(Member, Member.telegram_id == alice.id)
    [joined] = world.rows(Participation, Participation.member_id == member.id)
    assert member.active_session_id == joined.session_id and member.display_name == "Alice"


def test_a_newcomer_joining_reads_no_part_and_no_names_of_their_own(
    world, organiser, alice, bob
) -> None:
    """Someone never met has joined nothing: their participation is not looked for before
    it is inserted; the names the consent question uses come with the session's read;
    agreeing looks for no broadcast skipped for them (broadcasts go to those who agreed),
    nor for polls when the actor's read found none open; one opened later is offered to
    the next who agrees."""
    code = open_session(organiser, "Market Square", flow="engagement_check")
    with reads(world) as seen:
        [asked] = alice.says(f"/start {code}")
    assert "participation" not in seen and "community" not in seen, seen
    assert "Market Square" in asked.text
    with statements(world) as said, reads(world) as seen:
        alice.taps(asked.buttons[0][0][0])
    # the read of broadcasts skipped and not sent again (`storage.catchup`): its copy's key
    again = [s for s in said if s.upper().startswith("SELECT") and "dedupe_key ||" in s]
    assert not again, said
    assert "poll" not in seen, seen
    [joined] = world.rows(Participation)
    assert joined.consented_at is not None
    organiser.says(f"/poll {code} Which day for the market? | Saturday | Sunday")
    world.tick()
    join(bob, code)
    world.tick()
    assert any("Which day for the market?" in m.text for m in bob.messages), "offered"
