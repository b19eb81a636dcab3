"""Issue 20 (parts 1, 2 and the members' side of 5): every join attributed, every opening
of a link recorded, a join counted for whoever brought it once it is active (consented
and answered), and never twice; sharing a proposal or an invitation with Telegram's share
page; /seed through champions; /myreach."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from sqlmodel import select

from storage import joins
from storage.models import (
    Answer,
    AuditEntry,
    LinkOpen,
    Member,
    Outbox,
    Participation,
    Poll,
    Proposal,
    Seed,
)
from tests.usecases.conftest import BOT_USERNAME, close_session, open_session
from tests.usecases.conftest import join_session as join

START = f"https://t.me/{BOT_USERNAME}?start="


def member_id(world, person) -> int:
    return world.rows_member_id(person)


def part(world, person, code: str | None = None) -> Participation:
    """The person's (newest) participation."""
    rows = world.rows(Participation, Participation.member_id == member_id(world, person))
    return rows[-1]


def answers(person) -> None:
    """Answer the question waiting (its first button): the join becomes active."""
    question = next(m for m in reversed(person.messages) if m.buttons)
    person.taps(question.button_texts[0], question)


def consents(person, payload: str) -> list:
    """Open a link (`/start <payload>`) and agree; the replies after agreeing."""
    said = person.says(f"/start {payload}")
    consent = next(m for m in reversed(said) if m.button_texts)
    return person.taps(consent.button_texts[0], consent)


def reach(world, code: str, person) -> tuple[int, int]:
    with world.db.session() as db:
        [session_id] = {p.session_id for p in db.exec(select(Participation)).all()}
        found = joins.reach_of(db=db, session_id=session_id, member_id=member_id(world, person))
    return found.joined, found.activated


def shared_payload(url: str) -> tuple[str, str]:
    """(the payload of the link a share button passes on, its ready text)."""
    query = parse_qs(urlsplit(url).query)
    [link], [text] = query["url"], query["text"]
    assert link.startswith(START), link
    return link.removeprefix(START), text


def test_every_join_is_attributed_and_every_opening_recorded(
    world, organiser, alice, bob, carol, dave
) -> None:
    code = open_session(organiser, "Elm Park")
    join(alice, code)  # the organisers' link
    join(bob, f"{code}-Flyer")  # tagged by the organisers: a word of letters
    join(carol, f"{code}-group")  # the linked group's
    ref = part(world, alice).ref_code
    assert any(ch.isdigit() for ch in ref), "a member's code is never a word of letters"
    join(dave, f"{code}-{ref}")  # Alice's invitation
    sources = {
        p.member_id: (p.source, p.source_tag, p.referred_by_id) for p in world.rows(Participation)
    }
    assert sources == {
        member_id(world, alice): ("link", None, None),
        member_id(world, bob): ("link", "flyer", None),
        member_id(world, carol): ("group", None, None),
        member_id(world, dave): ("invite", None, member_id(world, alice)),
    }
    draft = organiser.says("/newsession Oak Square")[0].text.split("Join code: ")[1].split()[0]
    erin = world.member("Erin")
    [not_yet] = erin.says(f"/start {draft}-poster")
    assert "hasn't opened yet" in not_yet.text
    close_session(organiser, code)
    fred = world.member("Fred")
    fred.says(f"/start {code}-{ref}")
    opens = [(o.member_id, o.source, o.source_tag, o.referred_by_id) for o in world.rows(LinkOpen)]
    assert opens == [
        (member_id(world, alice), "link", None, None),
        (member_id(world, bob), "link", "flyer", None),
        (member_id(world, carol), "group", None, None),
        (member_id(world, dave), "invite", None, member_id(world, alice)),
        (member_id(world, erin), "link", "poster", None),  # a draft: opened, not joined
        (member_id(world, fred), "invite", None, member_id(world, alice)),  # closed
    ]
    assert len(world.rows(Participation)) == 4


