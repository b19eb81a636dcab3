"""Members, roles, sessions and joining, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from storage import members, sessions
from storage.codes import (
    ALPHABET,
    JOIN_CODE_LENGTH,
    REF_CODE_LENGTH,
    SEED_CODE_LENGTH,
    StartLink,
    new_marked_code,
    read_start_payload,
    split_start_payload,
)
from storage.models import Participation


def test_member_is_created_once_and_names_stay_fresh(database, clock) -> None:
    with database.transaction() as db:
        first = members.upsert_member(
            db=db,
            telegram_id=7_000_000_001,
            display_name="Ann",
            username="ann",
            language="en",
            now=clock.now(),
        )
    with database.transaction() as db:
        again = members.upsert_member(
            db=db,
            telegram_id=7_000_000_001,
            display_name="Ann B",
            username=None,
            language="fr",
            now=clock.now(),
        )
    assert again.id == first.id
    assert again.display_name == "Ann B" and again.language == "en"


def test_roles_come_from_grants_and_admin_ids(database, clock) -> None:
    with database.transaction() as db:
        assert members.roles_of(db=db, telegram_id=5) == set()
        assert members.grant_role(
            db=db, telegram_id=5, role="coordinator", granted_by=1, now=clock.now()
        )
        assert not members.grant_role(
            db=db, telegram_id=5, role="coordinator", granted_by=1, now=clock.now()
        )
    with database.session() as db:
        assert members.roles_of(db=db, telegram_id=5) == {"coordinator"}
        assert members.roles_of(db=db, telegram_id=9, admin_ids=(9,)) == {
            "admin",
            "organiser",
            "coordinator",
        }
    with database.transaction() as db:  # roles can be taken back
        assert members.revoke_role(db=db, telegram_id=5, role="coordinator")
        assert not members.revoke_role(db=db, telegram_id=5, role="coordinator")
    with database.session() as db:
        assert members.roles_of(db=db, telegram_id=5) == set()


def _member(db, clock, tid: int):
    return members.upsert_member(
        db=db,
        telegram_id=tid,
        display_name=f"M{tid}",
        username=None,
        language=None,
        now=clock.now(),
    )


def test_sessions_get_distinct_unguessable_codes(database, clock) -> None:
    with database.transaction() as db:
        made = [
            sessions.create_session(
                db=db, title=f"S{i}", flow_id="f", created_by=1, now=clock.now()
            )
            for i in range(20)
        ]
    codes = {s.join_code for s in made}
    assert len(codes) == 20
    assert all(len(c) == JOIN_CODE_LENGTH and set(c) <= set(ALPHABET) for c in codes)
    assert all(s.status == "draft" for s in made)


def test_join_is_idempotent_and_keeps_the_first_referrer(database, clock) -> None:
    with database.transaction() as db:
        s = sessions.create_session(db=db, title="Park", flow_id="f", created_by=1, now=clock.now())
        alice, bob, carol = (_member(db, clock, t) for t in (1, 2, 3))
        first = sessions.join_session(
            db=db, cosession=s, member=bob, now=clock.now(), referred_by=alice
        )
        again = sessions.join_session(
            db=db, cosession=s, member=bob, now=clock.now(), referred_by=carol
        )
        self_ref = sessions.join_session(
            db=db, cosession=s, member=alice, now=clock.now(), referred_by=alice
        )
    assert first.id == again.id
    assert again.referred_by_id == alice.id and bob.referred_by_id == alice.id
    assert self_ref.referred_by_id is None
    assert len(first.ref_code) == 6 and first.ref_code == again.ref_code != self_ref.ref_code
    with database.session() as db:
        assert len(db.exec(select(Participation)).all()) == 2


def test_consent_and_status_show_in_the_session_list(database, clock) -> None:
    with database.transaction() as db:
        s = sessions.create_session(
            db=db, title="Garden", flow_id="f", created_by=1, now=clock.now()
        )
        for tid in (11, 12, 13):
            p = sessions.join_session(
                db=db, cosession=s, member=_member(db, clock, tid), now=clock.now()
            )
            if tid != 13:
                sessions.record_consent(
                    db=db,
                    participation=p,
                    member=_member(db, clock, tid),
                    accepted=True,
                    now=clock.now(),
                )
        sessions.set_session_status(
            db=db, cosession=s, status="open", now=clock.now() + timedelta(hours=1)
        )
    with database.session() as db:
        [summary] = sessions.list_sessions(db=db)
        assert (summary.joined, summary.consented, summary.completed) == (3, 2, 0)
        assert summary.cosession.status == "open"
        assert summary.cosession.opened_at == clock.now() + timedelta(hours=1)
        assert sessions.get_session_by_code(db=db, code=s.join_code.upper()).id == s.id


def test_start_payload_carries_an_optional_referral() -> None:
    assert split_start_payload("abcd2345") == ("abcd2345", None)
    assert split_start_payload("ABCD2345-xy7k9m") == ("abcd2345", "xy7k9m")


def test_start_payloads_say_where_a_link_came_from() -> None:
    """Decision 0033: what the bot makes has a digit, what organisers write never does."""
    assert read_start_payload("ABCD2345") == StartLink("abcd2345")
    assert read_start_payload("abcd2345-Flyer") == StartLink("abcd2345", tag="flyer")
    assert read_start_payload("abcd2345-group") == StartLink("abcd2345", group=True)
    assert read_start_payload("abcd2345-xy7k9m") == StartLink("abcd2345", ref="xy7k9m")
    assert read_start_payload("abcd2345-market") == StartLink(
        "abcd2345", tag="market", ref="market"
    ), "six letters: a member's code of before the digit rule, or a tag"
    assert read_start_payload("abcd2345-p12-xy7k9m") == StartLink(
        "abcd2345", ref="xy7k9m", proposal=12
    )
    assert read_start_payload("abcd2345-sab3defg") == StartLink("abcd2345", seed="ab3defg")
    assert read_start_payload("abcd2345-stickers") == StartLink("abcd2345", tag="stickers")
    for forged in ("abcd2345-", "abcd2345-!!", "abcd2345-a-b-c", "abcd2345-p1-", "abcd2345-x" * 9):
        assert read_start_payload(forged) == StartLink("abcd2345"), forged
    assert read_start_payload("abcd2345-" + "a" * 33) == StartLink("abcd2345")
    for _ in range(50):
        code = new_marked_code(REF_CODE_LENGTH)
        assert read_start_payload(f"abcd2345-{code}").tag is None, code
        seed = new_marked_code(SEED_CODE_LENGTH)
        assert read_start_payload(f"abcd2345-s{seed}").seed == seed
