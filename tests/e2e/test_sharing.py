"""Sharing through Telegram (issue 20): the share buttons are URL buttons Telegram opens
(no callback), and a link passed on through one lands its reader on what was shared,
right after consent (tests/usecases/test_joins.py has the rest)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from storage.models import Participation, Seed
from tests.e2e.conftest import BOT_USERNAME, join, open_session


def shared(url: str) -> str:
    """The link a share page passes on."""
    assert url.startswith("https://t.me/share/url?url="), url
    [link] = parse_qs(urlsplit(url).query)["url"]
    assert link.startswith(f"https://t.me/{BOT_USERNAME}?start="), link
    return link


async def test_a_shared_proposal_and_a_seed_land_on_the_vote_card(
    bot, organiser, alice, bob, carol, dave
) -> None:
    code = await open_session(organiser)
    await join(alice, code)
    await join(bob, code)
    await alice.says("/propose Lights along the pond path")
    [card] = await bob.says("/proposals")
    await bob.taps("Agree", card)
    edited = bob.user.message(card.message_id)
    button = edited.find_button("📣 Share proposal #1")
    assert button is not None and "callback_data" not in button, "a URL button: Telegram opens it"
    link = shared(button["url"])
    [bobs] = bot.rows(Participation, Participation.member_id == bot.rows_member_id(bob))
    assert link.endswith(f"?start={code}-p1-{bobs.ref_code}")
    await carol.opens(button["url"])  # the friend Bob sent it to opens it
    after = await carol.taps("I agree")
    [landed] = [m for m in after if "came through a link to this proposal" in m.text]
    assert "Lights along the pond path" in landed.text and landed.button_texts[0] == "Agree"
    assert after[-1].message_id > landed.message_id, "then the session's questions"

    [done] = await organiser.says(f"/seed {code} proposal 1 @bob")
    assert "through 1 champion" in done.text
    await bot.tick()
    request = bob.user.messages[-1]
    assert "would like more neighbours" in request.text
    [planted] = bot.rows(Seed)
    assert shared(bob.user.link_of("📣 Share it")).endswith(f"?start={code}-s{planted.code}")
    await dave.opens(bob.user.link_of("📣 Share it"))
    after = await dave.taps("I agree")
    assert any("came through a link to this proposal" in m.text for m in after)
    [daves] = [p for p in bot.rows(Participation) if p.seed_id is not None]
    assert (daves.source, daves.seed_id, daves.activated_at) == ("seed", planted.id, None)