def test_a_join_counts_for_its_inviter_once_active(
    world, organiser, alice, bob, carol, dave
) -> None:
    """A invites B and C, B invites D, D never answers: A brought 2 active members once B
    and C answered; D joined through B but is not active."""
    code = open_session(organiser, "Elm Park")
    join(alice, code)
    a_ref = part(world, alice).ref_code
    consents(bob, f"{code}-{a_ref}")
    consents(carol, f"{code}-{a_ref}")
    assert reach(world, code, alice) == (2, 0), "joined, not active yet"
    answers(bob)
    answers(carol)
    b_ref = part(world, bob).ref_code
    consents(dave, f"{code}-{b_ref}")
    assert reach(world, code, alice) == (2, 2)
    assert reach(world, code, bob) == (1, 0)
    assert part(world, dave).activated_at is None and part(world, bob).activated_at is not None
    with world.db.session() as db:
        sid = part(world, alice).session_id
        assert joins.activated_invitees(db=db, session_id=sid) == [(member_id(world, alice), 2)]
        [champion] = joins.top_inviters(db=db, session_id=sid, limit=3)
        assert champion.id == member_id(world, alice)
        records = {r.member_id: r for r in joins.join_records(db=db, session_id=sid)}
    assert records[member_id(world, dave)].referred_by_id == member_id(world, bob)
    assert records[member_id(world, bob)].source == "invite"
    answers(bob)  # a second answer changes nothing more
    assert part(world, bob).activated_at == world.rows(Participation)[1].activated_at


def test_forged_links_self_invitations_loops_and_rejoins_count_nobody(
    world, organiser, alice, bob, carol
) -> None:
    code = open_session(organiser, "Elm Park")
    join(alice, code)
    a_ref = part(world, alice).ref_code
    consents(bob, f"{code}-{a_ref}")
    answers(bob)
    assert reach(world, code, alice) == (1, 1)
    forged = [f"{code}-zz99zz", f"{code}-s2345678", f"{code}-p1-{a_ref}x", f"{code}-!?", "x-y-z"]
    for n, payload in enumerate(forged):
        person = world.member(f"Forger{n}")
        said = person.says(f"/start {payload}")
        if payload.startswith(code):  # joins as through the organisers' link: no alarm
            assert "Do you agree" in said[-1].text, said[-1].text
            person.taps("I agree")
            answers(person)
            assert part(world, person).source == "link"
            assert part(world, person).referred_by_id is None
    carol_said = consents(carol, code)
    assert carol_said
    c_ref = part(world, carol).ref_code
    [back, *_] = alice.says(f"/start {code}-{a_ref}")  # her own link
    assert "Welcome back" in back.text
    bob.says(f"/start {code}-{c_ref}")  # a loop: Bob is in already; Carol's link credits nobody
    [ask] = bob.says("/forget")
    bob.taps("Erase my data", ask)
    consents(bob, f"{code}-{a_ref}")  # back after /forget, through Alice's link again
    answers(bob)
    assert reach(world, code, alice) == (1, 1), "counted once, /forget or not"
    assert reach(world, code, carol) == (0, 0)
    newest = part(world, bob)
    assert (newest.source, newest.referred_by_id) == ("link", None)
    assert sum(p.referred_by_id is not None for p in world.rows(Participation)) == 1


