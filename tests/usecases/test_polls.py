"""Issue 4: organiser polls, ballots, closing, results, groups, anonymity."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storage.models import Ballot, Outbox, Poll
from tests.usecases.conftest import ORGANISER_ID, open_session
from tests.usecases.conftest import join_session as join


def session_with(world, organiser, *people) -> str:
    code = open_session(organiser, "Riverside garden", flow="community_garden")
    for person in people:
        join(person, code)
    return code


def poll_message(person):
    return next(m for m in reversed(person.messages) if m.text.startswith("📊 Poll"))


def ballots(world, poll_id: int = 1) -> list[tuple[int | None, int]]:
    rows = world.rows(Ballot, Ballot.poll_id == poll_id)
    return sorted((b.member_id, b.option_id) for b in rows)


def test_poll_reaches_consenting_members_and_ballots_change(
    world, organiser, alice, bob, carol
) -> None:
    code = session_with(world, organiser, alice, bob)
    carol.says(f"/start {code}")  # joined, never consented: gets no poll
    [created] = organiser.says(f"/poll {code} Which day for the work party? | Sat | Sun")
    assert "Poll #1 is on its way to 2 members" in created.text
    assert world.tick() == 2
    a, b = poll_message(alice), poll_message(bob)
    assert a.button_texts == ["Sat", "Sun"] and "Which day" in a.text
    assert not any(m.text.startswith("📊") for m in carol.messages)
    alice.taps("Sat", a)
    assert alice.message(a.message_id).button_texts == ["✅ Sat", "Sun"]
    alice.taps("Sun", a)  # a single-choice ballot is changeable
    bob.taps("Sun", b)
    assert alice.toasts[-1] == "Your vote: Sun"
    [results] = organiser.says("/results 1")
    assert "2 voters" in results.text and "Sun: 2 (100%)" in results.text
    assert "Alice" in results.text and "Bob" in results.text  # not anonymous
    sat = b.buttons[0][0][1]
    [closed] = organiser.says("/closepoll 1")
    assert "has closed" in closed.text
    assert world.tick() == 2  # the members' copies change to show the results, once each
    shown = alice.message(a.message_id)
    assert "Sun: 2 (100%)" in shown.text and "Alice" not in shown.text
    bob.taps_data(sat, b)
    assert bob.toasts[-1] == "This poll closed on 04 May 10:00 UTC. Sat: 0, Sun: 2"
    [again] = organiser.says("/closepoll 1")
    assert "already closed" in again.text
    assert len(ballots(world)) == 2


def test_a_closed_polls_copies_lose_their_buttons_and_say_how_it_ended(
    world, organiser, alice, bob
) -> None:
    code = session_with(world, organiser, alice, bob)
    organiser.says(f"/poll {code} Which day for the work party? | Sat | Sun")
    world.tick()
    alice.taps("Sat", poll_message(alice))
    organiser.says(f"/nudge {code} 1")  # bob gets a reminder carrying the buttons too
    world.tick()
    reminder = bob.messages[-1]
    assert reminder.text.startswith("A reminder") and reminder.button_texts == ["Sat", "Sun"]
    [copy] = [m for m in bob.messages if m.text.startswith("📊 Poll #1")]
    sat = copy.buttons[0][0][1]  # its data, kept to tap after the edit
    world.clock.advance(hours=2)
    organiser.says("/closepoll 1")
    world.tick()
    for person, message in ((alice, poll_message(alice)), (bob, copy), (bob, reminder)):
        shown = person.message(message.message_id)
        assert shown.buttons == [], shown.text
        assert shown.text.startswith("📊 Poll #1 from “Riverside garden” closed on 04 May 12:00")
        assert ("Sat: 1 (100%)" in shown.text) == (message is not reminder), "the result once"
    bob.taps_data(sat, copy)  # a tap that raced the edit
    assert bob.toasts[-1] == "This poll closed on 04 May 12:00 UTC. Sat: 1, Sun: 0"


def test_poll_closes_by_itself_at_its_closing_time(world, organiser, alice) -> None:
    code = session_with(world, organiser, alice)
    organiser.says(f"/poll {code} Keep the gate locked? | Yes | No --closes 2h")
    world.tick()
    alice.taps("Yes", poll_message(alice))
    world.clock.advance(hours=1, minutes=59)
    assert world.tick() == 0
    [poll] = world.rows(Poll)
    assert poll.status == "open"
    world.clock.advance(minutes=1)
    assert world.tick() == 2  # the results, and the poll's copy without its buttons
    [poll] = world.rows(Poll)
    assert poll.status == "closed" and poll.closed_at == world.clock.now()
    assert "Yes: 1 (100%)" in alice.messages[-1].text
    assert world.tick() == 0, "a second tick announces nothing again"


def test_guided_poll_form(world, organiser, alice) -> None:
    code = session_with(world, organiser, alice)
    [ask_code] = organiser.says("/poll")
    assert "Which session" in ask_code.text
    organiser.says(code.upper())
    organiser.says("Where should the new compost bays go?")
    organiser.says("By the shed")
    [only_one] = organiser.says("/done")
    assert "between 2 and 10 options" in only_one.text
    organiser.says("Near the gate")
    organiser.says("/done")
    [maybe] = organiser.says("maybe")
    assert "yes or no" in maybe.text
    organiser.says("no")
    organiser.says("yes")
    [to] = organiser.says("3d")  # the session has segments (its flow's): whom to send to
    assert to.button_texts[0] == "Everyone"
    [confirm] = organiser.says("everyone")
    assert "By the shed" in confirm.text and "Anonymous: yes" in confirm.text
    assert "To: everyone who can be messaged now (1)" in confirm.text
    [created] = organiser.says("send")
    assert "Poll #1" in created.text
    [poll] = world.rows(Poll)
    assert poll.anonymous and not poll.multiple
    assert poll.closes_at == world.clock.now() + timedelta(days=3)
    world.tick()
    assert poll_message(alice).button_texts == ["By the shed", "Near the gate"]
    organiser.says("/poll")
    [cancelled] = organiser.says("/cancel")
    assert "nothing was sent" in cancelled.text and len(world.rows(Poll)) == 1


def test_guided_poll_form_with_buttons_and_times_in_the_organisers_zone(
    world, organiser, alice
) -> None:
    code = session_with(world, organiser, alice)
    organiser.says("/timezone Europe/Lisbon")
    [ask_code] = organiser.says("/poll")
    assert ask_code.button_texts == [f"Riverside garden ({code})"]
    [question] = organiser.taps(f"Riverside garden ({code})", ask_code)
    assert organiser.message(ask_code.message_id).text.endswith(f"✅ {code}")
    assert question.text == "What is the question?"
    organiser.says("Where should the new compost bays go?")
    [added] = organiser.says("By the shed\nNear the gate")  # two options, one a line
    assert added.text.startswith("Option 2 added") and added.button_texts == ["That's all"]
    [multi] = organiser.says("/done")
    assert multi.button_texts == ["Yes", "No"]
    [anonymous] = organiser.taps("No", multi)
    assert organiser.message(multi.message_id).buttons == [], "answered: no buttons left"
    [closes] = organiser.taps("Yes", anonymous)
    assert "Europe/Lisbon" in closes.text
    assert closes.button_texts == [
        "In 1 hour", "Tomorrow 18:00", "In 3 days", "In a week", "I'll close it"
    ]  # fmt: skip
    [to] = organiser.says("friday 18:00")
    assert to.button_texts == [
        "Everyone", "frustrated (0)", "plot_holders (0)", "waiting_list (0)"
    ]  # fmt: skip
    [confirm] = organiser.taps("Everyone", to)
    assert "Closes: 08 May 18:00 WEST (Europe/Lisbon)" in confirm.text
    assert "• By the shed\n• Near the gate" in confirm.text and "Anonymous: yes" in confirm.text
    assert confirm.button_texts == ["Send", "Cancel"]
    send = confirm.buttons[0][0][1]
    [created] = organiser.taps("Send", confirm)
    assert created.text.startswith("Poll #1 is on its way to 1 member")
    [poll] = world.rows(Poll)
    assert poll.anonymous and not poll.multiple
    assert poll.closes_at == datetime(2026, 5, 8, 17, 0, tzinfo=UTC)  # 18:00 in Lisbon
    organiser.taps_data(send, confirm)  # a second tap, before the edit showed
    assert organiser.toasts[-1] == "That button is no longer valid." and len(world.rows(Poll)) == 1


def test_an_organiser_writes_the_closing_time_in_their_language(world, alice) -> None:
    """A Spanish organiser reads the examples in Spanish and writes "viernes 18:00" or
    "mañana a las 18:00"; English still reads; the form's "never" is theirs too."""
    organiser = world.person(ORGANISER_ID, "Olivia", language="es")
    code = session_with(world, organiser, alice)
    [created] = organiser.says(f"/poll {code} ¿Qué día? | Sábado | Domingo --closes viernes 18:00")
    assert created.text.startswith("La encuesta n.º 1 va de camino")
    [bad] = organiser.says(f"/poll {code} ¿Qué día? | Sábado | Domingo --closes pronto")
    assert "(mañana 18:00, viernes 9:30, 12 mayo 18:00)" in bad.text
    organiser.says("/poll")
    organiser.taps(f"Riverside garden ({code})")
    organiser.says("¿Y la hora?")
    organiser.says("10:00\n12:00")
    organiser.says("/done")
    organiser.taps("No")
    [closes] = organiser.taps("No")
    assert "(mañana 18:00, viernes 9:30)" in closes.text
    [to] = organiser.says("mañana a las 18:00")
    [confirm] = organiser.taps("Todos", to)
    assert "Cierra: 05 may 18:00 UTC (UTC)" in confirm.text
    organiser.taps("Enviar", confirm)
    organiser.says(f"/poll {code} Which day? | Sat | Sun --closes friday 18:00")
    organiser.says("/poll")
    organiser.taps(f"Riverside garden ({code})")
    organiser.says("¿Otra?")
    organiser.says("Sí\nNo")
    organiser.says("/done")
    organiser.taps("No")
    organiser.taps("No")
    [to] = organiser.says("nunca")
    [confirm] = organiser.taps("Todos", to)
    assert "Cierra: cuando la cierres (/closepoll)" in confirm.text
    polls = world.rows(Poll)
    assert [p.closes_at for p in polls] == [
        datetime(2026, 5, 8, 18, tzinfo=UTC), datetime(2026, 5, 5, 18, tzinfo=UTC),
        datetime(2026, 5, 8, 18, tzinfo=UTC),
    ]  # fmt: skip


