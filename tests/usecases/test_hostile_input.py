"""Hostile input: text no database would store, invisible or disguised text, look-alike
duplicates, names with control characters. Nothing raises, nothing acknowledged is lost."""

from __future__ import annotations

from storage.models import Answer, Member, Proposal, TranscriptMessage
from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session


def test_text_a_database_refuses_is_cleaned_not_lost(world, organiser) -> None:
    nasty = world.person(1101, "Eve\x00\u202eliA", username="eve")
    code = open_session(organiser, "Riverside garden", flow="community_garden")
    join(nasty, code)
    nasty.taps("I'm on the waiting list")
    replies = nasty.says("Tomatoes\x00 and \u200bbeans, please\u202e")
    assert "Which two things" in replies[-1].text, "the answer was taken"
    [answer] = world.rows(Answer, Answer.step_id == "waiting_wish")
    assert answer.text == "Tomatoes and beans, please"
    [member] = world.rows(Member, Member.telegram_id == nasty.id)
    assert member.display_name == "EveliA"
    rows = world.rows(TranscriptMessage, TranscriptMessage.member_id == member.id)
    assert all("\x00" not in r.text and "\u202e" not in r.text for r in rows)


def test_invisible_and_look_alike_proposals_are_refused(world, organiser, alice, bob) -> None:
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    join(alice, code)
    join(bob, code)
    alice.says("/propose Lights along the pond path")
    [invisible] = bob.says("/propose \u200b\u200b\u2060\u202e\u200b")
    assert "empty" in invisible.text
    [twin] = bob.says("/propose Ｌｉｇｈｔｓ ａｌｏｎｇ ｔｈｅ ｐｏｎｄ ｐａｔｈ")
    assert "already on the list as proposal #1" in twin.text
    [short] = bob.says("/propose Tre\u200b\u200b\u200b\u200b\u200b\u200b\u200bes")
    assert "at least 10 characters" in short.text, "invisible padding does not count"
    assert [p.text for p in world.rows(Proposal)] == ["Lights along the pond path"]