def test_a_shared_proposal_brings_its_reader_to_its_vote_card(
    world, organiser, alice, bob, carol
) -> None:
    code = open_session(organiser, "Elm Park")
    join(alice, code)
    join(bob, code)
    alice.says("/propose Lights along the pond path")
    [card] = bob.says("/proposals")
    assert not any("Share" in label for label in card.button_texts), "nothing to share yet"
    bob.taps("Agree", card)
    share = bob.message(card.message_id).data_of("📣 Share proposal #1")
    assert share is not None and share.startswith("https://t.me/share/url?url=")
    payload, ready = shared_payload(share)
    assert payload == f"{code}-p1-{part(world, bob).ref_code}"
    assert "Lights along the pond path" in ready and "Elm Park" in ready
    after = consents(carol, payload)
    landed = next(m for m in after if "came through a link to this proposal" in m.text)
    assert "Lights along the pond path" in landed.text
    assert landed.button_texts[:3] == ["Agree", "Disagree", "Pass"]
    assert after.index(landed) < len(after) - 1, "and the questions go on after it"
    [proposal] = world.rows(Proposal)
    carols = part(world, carol)
    assert (carols.source, carols.referred_by_id) == ("proposal", member_id(world, bob))
    assert (carols.landing_kind, carols.landing_id) == ("proposal", proposal.id)
    carol.taps("Agree", landed)
    assert reach(world, code, bob) == (1, 0), "a vote is not an answer to the questions"
    answers(carol)
    assert reach(world, code, bob) == (1, 1)
    [again, *_] = carol.says(f"/start {payload}")  # opened again once in: the card again
    assert "Welcome back" in again.text
    assert "came through a link to this proposal" in carol.messages[-1].text


def test_the_champion_invitation_has_a_share_button(world, organiser, alice) -> None:
    code = open_session(organiser, "Market Square", flow="engagement_check")
    join(alice, code)
    alice.taps("Often")
    alice.says("I love the square, the trees are wonderful")
    alice.says("A weekly market with local food")
    world.clock.advance(seconds=30)
    world.tick()
    [invitation] = [m for m in alice.messages if "neighbours" in m.text]
    [label] = invitation.button_texts
    payload, ready = shared_payload(invitation.data_of(label))
    assert payload == f"{code}-{part(world, alice).ref_code}" and "Market Square" in ready


def test_stats_count_invitations_answered_by_active_joins(world, organiser, alice, bob) -> None:
    """/stats said "invitations: 0 of 1 answered" although a neighbour had joined."""
    code = open_session(organiser, "Market Square", flow="engagement_check")
    join(alice, code)
    alice.taps("Often")
    alice.says("I love the square, the trees are wonderful")
    alice.says("A weekly market with local food")
    world.clock.advance(seconds=30)
    world.tick()
    consents(bob, f"{code}-{part(world, alice).ref_code}")
    said = "\n".join(m.text for m in organiser.says(f"/stats {code}"))
    assert "invitations to bring neighbours: 0 of 1 brought someone who took part" in said
    bob.taps("Rarely")
    said = "\n".join(m.text for m in organiser.says(f"/stats {code}"))
    line = next(x for x in said.splitlines() if "invitations to bring neighbours" in x)
    assert "1 of 1 brought someone who took part (100%), 1 within a day" in line
    assert "1 member joined through members' links and took part" in line


def seeded_proposal(world, organiser, alice, bob) -> str:
    code = open_session(organiser, "Elm Park")
    join(alice, code)
    join(bob, code)
    alice.says("/propose Lights along the pond path")
    return code


def test_a_seed_brings_its_reader_to_the_proposal_and_counts_them(
    world, organiser, alice, bob, carol
) -> None:
    code = seeded_proposal(world, organiser, alice, bob)
    [done] = organiser.says(f"/seed {code} proposal 1 @bob")
    assert "Seeded proposal #1 through 1 champion" in done.text
    [planted] = world.rows(Seed)
    assert (planted.kind, planted.champion_id) == ("proposal", member_id(world, bob))
    world.tick()
    [request] = [m for m in bob.messages if "would like more neighbours" in m.text]
    assert "proposal #1 “Lights along the pond path”" in request.text
    link = f"{START}{code}-s{planted.code}"
    assert link in request.text
    payload, _ = shared_payload(request.data_of("📣 Share it"))
    assert payload == f"{code}-s{planted.code}"
    after = consents(carol, payload)
    assert any("came through a link to this proposal" in m.text for m in after)
    carols = part(world, carol)
    assert (carols.source, carols.seed_id, carols.referred_by_id) == (
        "seed", planted.id, member_id(world, bob)
    )  # fmt: skip
    answers(carol)
    with world.db.session() as db:
        [counted] = joins.seed_counts(db=db, session_id=planted.session_id)
    assert (counted.seed.id, counted.joined, counted.activated) == (planted.id, 1, 1)
    [entry] = world.rows(AuditEntry, AuditEntry.action == "seeded")
    assert entry.detail == {"what": "proposal", "number": 1, "champions": 1}
    [said] = organiser.says(f"/audit {code}")
    assert "asked 1 champion to share proposal #1" in said.text
    organiser.says(f"/seed {code} proposal 1 @bob")  # again: the same seed, not sent twice
    world.tick()
    assert len(world.rows(Seed)) == 1
    assert len([m for m in bob.messages if "would like more neighbours" in m.text]) == 1