def test_a_poll_nobody_can_get_is_asked_about_before_it_is_made(world, organiser, alice) -> None:
    code = session_with(world, organiser, alice)
    alice.says("/pause")
    [asked] = organiser.says(f"/poll {code} Which day? | Sat | Sun --closes 1d")
    assert asked.text.startswith("Nobody in “Riverside garden” can get this poll now")
    assert "now: 1 joined, 1 agreed to take part; of those, 1 paused. A poll" in asked.text
    assert asked.button_texts == ["Make it anyway", "Cancel"] and world.rows(Poll) == []
    [cancelled] = organiser.taps("Cancel", asked)
    assert "nothing was sent" in cancelled.text and world.rows(Poll) == []
    [asked] = organiser.says(f"/poll {code} Which day? | Sat | Sun --closes 1d")
    [created] = organiser.taps("Make it anyway", asked)
    assert created.text.startswith("Poll #1 is made, and sent to nobody.")
    [poll] = world.rows(Poll)
    assert poll.question == "Which day?" and poll.closes_at == datetime(2026, 5, 5, 10, tzinfo=UTC)


def test_bad_poll_commands_get_clear_replies(world, organiser, alice) -> None:
    code = session_with(world, organiser, alice)
    cases = {
        f"/poll {code} Which? | Only one": "between 2 and 10 options",
        f"/poll {code} Which? | A | B --closes soon": "can't read the closing time",
        f"/poll {code} Which? | A | a": "Two options are the same",
        "/poll nosuchcode Which? | A | B": "no session “nosuchcode” among yours",
        f"/poll {code}": "Usage: /poll",
    }
    for command, expected in cases.items():
        [reply] = organiser.says(command)
        assert expected in reply.text, command
    [refused] = alice.says(f"/poll {code} Mine? | A | B")
    assert refused.text.startswith("Sorry, only organisers")
    [refused] = alice.says("/results 1")
    assert refused.text.startswith("Sorry, only organisers")
    assert world.rows(Poll) == []


