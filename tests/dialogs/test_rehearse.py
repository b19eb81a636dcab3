"""The terminal rehearsal, driven by scripted input."""

from datetime import UTC, datetime

from dialogs import load_flows
from dialogs.loader import default_flows_dir
from dialogs.rehearse import rehearse

from .conversation import fake_sentiment, sample_flow


def run(flow, *lines: str) -> tuple[object, str]:
    script = iter(lines)
    out: list[str] = []
    state = rehearse(
        flow,
        lambda: next(script, None),
        out.append,
        lambda: datetime(2024, 5, 1, tzinfo=UTC),
        sentiment=fake_sentiment,
    )
    return state, "\n".join(out)


def test_rehearse_a_whole_flow_with_numbers_text_and_commands():
    state, out = run(
        sample_flow(),
        "1",  # Red
        "/sticker",
        "a bad colour",
        "1",  # Ham
        "2",  # Cheese
        "5",  # Done
        "9",  # not a button on the 1-5 scale: typed text, refused
        "/back",
        "5",  # Done again on toppings
        "4",  # rating 4 -> high
        "It was great",
        "/skip",
        "1",  # Continue
        "thanks",
    )
    assert state.finished
    assert "[1] Red  [2] Blue  [3] Green" in out
    assert "I can only read text here" in out
    assert "(message updated) Pick toppings" in out and "[1] ✅ Ham" in out
    assert "Please answer with a whole number from 1 to 5." in out
    assert "Your previous answer: Ham, Cheese" in out
    assert "(here the bot shows the proposals to vote on)" in out
    assert "Stored answers:" in out
    assert "why_red (text): 'a bad colour'  sentiment -0.800 (negative)" in out
    assert "rating (scale): 4" in out and "idea (proposal): None" in out


def test_rehearse_stops_at_quit_or_end_of_input():
    state, out = run(sample_flow(), "2", "/quit")
    assert not state.finished and state.step_id == "toppings" and "(stopped)" in out
    state, _ = run(sample_flow())
    assert state.step_id == "colour"


def test_rehearse_shipped_flow_with_real_sentiment():
    flow = load_flows(default_flows_dir())["park_redesign"]
    script = iter(["4", "Rarely go, the paths are awful and dirty", "/quit"])
    out: list[str] = []
    rehearse(flow, lambda: next(script, None), out.append, lambda: datetime(2024, 5, 1))
    assert any("why_not (text)" in line and "(negative)" in line for line in out)


def test_rehearse_shows_the_engagement_texts_it_would_send():
    """Issue 18, item 26k: an organiser rehearsing a flow saw none of the reminders,
    follow-ups and elaboration requests the bot would send."""
    _, out = run(sample_flow(), "1", "a bad colour", "/quit")
    assert "(if a question is not answered: up to 2 reminder(s), the first after 1h:" in out
    assert "A gentle reminder from “Sample flow” — whenever you have a moment:" in out
    assert "(2h after this answer, a follow-up:)" in out
    assert "Earlier you told us: “a bad colour”. Thank you for being honest." in out
    assert "(Just type your answer here; it doesn't change your other answers.)" in out
    _, out = run(sample_flow(), "1", "good", "/quit")
    assert "elaboration request" not in out, "none on an optional question (issue 18, item 3)"