def test_seed_a_poll_through_the_top_inviters(world, organiser, alice, bob, carol, dave) -> None:
    code = open_session(organiser, "Elm Park")
    join(alice, code)
    consents(bob, f"{code}-{part(world, alice).ref_code}")
    answers(bob)
    organiser.says(f"/poll {code} Which day for the fair? | Saturday | Sunday")
    world.tick()
    [done] = organiser.says(f"/seed {code} poll 1 top 3")
    assert "through 1 champion" in done.text, "only Alice brought anyone"
    [planted] = world.rows(Seed)
    assert (planted.kind, planted.champion_id) == ("poll", member_id(world, alice))
    world.tick()
    [request] = [m for m in alice.messages if "would like more neighbours" in m.text]
    assert "poll #1 “Which day for the fair?”" in request.text
    payload, _ = shared_payload(request.data_of("📣 Share it"))
    after = consents(dave, payload)
    assert any("came through a link to poll #1" in m.text for m in after)
    world.tick()
    polls = [m for m in dave.messages if "Which day for the fair?" in m.text]
    assert polls and polls[0].button_texts[:2] == ["Saturday", "Sunday"]
    [poll] = world.rows(Poll)
    assert (part(world, dave).landing_kind, part(world, dave).landing_id) == ("poll", poll.id)


def test_seed_refuses_what_it_cannot_do_and_changes_nothing(world, organiser, alice, bob) -> None:
    code = seeded_proposal(world, organiser, alice, bob)
    for args, said in (
        ("", "Usage: /seed"),
        (f"{code} proposal", "Usage: /seed"),
        (f"{code} idea 1 @bob", "Usage: /seed"),
        (f"{code} proposal 1 top many", "Usage: /seed"),
        (f"{code} proposal 7 @bob", "There is no proposal #7"),
        (f"{code} poll 1 @bob", "There is no poll #1"),
        (f"{code} proposal 1 @bob @nobody m-zzzzzzzz", "@nobody, m-zzzzzzzz. Nothing was sent"),
        (f"{code} proposal 1 top 2", "Nobody has brought anyone"),
    ):
        [reply] = organiser.says(f"/seed {args}")
        assert said in reply.text, (args, reply.text)
    [refused] = bob.says(f"/seed {code} proposal 1 @bob")
    assert "only organisers" in refused.text.lower()
    assert world.rows(Seed) == [] and world.rows(AuditEntry, AuditEntry.action == "seeded") == []
    close_session(organiser, code)
    [closed] = organiser.says(f"/seed {code} proposal 1 @bob")
    assert "is not open" in closed.text


def test_a_champion_is_named_by_pseudonym_and_asked_only_when_reachable(
    world, organiser, alice, bob
) -> None:
    from reports.pseudonyms import pseudonym
    from storage.models import CoSession

    code = seeded_proposal(world, organiser, alice, bob)
    [cosession] = world.rows(CoSession)
    alias = pseudonym(cosession.pseudonym_salt, member_id(world, bob))
    bob.says("/pause")
    [done] = organiser.says(f"/seed {code} proposal 1 {alias}")
    assert alias in done.text
    world.tick()
    assert not [m for m in bob.messages if "would like more neighbours" in m.text]
    [row] = world.rows(Outbox, Outbox.step_id == "seed-request")
    assert row.state == "skipped", "paused: not asked"