def test_forged_ballots_change_nothing(world, organiser, alice, bob) -> None:
    code = session_with(world, organiser, alice)
    organiser.says(f"/poll {code} Which? | A | B")
    world.tick()
    message = poll_message(alice)
    for data in ("1:b:1:0", "1:b:1:3", "1:b:99:1", "1:b:x:1"):
        alice.taps_data(data, message)
    bob.says("/help")
    bob.taps_data("1:b:1:1", bob.messages[-1])  # not a member of the session
    assert ballots(world) == []
    assert all(t == "That button is no longer valid." for t in alice.toasts[-4:] + bob.toasts)


def test_group_chat_poll_accepts_only_joined_members(world, organiser, alice, bob) -> None:
    code = session_with(world, organiser, alice)
    group = world.group(chat_id=-100777, title="Riverside gardeners")
    bob.says_in_group(group, "/linkgroup " + code)
    assert group.messages[-1].text.startswith("Sorry, only organisers")
    organiser.says_in_group(group, f"/linkgroup {code}")
    assert "now linked" in group.messages[-1].text
    organiser.says(f"/poll {code} Open day date? | May | June")
    assert world.tick() == 2  # alice and the group
    in_group = group.messages[-1]
    assert in_group.text.startswith("📊 Poll #1")
    alice.taps("June", in_group)
    bob.taps("May", in_group)
    assert "Only members who joined" in bob.toasts[-1] and f"start={code}" in bob.toasts[-1]
    assert alice.toasts[-1] == "Your vote: June"
    assert len(ballots(world)) == 1


