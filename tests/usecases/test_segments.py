"""Issue 21: segments, named rules over what the bot knows of members, evaluated live."""

from __future__ import annotations

from storage.models import AuditEntry, Poll, Segment
from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session
from usecases import segments


def visits(person, code: str, how_often: str) -> None:
    join(person, code)
    person.taps(how_often)


def test_a_segment_is_defined_previewed_and_follows_changed_answers(
    world, organiser, alice, bob, carol
) -> None:
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    visits(alice, code, "Most days")
    visits(bob, code, "Rarely or never")
    visits(carol, code, "Most days")
    [added] = organiser.says(f"/segment {code} add dailies visit_frequency = daily")
    assert "Segment dailies added: visit_frequency = daily" in added.text
    assert "2 members are in it now, 2 of them can be messaged" in added.text
    [stored] = world.rows(Segment, Segment.origin == "team")
    assert (stored.name, stored.rule, stored.origin) == (
        "dailies",
        "visit_frequency = daily",
        "team",
    )
    [shown] = organiser.says(f"/segment {code} show dailies")
    assert "2 members are in it now" in shown.text
    assert "Alice" not in shown.text and "Carol" not in shown.text
    assert shown.text.count("m-") == 2
    alice.says("/back")
    alice.taps("Once or twice a week")
    [listed] = organiser.says(f"/segments {code}")
    assert "dailies (added by the team): 1 member" in listed.text
    actions = [a.action for a in world.rows(AuditEntry)]
    assert "segment_added" in actions


def test_a_rule_that_does_not_read_says_where_and_stores_nothing(world, organiser) -> None:
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    [said] = organiser.says(f"/segment {code} add bad visit_frequency = sometimes")
    assert "At character 19: step visit_frequency has no option “sometimes”" in said.text
    [said] = organiser.says(f"/segment {code} add bad (safety <= 2 or")
    assert "expected" in said.text and "found the end of the rule" in said.text
    [said] = organiser.says(f"/segment {code} add Bad-Name safety <= 2")
    assert "cannot name a segment" in said.text
    assert world.rows(Segment, Segment.origin == "team") == []


def test_read_to_takes_the_option_out() -> None:
    assert segments.read_to("abc --to night Lamps go up") == ("abc Lamps go up", "night")
    assert segments.read_to("abc Lamps --to=night") == ("abc Lamps", "night")
    assert segments.read_to("abc Lamps") == ("abc Lamps", None)
    assert segments.read_to("abc Lamps --to") is None


def polls_of(person) -> list[str]:
    return [m.text for m in person.messages if m.text.startswith("📊 Poll")]


def test_a_targeted_poll_and_broadcast_reach_the_segment_as_it_is_at_that_moment(
    world, organiser, alice, bob, carol
) -> None:
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    visits(alice, code, "Most days")
    visits(bob, code, "Rarely or never")
    visits(carol, code, "Most days")
    organiser.says(f"/segment {code} add dailies visit_frequency = daily")
    [preview] = organiser.says(f"/poll {code} Lamps or benches? | Lamps | Benches --to dailies")
    assert "To: segment dailies (2 of its members can be messaged now)" in preview.text
    assert world.rows(Poll) == []  # shown first, made on Send
    [made] = organiser.taps("Send", preview)[-1:]
    assert "Poll #1 is on its way to 2 members of segment dailies" in made.text
    world.tick()
    assert len(polls_of(alice)) == len(polls_of(carol)) == 1 and polls_of(bob) == []
    carol.says("/back")  # carol changes her answer: no longer a regular
    carol.taps("A few times a month")
    [head, message] = organiser.says(f"/broadcast {code} --to dailies Lamps go up next week")
    assert "Only segment dailies: 1 of its 1 members can be messaged now." in head.text
    assert message.button_texts == ["Send to 1", "Cancel"]
    organiser.taps("Send to 1", message)
    assert "Sending to 1 member of" in organiser.last_reply().text
    world.tick()
    got = {p.name for p in (alice, bob, carol) if any("Lamps go up" in m.text for m in p.messages)}
    assert got == {"Alice"}
    [entry] = [a for a in world.rows(AuditEntry) if a.action == "broadcast"]
    assert entry.detail["segment"] == "dailies" and entry.detail["members"] == 1


def test_the_sent_count_is_the_count_at_the_tap(world, organiser, alice, bob) -> None:
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    visits(alice, code, "Most days")
    visits(bob, code, "Most days")
    organiser.says(f"/segment {code} add dailies visit_frequency = daily")
    [_, message] = organiser.says(f"/broadcast {code} --to dailies Hello dailies")
    assert message.button_texts == ["Send to 2", "Cancel"]
    bob.says("/back")
    bob.taps("Rarely or never")
    organiser.taps("Send to 2", message)
    assert "Sending to 1 member of" in organiser.last_reply().text