def test_myreach_says_numbers_never_names(world, organiser, alice, bob, carol) -> None:
    code = open_session(organiser, "Elm Park")
    join(alice, code)
    [none] = alice.says("/myreach")
    assert "Nobody has joined “Elm Park” through your links yet." in none.text
    ref = part(world, alice).ref_code
    assert f"{START}{code}-{ref}" in none.text
    consents(bob, f"{code}-{ref}")
    consents(carol, f"{code}-{ref}")
    answers(carol)
    [said] = alice.says("/myreach")
    assert (
        "2 people have joined “Elm Park” through your links, and 1 of them took part" in said.text
    )
    for name in ("Bob", "Carol", "bob", "carol"):
        assert name not in said.text
    payload, _ = shared_payload(said.data_of("📣 Share your invitation"))
    assert payload == f"{code}-{ref}"
    [outsider] = world.member("Zed").says("/myreach")
    assert "join" in outsider.text.lower()


def test_consent_says_invitations_are_counted(world, organiser, alice) -> None:
    code = open_session(organiser, "Elm Park")
    [consent] = alice.says(f"/start {code}")
    assert "/myreach" in consent.text and "never who" in consent.text
    alice.taps("I agree")
    [privacy] = alice.says("/privacy")
    assert "/myreach" in privacy.text


def test_declining_keeps_no_referral_in_the_openings_either(world, organiser, alice, bob) -> None:
    code = open_session(organiser, "Elm Park")
    join(alice, code)
    bob.says(f"/start {code}-{part(world, alice).ref_code}")
    bob.taps("No thanks")
    [declined] = world.rows(Participation, Participation.declined_at.is_not(None))
    assert (declined.source, declined.referred_by_id, declined.seed_id) == ("invite", None, None)
    assert [o.referred_by_id for o in world.rows(LinkOpen)] == [None, None]
    assert world.rows(Member, Member.telegram_id == bob.id) == []


def test_who_joins_from_the_linked_group_comes_from_the_group(world, organiser, alice, bob) -> None:
    code = open_session(organiser, "Elm Park")
    join(alice, code)
    group = world.group(chat_id=-100778, title="Elm Park neighbours")
    organiser.says_in_group(group, f"/linkgroup {code}")
    organiser.says(f"/poll {code} Open day date? | May | June")
    world.tick()
    in_group = group.messages[-1]
    assert in_group.button_texts == ["May", "June", "Take part"]
    assert in_group.data_of("Take part") == f"{START}{code}-group"
    [copy] = [m for m in alice.messages if m.text.startswith("📊 Poll #1")]
    assert "Take part" not in copy.button_texts, "members are in already"
    bob.taps("May", in_group)
    assert f"start={code}-group" in bob.toasts[-1]
    consents(bob, f"{code}-group")
    assert part(world, bob).source == "group"


def test_activation_costs_one_statement_on_the_first_answer_only(world, organiser, alice) -> None:
    """The answer path is hot: the join is marked active by one UPDATE, on the first
    answer, and later answers issue none."""
    from sqlalchemy import event

    code = open_session(organiser, "Market Square", flow="engagement_check")
    join(alice, code)
    seen: list[str] = []

    def count(conn, cursor, statement, *args) -> None:
        if statement.lstrip().upper().startswith("UPDATE PARTICIPATION"):
            seen.append(statement)

    event.listen(world.db.engine, "before_cursor_execute", count)
    try:
        answers(alice)
        assert len(seen) == 1 and "activated_at" in seen[0].lower(), seen
        alice.says("I love the square, the trees are wonderful")
        assert len(seen) == 1, "no more once active"
        assert len(world.rows(Answer)) == 2, "and that was an answer"
    finally:
        event.remove(world.db.engine, "before_cursor_execute", count)
