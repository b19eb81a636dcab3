"""Votes, ballots, poll results, closing, and the outbox, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlmodel import select

from storage import audience, members, outbox, outbox_reads, polls, sessions
from storage import proposals as proposal_store
from storage.models import Ballot, Proposal, Vote


@pytest.fixture
def world(database, clock):
    with database.transaction() as db:
        s = sessions.create_session(db=db, title="Park", flow_id="f", created_by=1, now=clock.now())
        people = [
            members.upsert_member(
                db=db,
                telegram_id=100 + i,
                display_name=f"P{i}",
                username=None,
                language=None,
                now=clock.now(),
            )
            for i in range(4)
        ]
        for m in people[:3]:
            p = sessions.join_session(db=db, cosession=s, member=m, now=clock.now())
            sessions.record_consent(
                db=db, participation=p, member=m, accepted=True, now=clock.now()
            )
        proposal = proposal_store.add_proposal(
            db=db,
            session_id=s.id,
            member_id=people[0].id,
            text="Lights along the pond path",
            now=clock.now(),
        )
    return s, people, proposal


def test_a_vote_is_changeable_and_counted_once(database, clock, world) -> None:
    _, people, proposal = world
    for value, changed in (("agree", True), ("agree", False), ("disagree", True)):
        with database.transaction() as db:
            assert (
                proposal_store.cast_vote(
                    db=db,
                    proposal_id=proposal.id,
                    member_id=people[1].id,
                    value=value,
                    now=clock.now(),
                )
                is changed
            )
    with database.session() as db:
        assert proposal_store.vote_counts(db=db, proposal_id=proposal.id) == {"disagree": 1}


def test_concurrent_first_votes_make_one_row(database, clock, world) -> None:
    _, people, proposal = world
    barrier, errors = threading.Barrier(2), []

    def vote(value: str) -> None:
        try:
            with database.transaction() as db:
                barrier.wait(timeout=5)
                proposal_store.cast_vote(
                    db=db,
                    proposal_id=proposal.id,
                    member_id=people[2].id,
                    value=value,
                    now=clock.now(),
                )
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=vote, args=(v,)) for v in ("agree", "pass")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    with database.session() as db:
        rows = db.exec(select(Vote).where(Vote.member_id == people[2].id)).all()
    assert len(rows) == 1 and rows[0].value in {"agree", "pass"}
    assert len(errors) <= 1  # a loser may only fail cleanly, never double-count


def _poll(database, clock, s, *, multiple=False, anonymous=False, closes=None):
    with database.transaction() as db:
        return polls.create_poll(
            db=db,
            session_id=s.id,
            question="Which day?",
            options=("Sat", "Sun", "Mon"),
            multiple=multiple,
            anonymous=anonymous,
            closes_at=closes,
            created_by=1,
            now=clock.now(),
        )


def _ballot(database, clock, poll, member, position, secret=b"k"):
    with database.transaction() as db:
        option = polls.poll_options(db=db, poll_id=poll.id)[position - 1]
        key = polls.voter_key(secret=secret, poll_id=poll.id, member_id=member.id)
        before = polls.chosen_positions(db=db, poll_id=poll.id, key=key)
        chosen = polls.cast_ballot(
            db=db, poll=poll, option=option, key=key, member_id=member.id, now=clock.now(),
            chosen=before if position % 2 else None,  # given, or read by cast_ballot
        )  # fmt: skip
        assert chosen == polls.chosen_positions(db=db, poll_id=poll.id, key=key), "as stored"
        return chosen


def test_single_choice_ballot_replaces_and_multi_toggles(database, clock, world) -> None:
    s, people, _ = world
    single = _poll(database, clock, s)
    assert _ballot(database, clock, single, people[0], 1) == {1}
    assert _ballot(database, clock, single, people[0], 2) == {2}
    multi = _poll(database, clock, s, multiple=True)
    assert _ballot(database, clock, multi, people[0], 1) == {1}
    assert _ballot(database, clock, multi, people[0], 3) == {1, 3}
    assert _ballot(database, clock, multi, people[0], 1) == {3}
    _ballot(database, clock, single, people[1], 2)
    with database.session() as db:
        results = polls.poll_results(db=db, poll_id=single.id)
        assert results.counts == {2: 2} and results.voters == 2
        assert polls.who_chose(db=db, poll=single) == {2: ["P0", "P1"]}


def test_anonymous_ballots_keep_no_member(database, clock, world) -> None:
    s, people, _ = world
    poll = _poll(database, clock, s, anonymous=True)
    _ballot(database, clock, poll, people[0], 1)
    _ballot(database, clock, poll, people[0], 2)
    with database.session() as db:
        ballots = db.exec(select(Ballot).where(Ballot.poll_id == poll.id)).all()
        assert [b.member_id for b in ballots] == [None]
        assert polls.poll_results(db=db, poll_id=poll.id).counts == {2: 1}
        with pytest.raises(PermissionError):
            polls.who_chose(db=db, poll=poll)


def test_a_poll_closes_once_and_due_polls_are_found(database, clock, world) -> None:
    s, _, _ = world
    poll = _poll(database, clock, s, closes=clock.now() + timedelta(hours=2))
    with database.transaction() as db:
        assert polls.due_poll_ids(db=db, now=clock.now()) == []
        assert polls.due_poll_ids(db=db, now=clock.now() + timedelta(hours=2)) == [poll.id]
        assert polls.close_poll(db=db, poll_id=poll.id, now=clock.now())
        assert not polls.close_poll(db=db, poll_id=poll.id, now=clock.now())
        assert polls.due_poll_ids(db=db, now=clock.now() + timedelta(hours=3)) == []


def test_recipients_are_consenting_reachable_members_of_an_open_session(
    database, clock, world
) -> None:
    """The one "can be messaged" rule: consented, not paused, not opted out, not blocked,
    and the session open."""
    s, people, _ = world
    pairs = [(s.id, p.id) for p in people]

    def reachable():
        with database.session() as db:
            listed = [m.telegram_id for m in audience.recipients(db=db, session_id=s.id)]
            checked = audience.reachable_members(db=db, pairs=pairs)
            assert {(s.id, m.id) for m in people if m.telegram_id in listed} == checked
            return listed

    assert reachable() == [], "a draft session messages nobody"
    with database.transaction() as db:
        sessions.set_session_status(db=db, cosession=s, status="open", now=clock.now())
    assert reachable() == [100, 101, 102], "people[3] never consented"
    with database.transaction() as db:
        people[1].blocked_bot = True
        people[2].paused = True
        db.add_all([people[1], people[2]])
    assert reachable() == [100]
    with database.transaction() as db:
        people[0].opted_out = True
        db.add(people[0])
    assert reachable() == []
    with database.transaction() as db:
        people[0].opted_out = people[2].paused = False
        db.add_all([people[0], people[2]])
        sessions.set_session_status(db=db, cosession=s, status="closed", now=clock.now())
    assert reachable() == [], "a closed session messages nobody"


def test_a_group_is_reachable_while_linked_to_an_open_session(database, clock, world) -> None:
    s, _, _ = world
    with database.transaction() as db:
        sessions.link_group(db=db, cosession=s, chat_id=-100)
    with database.session() as db:
        assert audience.reachable_groups(db=db, pairs=[(s.id, -100)]) == set()  # draft
    with database.transaction() as db:
        sessions.set_session_status(db=db, cosession=s, status="open", now=clock.now())
    with database.session() as db:
        assert audience.reachable_groups(db=db, pairs=[(s.id, -100), (s.id, -200)]) == {
            (s.id, -100)
        }


def test_outbox_dedupes_and_claims_each_row_once(database, clock) -> None:
    now = clock.now()
    with database.transaction() as db:
        assert outbox.enqueue(
            db=db, chat_id=1, kind="poll", dedupe_key="poll:1:1", text="hi", now=now, ref_id=1
        )
        assert not outbox.enqueue(
            db=db, chat_id=1, kind="poll", dedupe_key="poll:1:1", text="hi", now=now, ref_id=1
        )
        outbox.enqueue(
            db=db, chat_id=2, kind="poll", dedupe_key="poll:1:2", text="hi", now=now, ref_id=1
        )
    lease = timedelta(minutes=2)
    with database.transaction() as db:
        first = outbox.claim_due(db=db, now=now, limit=10, lease=lease)
    with database.transaction() as db:
        second = outbox.claim_due(db=db, now=now, limit=10, lease=lease)
        outbox.mark_sent(db=db, sent=[(first[0], 5)], now=now)
        outbox.settle(db=db, row=first[1], state="failed", error="Forbidden")
    assert len(first) == 2 and second == []
    with database.session() as db:
        assert outbox_reads.count_by_state(db=db, kind="poll", ref_id=1) == {"sent": 1, "failed": 1}


def test_proposals_made_at_the_same_moment_get_numbers_in_turn(database, clock, world) -> None:
    """Eight members propose at once, two of them the same words: each stored proposal has
    its own number, one after the other (#1 was made already), with no gap left by the
    duplicate that was not stored."""
    s, people, _ = world
    barrier, errors, stored = threading.Barrier(8), [], []
    texts = [f"Idea {n}" for n in range(7)] + ["Idea 3"]

    def propose(text: str) -> None:
        try:
            with database.transaction() as db:
                barrier.wait(timeout=5)
                made = proposal_store.add_proposal(
                    db=db, session_id=s.id, member_id=people[1].id, text=text, now=clock.now()
                )
                stored.append(made is not None)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=propose, args=(t,)) for t in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(stored) == [False] + [True] * 7
    with database.session() as db:
        numbers = sorted(db.exec(select(Proposal.number).where(Proposal.session_id == s.id)).all())
        last = sessions.get_session(db=db, session_id=s.id)
    assert numbers == list(range(1, 9))
    assert last is not None and last.proposals_numbered == 8