def test_nudge_to_a_segment_reminds_its_unfinished_members_only(
    world, organiser, alice, bob
) -> None:
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    visits(alice, code, "Most days")
    visits(bob, code, "Rarely or never")
    organiser.says(f"/segment {code} add dailies visit_frequency = daily")
    [said] = organiser.says(f"/nudge {code} --to dailies")
    assert "1" in said.text
    [entry] = [a for a in world.rows(AuditEntry) if a.action == "nudged"]
    assert entry.detail == {"members": 1, "segment": "dailies"}


def test_to_an_unknown_segment_says_which_there_are(world, organiser, alice) -> None:
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    organiser.says(f"/segment {code} add dailies visit_frequency = daily")
    for command in (f"/broadcast {code} --to nightowls Hi", f"/nudge {code} --to nightowls",
                    f"/poll {code} Q? | A | B --to nightowls"):  # fmt: skip
        [said] = organiser.says(command)
        assert "No segment nightowls in this session. Its segments: dailies, " in said.text
    assert world.rows(Poll) == []


SMALL = "has fewer than 5 members: no figures are shown for it"


def test_a_segment_of_four_shows_no_figure_anywhere(world, organiser) -> None:
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    people = [world.member(f"M{i}") for i in range(6)]
    for i, person in enumerate(people):
        visits(person, code, "Most days" if i < 4 else "Rarely or never")
    organiser.says(f"/segment {code} add dailies visit_frequency = daily")
    [shown] = organiser.says(f"/segment {code} show dailies")
    assert "4 members are in it now" in shown.text  # the organisers' count, to send
    for command in (
        f"/stats {code} --to dailies",
        f"/answers {code} visit_frequency --to dailies",
        f"/answers {code} --to dailies",
        f"/export {code} csv --to dailies",
        f"/export {code} sheets --to dailies",
        f"/report {code} --to dailies",
    ):
        said = organiser.says(command)
        assert [m.text for m in said] == [
            "Segment dailies has fewer than 5 members: no figures are shown for it, so that "
            "nobody in it can be picked out."
        ], command
    assert world.tick() == 0  # no file, no chart


def test_a_larger_segment_cuts_stats_answers_exports_and_the_report(world, organiser) -> None:
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    people = [world.member(f"M{i}") for i in range(7)]
    for i, person in enumerate(people):
        visits(person, code, "Most days" if i < 5 else "Rarely or never")
    organiser.says(f"/segment {code} add dailies visit_frequency = daily")
    said = organiser.says(f"/stats {code} --to dailies")
    assert said[0].text.startswith("Only segment dailies (5 members):")
    whole = "\n".join(m.text for m in organiser.says(f"/stats {code}"))
    cut = "\n".join(m.text for m in said)
    assert "• joined: 7" in whole and "• joined: 5" in cut
    assert "most chose Most days (5 of 5, 100%)" in cut
    [answers] = organiser.says(f"/answers {code} visit_frequency --to dailies")
    assert "Only segment dailies (5 members):" in answers.text
    assert "Rarely" not in answers.text or "Rarely or never: 0" in answers.text
    organiser.says(f"/export {code} csv --to dailies")
    organiser.says(f"/report {code} --to dailies")
    world.tick()
    files = {m.file_name: m.content for m in organiser.messages if m.content is not None}
    [csv_name] = [n for n in files if n.endswith(".csv")]
    assert "-dailies-" in csv_name
    rows = files[csv_name].decode("utf-8-sig").splitlines()
    from reports.pseudonyms import pseudonym
    from storage.models import CoSession

    [session] = world.rows(CoSession)
    inside = {pseudonym(session.pseudonym_salt, world.rows_member_id(p)) for p in people[:5]}
    outside = {pseudonym(session.pseudonym_salt, world.rows_member_id(p)) for p in people[5:]}
    body = "\n".join(rows[1:])
    assert all(p in body for p in inside) and not any(p in body for p in outside)
    [html_name] = [n for n in files if n.endswith(".html")]
    assert "Only segment dailies: what its 5 members answered" in files[html_name].decode()


def test_a_session_starts_with_its_flows_segments(world, organiser, alice) -> None:
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    stored = {(s.name, s.origin, s.created_by) for s in world.rows(Segment)}
    assert stored == {
        ("night_walkers", "flow", 0),
        ("regulars", "flow", 0),
        ("unhappy", "flow", 0),
    }
    visits(alice, code, "Most days")
    [listed] = organiser.says(f"/segments {code}")
    assert "regulars (from the flow): 1 member" in listed.text
    [removed] = organiser.says(f"/segment {code} remove regulars")
    assert "Segment regulars removed" in removed.text
    assert "regulars" not in organiser.says(f"/segments {code}")[0].text