def test_a_poll_that_is_not_anonymous_says_who_sees_what(world, organiser, alice) -> None:
    code = session_with(world, organiser, alice)
    organiser.says(f"/poll {code} Which day? | Sat | Sun")
    world.tick()
    text = poll_message(alice).text
    assert text.startswith("📊 Poll #1 from “Riverside garden”")
    assert "The organisers see who chose what." in text


def test_a_poll_closed_before_delivery_sends_results_not_the_poll(
    world, organiser, alice, bob
) -> None:
    code = session_with(world, organiser, alice, bob)
    organiser.says(f"/poll {code} Which? | A | B")
    organiser.says("/closepoll 1")  # before any tick sent the poll out
    assert world.tick() == 2
    for person in (alice, bob):
        texts = [m.text for m in person.messages]
        assert not any(t.startswith("📊 Poll") for t in texts)
        assert texts[-1].startswith("Poll #1 has closed")
    states = sorted(o.state for o in world.rows(Outbox) if o.kind == "poll")
    assert states == ["dropped", "dropped"]


def test_closing_times_are_shown_on_each_members_clock(world, organiser, alice, bob) -> None:
    """Alice lives in London (BST in May), Bob set no zone (the deployment's, UTC here):
    each reads the poll's closing time, and later when it closed, on their own clock."""
    code = session_with(world, organiser, alice, bob)
    alice.says("/timezone Europe/London")
    organiser.says(f"/poll {code} Which day for the work party? | Sat | Sun --closes 2h")
    world.tick()
    assert "Closes 04 May 12:00 UTC." in poll_message(bob).text  # the clock is at 10:00 UTC
    assert "Closes 04 May 13:00 BST." in poll_message(alice).text
    alice.taps("Sat", poll_message(alice))  # her edited copy keeps her clock
    assert "Closes 04 May 13:00 BST." in poll_message(alice).text
    sat = poll_message(bob).buttons[0][0][1]
    world.clock.advance(hours=2)
    world.tick()
    assert "closed on 04 May 13:00 BST" in poll_message(alice).text
    assert "closed on 04 May 12:00 UTC" in poll_message(bob).text
    bob.taps_data(sat, poll_message(bob))  # a tap that raced the close
    assert bob.toasts[-1].startswith("This poll closed on 04 May 12:00 UTC.")


def shows_counts(person, counts: str) -> int:
    """How many of the person's messages show the poll's counts, as they read now."""
    return sum(counts in m.text for m in person.messages)


