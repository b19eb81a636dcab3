"""Issue 18: /broadcast asks before sending; a command without a code offers the sessions;
/help fits a phone."""

from __future__ import annotations

from storage.models import Outbox
from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session


def broadcasts(world) -> list[Outbox]:
    return world.rows(Outbox, Outbox.kind == "broadcast")


def test_broadcast_shows_a_preview_and_sends_only_on_send(world, organiser, alice, bob) -> None:
    code = open_session(organiser, "Market Square")
    join(alice, code)
    join(bob, code)
    [preview, message] = organiser.says(f"/broadcast {code} The market opens at nine")
    assert "2 members" in preview.text and "done by" in preview.text
    assert message.text == "📣 From the organisers of “Market Square”:\n\nThe market opens at nine"
    assert message.button_texts == ["Send to 2", "Cancel"]
    assert broadcasts(world) == [], "nothing queued before Send"
    [queued] = organiser.taps("Send to 2", message)
    assert "Sending to 2 members" in queued.text and "done by" in queued.text
    assert organiser.message(message.message_id).buttons == []
    assert world.tick() == 2
    assert alice.last_reply().text.endswith("The market opens at nine")
    organiser.taps_data(message.data_of("Send to 2") or "", message)  # a repeated tap
    assert organiser.toasts[-1] and len(broadcasts(world)) == 2, "sent once"


def test_broadcast_cancel_sends_nothing(world, organiser, alice) -> None:
    code = open_session(organiser, "Market Square")
    join(alice, code)
    [_, message] = organiser.says(f"/broadcast {code} Never mind")
    organiser.taps("Cancel", message)
    assert "not sent" in organiser.message(message.message_id).text.lower()
    assert organiser.message(message.message_id).buttons == []
    world.tick()
    assert broadcasts(world) == []


def test_a_stale_send_after_the_session_closed_sends_nothing(world, organiser, alice) -> None:
    code = open_session(organiser, "Market Square")
    join(alice, code)
    [_, message] = organiser.says(f"/broadcast {code} Late news")
    [ask] = organiser.says(f"/close {code}")
    organiser.taps("Close it", ask)
    organiser.taps("Send to 1", message)
    assert broadcasts(world) == []


def test_a_command_without_a_code_offers_the_sessions_as_buttons(world, organiser, alice):
    elm = open_session(organiser, "Elm Park")
    oak = open_session(organiser, "Oak Square")
    join(alice, elm)
    for command in ("stats", "close", "broadcast", "export", "answers", "nudge"):
        [ask] = organiser.says(f"/{command}")
        assert ask.button_texts == [f"Oak Square ({oak})", f"Elm Park ({elm})"], command
    [ask] = organiser.says("/stats")
    [numbers] = organiser.taps(f"Elm Park ({elm})", ask)
    assert "Elm Park" in numbers.text and "joined" in numbers.text.lower()
    assert organiser.message(ask.message_id).buttons == [], "chosen: the buttons go"
    [ask] = organiser.says("/close")
    [confirm] = organiser.taps(f"Oak Square ({oak})", ask)
    assert confirm.button_texts == ["Close it", "Keep it open"]
    [ask] = organiser.says("/broadcast")
    [what] = organiser.taps(f"Elm Park ({elm})", ask)
    assert f"/broadcast {elm}" in what.text
    [ask] = organiser.says("/answers")
    [which] = organiser.taps(f"Elm Park ({elm})", ask)
    assert which.text.startswith("Which question of “Elm Park”?")  # its questions as buttons
    assert which.button_texts[0] == "How often you visit (0)"  # Alice has not answered yet


def test_a_member_gets_no_session_buttons_and_a_pick_checks_the_role_again(
    world, organiser, alice, bob
) -> None:
    elm = open_session(organiser, "Elm Park")
    [refused] = alice.says("/stats")
    assert refused.text.startswith("Sorry, only organisers") and refused.buttons == []
    organiser.says(f"/team {elm} add {bob.id} coordinator")
    [ask] = bob.says("/stats")
    assert ask.button_texts == [f"Elm Park ({elm})"]
    [ask_close] = bob.says("/close")
    assert ask_close.buttons == [], "a coordinator may not close"
    organiser.says(f"/team {elm} remove {bob.id}")
    bob.taps(f"Elm Park ({elm})", ask)
    assert bob.toasts, "no longer on the team: refused"


def test_help_is_short_with_the_details_on_request(world, organiser, alice) -> None:
    [short] = organiser.says("/help")
    lines = short.text.splitlines()
    assert "/newsession — create a session" in lines and "/linkgroup" in short.text
    assert "<" not in short.text, "no usage in the short list"
    assert max(len(line) for line in lines) <= 60, "a line fits a phone"
    assert short.button_texts == ["Usage and details"]
    [full] = organiser.says("/help all")
    assert "/newsession <title> [--flow <flow id>]" in full.text
    organiser.taps("Usage and details", short)
    assert organiser.message(short.message_id).text == full.text
    [members] = alice.says("/help")
    assert "/pause — stop reminders for a while" in members.text
    assert "/newsession" not in members.text and "/linkgroup" not in members.text