def test_interests_and_the_flows_own_segments_over_the_starter_flow(
    world, organiser, alice, bob
) -> None:
    from dialogs.starter import starter_text

    organiser.sends_flow_file("courtyard.yaml", starter_text())
    code = open_session(organiser, "Courtyard", flow="courtyard")
    join(alice, code)
    for tap in ("Every day", "Gardening", "Done", "2"):
        alice.taps(tap)
    alice.says("The lamps are broken and it is dark")
    alice.says("More lamps along the path, please")
    topics = alice.last_reply()
    assert "Tap the topics you care about, as many as you like" in topics.text
    alice.taps("Lighting", topics)
    alice.taps("Done", topics)
    join(bob, code)
    bob.taps("Hardly ever")
    bob.says("/skip")
    bob.taps("5")
    bob.says("A bench in the sun would be lovely")
    bob.taps("Bins and recycling")
    bob.taps("Done")
    organiser.says(f"/segment {code} add binners interests has bins")
    listed = organiser.says(f"/segments {code}")[0].text
    assert "lighting (from the flow): 1 member" in listed
    assert "unsafe_at_night (from the flow): 1 member" in listed
    assert "regulars (from the flow): 1 member" in listed
    assert "binners (added by the team): 1 member" in listed


def test_what_rules_read_beyond_answers(world, organiser) -> None:
    from datetime import timedelta

    from sqlmodel import col

    from storage.models import Participation

    code = open_session(organiser, "Elm Park", flow="park_redesign")
    people = [world.member(f"P{i}") for i in range(6)]
    for person in people:
        visits(person, code, "Most days")
    ids = [world.rows_member_id(p) for p in people]
    with world.db.transaction() as db:
        for member in db.exec(select_members(ids)).all():
            n = ids.index(member.id)
            member.language = ("es", "en", "es-AR", "fr", "en", "en")[n]
            member.timezone = (None, "Europe/Madrid", None, "UTC", None, None)[n]
            member.last_seen_at = world.clock.now() - timedelta(days=(1, 10, 2, 30, 3, 1)[n])
        db.execute(
            Participation.__table__.update()
            .where(col(Participation.member_id) == ids[0])
            .values(source_tag="flyer")
        )
        db.execute(
            Participation.__table__.update()
            .where(col(Participation.member_id) == ids[1])
            .values(source="invite", referred_by_id=ids[0])
        )
    from reports.pseudonyms import pseudonym
    from storage.models import CoSession

    [session] = world.rows(CoSession)
    inviter = pseudonym(session.pseudonym_salt, ids[0])
    expected = {
        "language = es": 2,  # es and es-AR read Spanish
        "language in (en, fr)": 4,
        "timezone = UTC": 5,  # none set reads the bot's default zone, UTC
        "timezone = Europe/Madrid": 1,
        "active within 7d": 4,
        "not active within 7d": 2,
        "source = flyer": 1,
        "source = invite": 1,
        "not source = flyer": 5,  # an empty tag is not flyer
        f"invited_by = {inviter}": 1,
        f"not invited_by = {inviter}": 5,
        "stage = answering": 6,
        "stage = finished": 0,
        "not stage = finished": 6,
    }
    for n, (rule, count) in enumerate(expected.items()):
        [added] = organiser.says(f"/segment {code} add s{n} {rule}")
        assert f"{count} member" in added.text.split("\n")[1], (rule, added.text)


def select_members(ids):
    from sqlmodel import col, select

    from storage.models import Member

    return select(Member).where(col(Member.id).in_(ids))


def test_segments_alone_offers_the_sessions(world, organiser) -> None:
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    [ask] = organiser.says("/segments")
    said = organiser.taps(f"Elm Park ({code})", ask)
    assert "Segments of “Elm Park” (3):" in said[-1].text


def test_coordinators_read_segments_and_only_organisers_change_them(
    world, organiser, alice
) -> None:
    from tests.usecases.test_exports import coordinator

    code = open_session(organiser, "Elm Park", flow="park_redesign")
    cora = coordinator(world, organiser, code)
    assert "Segments of “Elm Park” (3):" in cora.says(f"/segments {code}")[0].text
    assert "Segment regulars: " in cora.says(f"/segment {code} show regulars")[0].text
    for command in (f"/segment {code} add mine safety <= 2", f"/segment {code} remove regulars"):
        [refused] = cora.says(command)
        assert "Segment" not in refused.text, refused.text
    assert {s.name for s in world.rows(Segment)} == {"night_walkers", "regulars", "unhappy"}
    stranger = world.member("Sam")
    [refused] = stranger.says(f"/segments {code}")
    assert "Segments of" not in refused.text
