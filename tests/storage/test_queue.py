"""The one queue of outgoing messages: claims, leases, promises by kind, order within a
chat, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlmodel import select

from storage import outbox, outbox_reads, reprompts, sessions
from storage.models import Outbox, TranscriptMessage

LEASE = timedelta(minutes=2)
HOUR = timedelta(hours=1)


def _queue(database, clock, *specs):
    rows = [
        {"chat_id": chat, "kind": kind, "text": None if kind == "reminder" else f"{kind} {n}",
         "dedupe_key": f"{kind}:{chat}:{n}"}
        for n, (chat, kind) in enumerate(specs)
    ]  # fmt: skip
    with database.transaction() as db:
        return outbox.enqueue_many(db=db, rows=rows, now=clock.now())


def _states(database) -> dict[str, str]:
    with database.session() as db:
        return {o.dedupe_key: o.state for o in db.exec(select(Outbox)).all()}


def test_replies_come_before_background_rows_and_each_row_is_claimed_once(database, clock) -> None:
    _queue(database, clock, (1, "poll"), (2, "poll"))
    with database.transaction() as db:
        outbox.enqueue_many(
            db=db,
            rows=[{"chat_id": 3, "kind": "reply", "text": "hi", "dedupe_key": "r", "priority": 0}],
            now=clock.now(),
        )
    with database.transaction() as db:
        first = outbox.claim_due(db=db, now=clock.now(), limit=2, lease=LEASE)
    with database.transaction() as db:
        second = outbox.claim_due(db=db, now=clock.now(), limit=10, lease=LEASE)
        assert outbox.claim_due(db=db, now=clock.now(), limit=10, lease=LEASE) == []
    assert [r.kind for r in first] == ["reply", "poll"] and [r.chat_id for r in second] == [2]
    assert all(r.attempts == 1 for r in first + second)


def _two_senders(
    database, clock, rows: int, second_limit: int
) -> tuple[dict[str, list[int]], bool]:
    """A first sender claims three rows; a second claims `second_limit` while the first's
    claim is not committed yet. What each took, and whether the second had to wait."""
    _queue(database, clock, *[(c, "poll") for c in range(1, rows + 1)])
    taken: dict[str, list[int]] = {}
    with database.transaction() as db:
        taken["first"] = [
            r.id for r in outbox.claim_due(db=db, now=clock.now(), limit=3, lease=LEASE)
        ]

        def second() -> None:
            with database.transaction() as other:
                claimed = outbox.claim_due(
                    db=other, now=clock.now(), limit=second_limit, lease=LEASE
                )
                taken["second"] = [r.id for r in claimed]

        thread = threading.Thread(target=second)
        thread.start()
        thread.join(timeout=1)
        waited = "second" not in taken
    thread.join(timeout=10)
    assert set(taken["first"]).isdisjoint(taken["second"]), "no row twice"
    return taken, waited


def test_two_senders_at_once_never_take_the_same_row(database, clock) -> None:
    """PostgreSQL: the second sender skips the rows the first holds (SKIP LOCKED) instead
    of waiting; SQLite: it waits for the first to commit. Either way no row twice."""
    taken, waited = _two_senders(database, clock, rows=6, second_limit=10)
    if database.engine.dialect.name == "postgresql":
        assert not waited, "the second sender did not wait for the first"
    assert len(taken["first"]) == 3 and len(taken["second"]) == 3


def test_a_sender_claiming_while_another_holds_the_first_rows_takes_the_next_ones(
    database, clock
) -> None:
    """Two senders each taking three at a time: the second, claiming while the first's
    claim is not yet committed, takes the next three rather than nothing (it would then
    believe nothing was due and stop until its next tick)."""
    taken, _ = _two_senders(database, clock, rows=9, second_limit=3)
    assert len(taken["first"]) == 3 and len(taken["second"]) == 3


def test_a_lapsed_claim_is_taken_again_unless_it_was_being_sent_at_most_once(
    database, clock
) -> None:
    _queue(database, clock, (1, "poll"), (1, "reminder"), (2, "reminder"))
    with database.transaction() as db:
        poll, sending, untried = outbox.claim_due(db=db, now=clock.now(), limit=10, lease=LEASE)
        outbox.mark_sending(db=db, row=poll)  # owed: sent again anyway
        outbox.mark_sending(db=db, row=sending)  # its request is out when the sender dies
    with database.transaction() as db:
        assert outbox.claim_due(db=db, now=clock.now() + LEASE, limit=10, lease=LEASE) == []
    later = clock.now() + LEASE + timedelta(seconds=1)
    with database.transaction() as db:
        again = outbox.claim_due(db=db, now=later, limit=10, lease=LEASE)
    assert [(r.id, r.attempts) for r in again] == [(poll.id, 2), (untried.id, 2)]
    assert _states(database)["reminder:1:1"] == "expired", "a reprompt is never sent blind"


def test_replies_claimed_by_their_turn_are_left_alone_until_the_lease_lapses(
    database, clock
) -> None:
    with database.transaction() as db:
        [reply] = outbox.enqueue_many(
            db=db,
            rows=[{"chat_id": 5, "kind": "reply", "text": "Thanks", "dedupe_key": "reply:9:0"}],
            now=clock.now(),
            claim_for=LEASE,
        )
    assert reply.attempts == 1
    with database.transaction() as db:
        assert outbox.claim_due(db=db, now=clock.now(), limit=10, lease=LEASE) == []
        lapsed = clock.now() + LEASE + timedelta(seconds=1)
        [again] = outbox.claim_due(db=db, now=lapsed, limit=10, lease=LEASE)
    assert again.id == reply.id and again.attempts == 2


def test_a_row_that_must_wait_holds_back_the_later_rows_of_its_chat(database, clock) -> None:
    first, second, other = _queue(database, clock, (7, "poll"), (7, "notice"), (8, "notice"))
    later = clock.now() + timedelta(seconds=30)
    with database.transaction() as db:
        claimed = outbox.claim_due(db=db, now=clock.now(), limit=10, lease=LEASE)
        outbox.retry_later(db=db, row=claimed[0], when=later, error="Too Many Requests")
        outbox.release(db=db, rows=[claimed[1]], when=later)
        outbox.mark_sent(db=db, sent=[(claimed[2], 41)], now=clock.now())
    with database.session() as db:
        rows = {o.id: o for o in db.exec(select(Outbox)).all()}
        [sent] = db.exec(select(TranscriptMessage)).all()
    assert (rows[first.id].state, rows[first.id].not_before) == ("pending", later)
    assert (rows[second.id].state, rows[second.id].not_before) == ("pending", later)
    assert rows[second.id].attempts == 0, "released unsent: no attempt spent"
    assert (rows[other.id].state, rows[other.id].message_id) == ("sent", 41)
    assert (sent.direction, sent.chat_id, sent.kind, sent.telegram_message_id) == (
        "out",
        8,
        "notice",
        41,
    )
    with database.transaction() as db:
        assert outbox.claim_due(db=db, now=clock.now(), limit=10, lease=LEASE) == []
        assert [r.id for r in outbox.claim_due(db=db, now=later, limit=10, lease=LEASE)] == [
            first.id,
            second.id,
        ]


def test_background_rows_are_shared_between_sessions_and_a_chat_takes_a_few(
    database, clock
) -> None:
    """A broadcast to forty members queued first does not hold up another session's five
    poll copies; ten rows for one chat are not claimed at once."""
    with database.transaction() as db:
        ids = [
            sessions.create_session(
                db=db, title=f"S{n}", flow_id="f", created_by=1, now=clock.now()
            ).id
            for n in range(3)
        ]
    rows = [
        {"chat_id": 100 + n, "kind": "broadcast", "text": "b", "dedupe_key": f"b{n}",
         "session_id": ids[0]}
        for n in range(40)
    ] + [
        {"chat_id": 200 + n, "kind": "poll", "text": "p", "dedupe_key": f"p{n}",
         "session_id": ids[1]}
        for n in range(5)
    ] + [
        {"chat_id": 300, "kind": "poll", "text": "p", "dedupe_key": f"c{n}", "session_id": ids[2]}
        for n in range(10)
    ]  # fmt: skip
    with database.transaction() as db:
        outbox.enqueue_many(db=db, rows=rows[:40], now=clock.now())
    clock.advance(minutes=1)
    with database.transaction() as db:
        outbox.enqueue_many(db=db, rows=rows[40:], now=clock.now())
    with database.transaction() as db:
        claimed = outbox.claim_due(db=db, now=clock.now(), limit=12, lease=LEASE, per_chat=3)
    by_session = [sum(r.session_id == s for r in claimed) for s in ids]
    assert by_session == [5, 4, 3]  # round by round: the broadcast was first in each
    with database.transaction() as db:
        rest = outbox.claim_due(db=db, now=clock.now(), limit=100, lease=LEASE, per_chat=3)
    assert sum(r.chat_id == 300 for r in rest) == 3 and len(rest) == 36 + 3


def test_a_tap_on_a_copy_whose_sending_was_never_recorded_is_honoured(database, clock) -> None:
    """A process killed between sending a question and recording it: the row is sent again
    and recorded with the second copy's id; the first copy's id was never learnt. A tap on
    an unknown message of that chat counts when a row tried more than once carries the
    button; a message the bot knows (its buttons since edited away) does not."""
    button = [[["Most days", "f:1:daily"]]]
    with database.transaction() as db:
        outbox.enqueue_many(
            db=db,
            rows=[{"chat_id": 5, "kind": "reply", "text": "How often?", "buttons": button,
                   "dedupe_key": "q"}],
            now=clock.now(),
        )  # fmt: skip
    for _ in range(2):  # claimed, sent (message 40, never recorded), the process dies...
        with database.transaction() as db:
            [row] = outbox.claim_due(db=db, now=clock.now(), limit=1, lease=LEASE)
            outbox.release_claims(db=db, now=clock.now())
    with database.transaction() as db:  # ...and the next one sends it again: message 41
        [row] = outbox.claim_due(db=db, now=clock.now(), limit=1, lease=LEASE)
        outbox.mark_sent(db=db, sent=[(row, 41)], now=clock.now())
    assert row.attempts == 3

    def carries(message_id: int, data: str = "f:1:daily", chat_id: int = 5) -> bool:
        with database.session() as db:
            return outbox_reads.carries_button(
                db=db, chat_id=chat_id, message_id=message_id, data=data
            )

    assert carries(41) and carries(40)  # the recorded copy, and the one never recorded
    assert not carries(40, data="f:1:never")  # no row carries that button
    assert not carries(40, chat_id=6)  # another chat
    with database.transaction() as db:  # an earlier message the bot knows: message 39
        outbox.enqueue_many(
            db=db,
            rows=[{"chat_id": 5, "kind": "reply", "text": "Welcome",
                   "buttons": [[["I agree", "c:1:y"]]], "dedupe_key": "w"}],
            now=clock.now(),
        )  # fmt: skip
        [welcome] = outbox.claim_due(db=db, now=clock.now(), limit=1, lease=LEASE)
        outbox.mark_sent(db=db, sent=[(welcome, 39)], now=clock.now())
    assert carries(39, data="c:1:y")
    assert not carries(39)  # known, and it never carried that button: no stand-in for it


def test_a_tap_on_an_unknown_message_is_refused_when_every_row_went_out_once(
    database, clock
) -> None:
    with database.transaction() as db:
        outbox.enqueue_many(
            db=db,
            rows=[{"chat_id": 5, "kind": "reply", "text": "How often?",
                   "buttons": [[["Most days", "f:1:daily"]]], "dedupe_key": "q"}],
            now=clock.now(),
        )  # fmt: skip
        [row] = outbox.claim_due(db=db, now=clock.now(), limit=1, lease=LEASE)
        outbox.mark_sent(db=db, sent=[(row, 41)], now=clock.now())
    with database.session() as db:
        assert outbox_reads.carries_button(db=db, chat_id=5, message_id=41, data="f:1:daily")
        assert not outbox_reads.carries_button(db=db, chat_id=5, message_id=40, data="f:1:daily")


def test_a_few_rows_and_many_are_queued_alike_and_skipped_alike(database, clock) -> None:
    """A turn's few replies (a prepared statement) and a broadcast's many (SQLAlchemy's)
    come back the same: in order, claimed as asked, each column as given or defaulted, a
    row queued before skipped."""

    def rows(n: int, prefix: str) -> list[dict]:
        return [
            {"chat_id": 7, "kind": "reply", "text": f"{prefix} {i}", "dedupe_key": f"{prefix}:{i}",
             "buttons": [[["Yes", f"y{i}"]]], "meta": {"n": i}} | ({"priority": 0} if i else {})
            for i in range(n)
        ]  # fmt: skip

    def plain(q: outbox.Queued) -> tuple:
        return (q.text, q.kind, q.buttons, q.meta, q.priority, q.attempts, q.attempt)

    with database.transaction() as db:
        few = outbox.enqueue_many(db=db, rows=rows(3, "few"), now=clock.now(), claim_for=LEASE)
        many = outbox.enqueue_many(db=db, rows=rows(9, "many"), now=clock.now(), claim_for=LEASE)
        again = outbox.enqueue_many(db=db, rows=rows(2, "few"), now=clock.now())
    assert outbox.FEW >= 3 and len(many) > outbox.FEW
    assert [plain(q) for q in few] == [
        (f"few {i}", "reply", [[["Yes", f"y{i}"]]], {"n": i}, 0 if i else 1, 1, 1) for i in range(3)
    ]
    assert [plain(q) for q in many][:3] == [
        (f"many {i}", *rest) for i, (_, *rest) in enumerate(plain(q) for q in few)
    ]
    assert again == [], "queued before: skipped"
    with database.session() as db:
        stored = db.exec(select(Outbox).order_by(Outbox.id)).all()
    assert [r.id for r in stored] == [q.id for q in few + many]
    assert {r.state for r in stored} == {"claimed"} and all(r.lease_until for r in stored)


def test_reprompts_held_with_replies_are_re_armed_and_replies_never_touch_a_row(
    database, clock
) -> None:
    """Issue 22: a turn's replies and the reprompts it held go in one statement. A held
    row meeting a cancelled one of its key re-arms it (the new time); a reply meeting a row
    of its key leaves it as it was and is not among the rows the turn sends."""
    _queue(database, clock, (7, "reminder"), (7, "elaboration"))
    with database.transaction() as db:
        db.execute(
            Outbox.__table__.update().values(state="cancelled")  # type: ignore[attr-defined]
        )
    due = clock.now() + timedelta(hours=1)
    held = {
        "chat_id": 7, "kind": "reminder", "dedupe_key": "reminder:7:0", "text": None,
        "buttons": [], "meta": {}, "not_before": due, "created_at": clock.now(),
        "session_id": None, "member_id": None, "step_id": "why", "attempt": 1,
    }  # fmt: skip
    replies = [
        {"chat_id": 7, "kind": "reply", "text": "thanks", "dedupe_key": "u:1:0"},
        {"chat_id": 7, "kind": "elaboration", "text": "more?", "dedupe_key": "elaboration:7:1"},
    ]
    with database.transaction() as db:
        claimed = outbox.enqueue_later(
            db=db, rows=replies, now=clock.now(), claim_for=LEASE, held=[held]
        )
    assert [(q.kind, q.text) for q in claimed()] == [("reply", "thanks")]
    with database.session() as db:
        rows = {o.dedupe_key: o for o in db.exec(select(Outbox)).all()}
    assert (rows["reminder:7:0"].state, rows["reminder:7:0"].not_before) == ("pending", due)
    assert (rows["elaboration:7:1"].state, rows["elaboration:7:1"].text) == (
        "cancelled", "elaboration 1"
    )  # fmt: skip
    assert rows["u:1:0"].state == "claimed"


def test_a_void_held_with_replies_settles_the_one_row_it_meets(database, clock) -> None:
    """Issue 22: a void of one reprompt (`reprompts.void`, the usual answer) goes with the
    turn's replies as a row queued `cancelled`: the held row it meets is cancelled, a sent
    one not answered yet is counted answered now; one answered before, or in flight, is
    left as it is; a row gone is a cancelled row of its own, never sent."""
    _queue(database, clock, *[(7, "reminder")] * 4)  # reminder:7:0 ... reminder:7:3
    earlier = clock.now() - timedelta(hours=3)
    table = Outbox.__table__  # type: ignore[attr-defined]
    with database.transaction() as db:
        for key, values in (
            ("reminder:7:1", {"state": "sent", "sent_at": earlier}),
            ("reminder:7:2", {"state": "sent", "sent_at": earlier, "replied_at": earlier}),
            ("reminder:7:3", {"state": "claimed"}),
        ):
            db.execute(table.update().where(table.c.dedupe_key == key).values(**values))
    for keys, reply in ((range(3), "u:2:0"), (range(3, 5), "u:2:1")):  # a few rows at a time
        voids = [
            reprompts._void_row(7, None, None, "why", f"reminder:7:{n}", clock.now()) for n in keys
        ]
        replies = [{"chat_id": 7, "kind": "reply", "text": "thanks", "dedupe_key": reply}]
        with database.transaction() as db:
            claimed = outbox.enqueue_later(
                db=db, rows=replies, now=clock.now(), claim_for=LEASE, held=voids
            )
        assert [(q.kind, q.text) for q in claimed()] == [("reply", "thanks")]
    with database.session() as db:
        rows = {o.dedupe_key: o for o in db.exec(select(Outbox)).all()}
    settled = {k: (r.state, r.replied_at) for k, r in rows.items() if k.startswith("reminder")}
    assert settled == {
        "reminder:7:0": ("cancelled", clock.now()),
        "reminder:7:1": ("sent", clock.now()),
        "reminder:7:2": ("sent", earlier),
        "reminder:7:3": ("claimed", None),
        "reminder:7:4": ("cancelled", None),
    }
    assert rows["reminder:7:0"].not_before == clock.now(), "its time as it was"
    with database.transaction() as db:  # written on their own (no replies): the same
        later = reprompts._void_row(7, None, None, "why", "reminder:7:1", clock.now() + HOUR)
        reprompts.write_held(db, [later])
    with database.session() as db:
        [again] = db.exec(select(Outbox).where(Outbox.dedupe_key == "reminder:7:1")).all()
    assert again.replied_at == clock.now(), "answered once"
