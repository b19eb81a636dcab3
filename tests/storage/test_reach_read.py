"""`storage.reach` on SQLite and PostgreSQL: a record per participation with its times
(seconds since the epoch) and counts, who opened a link and did not join, where members
stopped in the flow, the seeds."""

from __future__ import annotations

from datetime import timedelta

import pytest

from storage import members, reach, sessions
from storage.models import (
    Answer,
    DialogStateRow,
    LinkOpen,
    Participation,
    Poll,
    Proposal,
    Seed,
    Vote,
)


def test_one_record_per_participation_with_times_and_counts(database, clock) -> None:
    t0 = clock.now()

    def at(minutes: float) -> object:
        return t0 + timedelta(minutes=minutes)

    with database.transaction() as db:
        cosession = sessions.create_session(db=db, title="Elm", flow_id="f", created_by=1, now=t0)
        sid = cosession.id
        people = [
            members.upsert_member(
                db=db, telegram_id=700 + n, display_name=f"P{n}", username=None,
                language="en", now=t0,
            )
            for n in range(5)
        ]  # fmt: skip
        a, b, c, d, e = (m.id for m in people)  # e opens a link and never joins
        db.add(Seed(id=5, session_id=sid, kind="proposal", item_id=1, champion_id=a, code="s5",
                    created_by=1, created_at=t0))  # fmt: skip
        db.add(Poll(id=3, session_id=sid, number=2, question="?", created_by=1, created_at=t0))
        db.add(Seed(id=6, session_id=sid, kind="poll", item_id=3, champion_id=b, code="s6",
                    created_by=1, created_at=t0))  # fmt: skip
        db.flush()
        rows = [
            (a, None, "link", "flyer", None, at(0), at(1), at(3)),
            (b, a, "invite", None, None, at(60), at(61), at(62)),
            (c, a, "seed", None, 5, at(120), None, None),
            (d, b, "invite", None, None, at(180), at(181), None),
        ]
        for n, (m, inviter, source, tag, seed, joined, consented, activated) in enumerate(rows):
            db.add(Participation(
                session_id=sid, member_id=m, joined_at=joined, consented_at=consented,
                referred_by_id=inviter, ref_code=f"r{n}", source=source, source_tag=tag,
                seed_id=seed, activated_at=activated, completed_at=at(30) if m == a else None,
            ))  # fmt: skip
        db.flush()
        db.add(Proposal(id=1, session_id=sid, number=1, member_id=a, text="Lamps",
                        normalized_text="lamps", created_at=at(20)))  # fmt: skip
        db.add(Proposal(id=2, session_id=sid, number=2, member_id=b, text="Trees",
                        normalized_text="trees", created_at=at(90)))  # fmt: skip
        db.flush()
        for proposal, voter, when in ((2, a, 100), (1, b, 70), (2, b, 95)):
            db.add(Vote(proposal_id=proposal, member_id=voter, value="agree",
                        created_at=at(when), updated_at=at(when)))  # fmt: skip
        for m, step, when, old in (
            (a, "visits", 2, True), (a, "visits", 4, False), (a, "why", 5, False),
            (b, "visits", 62, False), (d, "visits", 183, False),
        ):  # fmt: skip
            db.add(Answer(session_id=sid, member_id=m, step_id=step, kind="choice",
                          created_at=at(when), superseded=old))  # fmt: skip
        for m, step in ((b, "why"), (d, "visits")):  # d went back to visits
            db.add(DialogStateRow(session_id=sid, member_id=m, step_id=step, updated_at=t0))
        for m, source, inviter, seed, when in (
            (a, "link", None, None, -5), (a, "invite", b, None, 50),  # a opened twice
            (c, "seed", a, 5, 119), (None, "link", None, None, 7),  # someone unknown
            (e, "link", None, None, 8), (e, "invite", d, None, 9),  # e: the first counts
        ):  # fmt: skip
            db.add(LinkOpen(session_id=sid, member_id=m, source=source,
                            source_tag="flyer" if m is None else None, referred_by_id=inviter,
                            seed_id=seed, opened_at=at(when)))  # fmt: skip
        db.add(LinkOpen(session_id=sid, member_id=None, source="seed", referred_by_id=a,
                        seed_id=5, opened_at=at(125)))  # fmt: skip
    base = t0.timestamp()

    def sec(minutes: float | None) -> float | None:
        return None if minutes is None else base + 60 * minutes

    with database.session() as db:
        found = reach.joined(db=db, session_id=sid)
        opened = reach.openers(db=db, session_id=sid)
        steps = reach.steps(db=db, session_id=sid)
        seeds = reach.seeds(db=db, session_id=sid)
    assert [j.member for j in found] == [a, b, c, d]
    ra, rb, rc, rd = found
    # answered: when activated; participation: 3 answers given, a proposal, a vote
    expected_a = (a, None, "link", "flyer", None, sec(0), sec(1), sec(3), sec(30), sec(20),
                  sec(3), 5)  # fmt: skip
    assert ra == pytest.approx(expected_a, abs=0.01)
    assert rb == pytest.approx(
        (b, a, "invite", None, None, sec(60), sec(61), sec(62), None, sec(70), sec(62), 4),
        abs=0.01)  # fmt: skip
    assert (rc.source, rc.seed, rc.consented, rc.participation) == ("seed", 5, None, 0)
    assert (rd.inviter, rd.answered, rd.activated, rd.participation) == (b, None, None, 1)
    assert sorted(opened, key=lambda o: o.at) == [
        ("link", "flyer", None, None, pytest.approx(sec(7), abs=0.01)),
        ("link", None, None, None, pytest.approx(sec(8), abs=0.01)),
        ("seed", None, a, 5, pytest.approx(sec(125), abs=0.01)),
    ]
    assert steps == [
        reach.StepCount("visits", answered=3, waiting=1, waiting_answered=1),  # a's current
        reach.StepCount("why", answered=1, waiting=1, waiting_answered=0),
    ]
    assert seeds == {
        5: reach.SeedInfo(5, "proposal", 1, a),
        6: reach.SeedInfo(6, "poll", 2, b),
    }
