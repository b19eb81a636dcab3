"""Proposals through Telegram: a smoke test, and quick and redelivered taps counted once
(the proposals' rules: tests/usecases/test_proposals.py)."""

from __future__ import annotations

from storage.models import Proposal, Vote
from tests.e2e.conftest import join, open_session


async def joined(bot, organiser, *people) -> str:
    code = await open_session(organiser, "Elm Park", flow="park_redesign")
    for person in people:
        await join(person, code)
    return code


def votes(bot) -> dict[tuple[int, int], str]:
    return {(v.proposal_id, v.member_id): v.value for v in bot.rows(Vote)}


async def test_members_propose_and_bad_proposals_are_refused(bot, organiser, alice, bob) -> None:
    await joined(bot, organiser, alice, bob)
    [saved] = await alice.says("/propose Lights along the pond path")
    assert "saved as #1" in saved.text
    [dup] = await bob.says("/propose  lights along the POND path!")
    assert "already on the list as proposal #1" in dup.text
    [short] = await bob.says("/propose Trees")
    assert "at least 10 characters" in short.text
    [empty] = await bob.says("/propose")
    assert "Usage" in empty.text or "empty" in empty.text
    [long] = await bob.says("/propose " + "x" * 600)
    assert "too long" in long.text
    await bob.says("/propose A water fountain by the playground")
    proposals = bot.rows(Proposal)
    assert [p.text for p in proposals] == [
        "Lights along the pond path",
        "A water fountain by the playground",
    ]


async def test_two_quick_taps_and_a_redelivered_tap_count_once(bot, organiser, alice, bob) -> None:
    await joined(bot, organiser, alice, bob)
    await alice.says("/propose Lights along the pond path")
    [card] = await bob.says("/proposals")
    first = bob.user.taps("Agree", card)
    bob.user.taps("Agree", card)
    await bot.settle()
    bot.api.redeliver(first)
    await bot.settle()
    assert list(votes(bot).values()) == ["agree"]
    assert bob.toasts[-1].startswith("You already voted")
