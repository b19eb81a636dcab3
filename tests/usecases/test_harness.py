"""The harness itself: an act is a use case call whose replies reach the chat."""

from storage.models import Outbox, TranscriptMessage
from tests.usecases.conftest import join_session, open_session


def test_joining_and_answering_by_button(world, organiser, alice) -> None:
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    welcome = join_session(alice, code)
    assert welcome and welcome[-1].button_texts
    replies = alice.taps("Most days")
    assert replies[-1].text.startswith("What do you (or would you) use the park for?")
    assert all(
        r.state == "sent" for r in world.rows(Outbox, Outbox.chat_id == alice.id) if r.priority == 0
    )
    assert world.rows(TranscriptMessage, TranscriptMessage.kind == "button")
