"""The harness itself: an act is one use case call whose replies reach the chat, are
recorded as sent, and carry buttons a tap finds in the outbox."""

from storage.models import CoSession, Outbox, TranscriptMessage
from tests.usecases.conftest import join_session, open_session
from usecases import proposals


def test_joining_and_answering_by_button(world, organiser, alice) -> None:
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    welcome = join_session(alice, code)
    assert welcome and welcome[-1].button_texts
    replies = alice.taps("Most days")
    assert replies[-1].text.startswith("What do you (or would you) use the park for?")
    replies = world.rows(Outbox, Outbox.chat_id == alice.id, Outbox.kind == "reply")
    assert replies and all(r.state == "sent" and r.message_id for r in replies)
    taps = world.rows(TranscriptMessage, TranscriptMessage.kind == "button")
    assert [t.text for t in taps] == ["I agree", "Most days"], "as the buttons read"
    assert [t.meta["data"] for t in taps] == ["1:c:1:y", "1:f:1:visit_frequency:daily"]


def test_a_use_case_called_directly_and_a_new_member(world, organiser) -> None:
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    erin = world.member("Erin")
    join_session(erin, code)
    [saved] = erin.does(proposals.propose, "Lights along the pond path")
    assert "saved as #1" in saved.text
    assert world.last.about.session_id == 1


def test_commands_are_routed_through_the_catalogue_and_its_role_check(world, alice) -> None:
    """The harness finds commands as the bot does: a row of the catalogue, refused to whoever
    may not use it before its use case runs."""
    [refusal] = alice.says("/newsession Mine")
    assert refusal.text == "Sorry, only organisers can use /newsession."
    assert world.rows(CoSession) == []