def test_a_closing_poll_tells_its_organisers_and_each_member_once(
    world, organiser, alice, bob, carol
) -> None:
    """Issue 18: the organisers get the result (a tie said to be a tie); a member sees it
    once, on their copy of the poll, not again in a message and on a reminder."""
    code = session_with(world, organiser, alice, bob, carol)
    organiser.says(f"/poll {code} Which day for the work party? | Sat | Sun --closes 2h")
    world.tick()
    alice.taps("Sat", poll_message(alice))
    bob.taps("Sun", poll_message(bob))
    organiser.says(f"/nudge {code} 1")  # carol gets a reminder carrying the buttons too
    world.tick()
    seen = len(organiser.messages)
    world.clock.advance(hours=2)
    world.tick()
    [told] = organiser.messages[seen:]
    assert "Poll #1 has closed" in told.text and "Riverside garden" in told.text
    assert "Sat: 1 (50%)" in told.text and "Alice" in told.text  # names: not anonymous
    assert "A tie: Sat and Sun, 1 vote each." in told.text
    for person in (alice, bob, carol):
        assert shows_counts(person, "Sat: 1 (50%)") == 1, [m.text for m in person.messages]
    reminder = next(m for m in carol.messages if m.edits and m.edits[0].startswith("A reminder"))
    assert "closed" in reminder.text and reminder.buttons == []


def test_closing_a_session_closes_its_open_polls_and_tells_who_had_not_finished(
    world, organiser, alice, bob
) -> None:
    code = open_session(organiser, "Market Square", flow="engagement_check")
    for person in (alice, bob):
        join(person, code)
    bob.taps("Often")
    bob.says("It is a lovely square really")
    bob.says("More trees around the fountain")
    bob.says("/skip")  # bob has finished; alice has not
    organiser.says(f"/poll {code} Market day? | Saturday | Sunday")
    world.tick()
    alice.taps("Sunday", poll_message(alice))
    [ask] = organiser.says(f"/close {code}")
    assert "Poll #1 (“Market day?”) is still open" in ask.text
    seen = {p.name: len(p.messages) for p in (organiser, alice, bob)}
    organiser.taps("Close it", ask)
    assert "Poll #1 closed with it" in organiser.message(ask.message_id).text
    world.tick()
    [poll] = world.rows(Poll)
    assert poll.status == "closed"
    assert any("Sunday: 1 (100%)" in m.text for m in organiser.messages[seen["Olivia"] :])
    [closing] = alice.messages[seen["Alice"] :]
    assert "“Market Square” has closed" in closing.text
    assert bob.messages[seen["Bob"] :] == [], "bob finished: nothing new (his copy was edited)"
    assert shows_counts(alice, "Sunday: 1 (100%)") == 1
    assert shows_counts(bob, "Sunday: 1 (100%)") == 1


def test_nudging_an_anonymous_poll_does_not_tell_who_voted(world, organiser, alice, bob) -> None:
    """Issue 18.19: the organiser's reply, the reminders and who gets them are the same
    whether Alice voted or not, so neither the count nor the recipients give her away."""
    code = session_with(world, organiser, alice, bob)
    organiser.says(f"/poll {code} Which day? | Sat | Sun --anonymous --live")
    world.tick()

    def nudged() -> tuple[str, list[str]]:
        seen = {p.name: len(p.messages) for p in (alice, bob)}
        [reply] = organiser.says(f"/nudge {code} 1")
        world.tick()
        return reply.text, [p.name for p in (alice, bob) if len(p.messages) > seen[p.name]]

    before = nudged()
    alice.taps("Sat", poll_message(alice))
    assert nudged() == before
    assert before[1] == ["Alice", "Bob"]
    assert "have not voted" not in before[0]
    reminder = alice.messages[-1]
    assert reminder.button_texts == ["Sat", "Sun"] and "Sat: 1" not in reminder.text


def test_mydata_shows_her_choice_in_an_open_anonymous_poll(world, organiser, alice) -> None:
    import json

    code = session_with(world, organiser, alice)
    organiser.says(f"/poll {code} Which day? | Sat | Sun --anonymous")
    world.tick()
    alice.taps("Sun", poll_message(alice))
    alice.says("/mydata")
    world.tick()
    data = json.loads(alice.messages[-1].document.data)
    assert [(c["choice"], c["anonymous"]) for c in data["poll_choices"]] == [("Sun", True)]
