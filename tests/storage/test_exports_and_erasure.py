"""Issue 9's queries on SQLite and PostgreSQL: the export streams (a server-side cursor on
PostgreSQL), the stats' aggregates, erasing a member, and the migration's salts."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import event, text
from sqlmodel import select

from storage import dialog, erasure, exports, members, outbox, proposals, sessions, transcript
from storage import stats as stats_store
from storage.models import CoSession, Feedback, Member, Outbox, Proposal, TranscriptMessage


def _setup(db, clock, people: int = 3):
    now = clock.now()
    cosession = sessions.create_session(db=db, title="Elm", flow_id="f", created_by=1, now=now)
    found = []
    for n in range(people):
        member = members.upsert_member(
            db=db, telegram_id=500 + n, display_name=f"P{n}", username=f"p{n}", language="en",
            now=now,
        )  # fmt: skip
        participation = sessions.join_session(db=db, cosession=cosession, member=member, now=now)
        sessions.record_consent(
            db=db, participation=participation, member=member, accepted=True, now=now
        )
        found.append(member)
    db.flush()
    return cosession, found


def _say(db, clock, cosession, member, words, direction="in", polarity=None, kind="text"):
    return transcript.record_message(
        db=db, chat_id=member.telegram_id, direction=direction, text=words, kind=kind,
        session_id=cosession.id, member_id=member.id, polarity=polarity, now=clock.now(),
    )  # fmt: skip


def test_the_transcript_streams_in_order_with_a_server_side_cursor(database, clock) -> None:
    with database.transaction() as db:
        cosession, (ann, bob, _) = _setup(db, clock)
        for n in range(2500):  # more than one batch
            _say(db, clock, cosession, ann if n % 2 else bob, f"line {n}", polarity=0.1)
    server_side = []

    @event.listens_for(database.engine, "before_cursor_execute")
    def seen(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        if "FROM transcript" in statement:
            server_side.append(context._is_server_side)

    with database.session() as db:
        assert exports.count_transcript(db=db, session_id=cosession.id) == 2500
        lines = list(exports.transcript(db=db, session_id=cosession.id))
    assert [row.text for row in lines] == [f"line {n}" for n in range(2500)]
    assert lines[0].member_id == bob.id
    assert lines[0].created_at == clock.now().replace(tzinfo=None), "naive UTC, for speed"
    postgres = database.engine.dialect.name == "postgresql"
    assert server_side[-1] is postgres, "PostgreSQL reads it through a named cursor"


def test_tallies_funnel_replies_and_moods(database, clock) -> None:
    with database.transaction() as db:
        cosession, (ann, bob, cat) = _setup(db, clock)
        idea = proposals.add_proposal(
            db=db, session_id=cosession.id, member_id=ann.id, text="Lights please", now=clock.now()
        )
        for voter, value in ((bob, "agree"), (cat, "disagree")):
            proposals.cast_vote(
                db=db, proposal_id=idea.id, member_id=voter.id, value=value, now=clock.now()
            )
        dialog.add_answer(
            db=db, session_id=cosession.id, member_id=ann.id, step_id="why", kind="text",
            value="x", text="x", polarity=0.1, subjectivity=0.0, now=clock.now(),
        )  # fmt: skip
        _say(db, clock, cosession, ann, "bad", polarity=-0.6)
        clock.advance(hours=1)
        _say(db, clock, cosession, bob, "good", polarity=0.8)
        _say(db, clock, cosession, bob, "fine", polarity=0.2)
        outbox.enqueue(
            db=db, chat_id=ann.telegram_id, kind="reminder", dedupe_key="r1", text="hi",
            now=clock.now(), session_id=cosession.id, member_id=ann.id, state="sent",
            sent_at=clock.now(), replied_at=clock.now() + timedelta(hours=2),
        )  # fmt: skip
    with database.session() as db:
        [tally] = exports.tallies(db=db, session_id=cosession.id)
        assert (tally.agree, tally.disagree, tally.passed, tally.votes) == (1, 1, 0, 2)
        counts = stats_store.funnel(db=db, session_id=cosession.id)
        assert (counts.joined, counts.consented, counts.started, counts.proposed) == (3, 3, 1, 1)
        assert counts.voted == 2
        replies = {
            r.kind: r
            for r in stats_store.reply_counts(
                db=db, session_id=cosession.id, within=timedelta(hours=1)
            )
        }
        assert (replies["reminder"].sent, replies["reminder"].answered) == (1, 1)
        assert replies["reminder"].answered_within == 0 and replies["followup"].sent == 0
        first, last = stats_store.span(db=db, session_id=cosession.id)
        assert last - first == timedelta(hours=1)
        hours = stats_store.moods(
            db=db, session_id=cosession.id, hourly=True, negative_below=-0.2, positive_above=0.4
        )
        assert [(m.bucket, m.messages, m.negative, m.positive) for m in hours] == [
            ("2026-05-04 10:00", 1, 1, 0),
            ("2026-05-04 11:00", 2, 0, 1),
        ]
        assert hours[1].mean == 0.5
        [day] = stats_store.moods(
            db=db, session_id=cosession.id, hourly=False, negative_below=-0.2, positive_above=0.4
        )
        assert (day.bucket, day.messages) == ("2026-05-04", 3)


def test_forgetting_erases_words_and_the_quotes_of_them(database, clock) -> None:
    words = "Lights along the 100%_pond path"  # LIKE's wildcards, taken literally
    with database.transaction() as db:
        cosession, (ann, bob, _) = _setup(db, clock)
        idea = proposals.add_proposal(
            db=db, session_id=cosession.id, member_id=ann.id, text=words, now=clock.now()
        )
        lone = proposals.add_proposal(
            db=db, session_id=cosession.id, member_id=ann.id, text="Benches nobody voted on",
            now=clock.now(),
        )  # fmt: skip
        proposals.cast_vote(
            db=db, proposal_id=idea.id, member_id=bob.id, value="agree", now=clock.now()
        )
        proposals.add_feedback(
            db=db, session_id=cosession.id, member_id=ann.id, text="Too long", now=clock.now()
        )
        _say(db, clock, cosession, ann, f"/propose {words}", kind="command")
        _say(db, clock, cosession, ann, f"Milestone: “{words}” has 1 agree", direction="out")
        card = _say(db, clock, cosession, bob, f"Proposal 1 of 1\n\n“{words}”", direction="out")
        other = _say(db, clock, cosession, bob, "Lights along the pond", direction="out")
        outbox.enqueue(
            db=db, chat_id=ann.telegram_id, kind="followup", dedupe_key="f1", text=None,
            now=clock.now(), session_id=cosession.id, member_id=ann.id, meta={"quote": words},
        )  # fmt: skip
        member = db.get(Member, ann.id)
        done = erasure.forget_member(db=db, member=member, quotes=[], now=clock.now())
    assert (done.proposals, done.withdrawn, done.feedback, done.messages) == (1, 1, 1, 1)
    with database.session() as db:
        ann = db.get(Member, ann.id)
        assert (ann.telegram_id, ann.display_name, ann.username, ann.opted_out) == (
            -ann.id, "", None, True,
        )  # fmt: skip
        kept = db.get(Proposal, idea.id)
        assert (kept.text, kept.hidden, kept.withdrawn_at is not None) == ("", True, True)
        assert db.get(Proposal, lone.id) is None
        assert [f.text for f in db.exec(select(Feedback)).all()] == ["[erased]"]
        assert db.get(TranscriptMessage, card.id).text == "Proposal 1 of 1\n\n“[erased]”"
        assert db.get(TranscriptMessage, other.id).text == "Lights along the pond"
        mine = db.exec(select(TranscriptMessage).where(TranscriptMessage.member_id == ann.id))
        assert {r.text for r in mine} == {"[erased]"}
        [held] = db.exec(select(Outbox).where(Outbox.member_id == ann.id)).all()
        assert (held.state, held.meta, held.chat_id) == ("cancelled", {}, -ann.id)


def test_sessions_made_before_the_migration_get_their_own_salt(database) -> None:
    database.downgrade("0003")
    with database.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO community (id, name, owner_id, created_at) VALUES (1, 'E', 1, "
                 "'2026-05-01')")
        )  # fmt: skip
        for n in (1, 2):
            conn.execute(
                text(
                    "INSERT INTO cosession (id, title, flow_id, join_code, status, community_id, "
                    f"created_by, created_at) VALUES ({n}, 'E', 'f', 'c{n}', 'open', 1, 1, "
                    "'2026-05-01')"
                )
            )
    database.upgrade()
    with database.session() as db:
        salts = [s.pseudonym_salt for s in db.exec(select(CoSession)).all()]
    assert len(set(salts)) == 2 and all(len(s) == 32 for s in salts)
