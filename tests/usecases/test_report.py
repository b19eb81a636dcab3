"""Issue 17, part 6: a report worth sharing. The report of a played session names the
community, its team, its dates and its questions; counts honestly; leaves a hidden proposal
out (or marks it when asked); shows polls and how members joined; names no member and no
machinery. /report sends it as a document to the session's team, through the file queue."""

from __future__ import annotations

import html
import io
import re

from sqlmodel import col

from storage.models import AuditEntry, CoSession, Member, Outbox
from tests.usecases.played import COMMUNITY, COORDINATOR_ID, PLAYS, TITLE, Played, play
from usecases.report import write_report

STEPS_ASKED = [  # the park flow's questions, in its order
    "How often do you visit the park?",
    "What keeps you from using the park more often?",
    "What do you (or would you) use the park for? Pick up to three.",
    "How safe does the park feel to you?",
    "I'm sorry to hear that. What makes the park feel unsafe to you?",
    "If you could change one thing about the park, what would it be?",
    "Thanks for being honest. What would make that better for you?",
    "Now write one proposal for the new park",
    "Then members voted on each other's proposals",
    "Last one: how did you find answering these questions?",
]


def report_of(world, code: str, *, moderated: bool = False) -> str:
    [cosession] = world.rows(CoSession, CoSession.join_code == code)
    out = io.StringIO()
    with world.db.session() as db:
        write_report(db, world.services, cosession, out, world.clock.now(), moderated=moderated)
    return out.getvalue()


def text_of(page: str) -> str:
    """What a reader sees: the tags gone, the spaces as one."""
    body = page.split("<body>", 1)[1]
    body = re.sub(r"</?(span|a|b|svg|rect)\b[^>]*>", "", body)  # inline: no space
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def section(page: str, key: str) -> str:
    found = re.search(rf'<section id="{key}">(.*?)</section>', page, re.S)
    assert found, f"no section {key}"
    return text_of("<body>" + found.group(1))


def test_the_report_of_a_played_session(world, organiser) -> None:
    """One session played through (it takes a while), every part of its report checked."""
    played = play(world, organiser)
    page = report_of(world, played.code)
    _participation_polls_and_joining(world, played, page)
    _proposals(world, played, page)
    _no_member_and_no_machinery(world, played)
    _fetches_nothing_and_reads_on_a_phone(played, page)
    seen = text_of(page)
    assert f"<title>{TITLE} · {COMMUNITY}</title>" in page
    assert seen.startswith(f"Co-design session · {COMMUNITY} {TITLE}")
    assert "Run by Olivia and Oscar Ortiz, with Cora." in seen
    assert "Open since 4 May 2026, and still open." in seen
    assert f"Take part: https://t.me/codesign_test_bot?start={played.code}" in seen
    asked = section(page, "asked")
    places = [asked.find(prompt) for prompt in STEPS_ASKED]
    assert -1 not in places and places == sorted(places), "every question, in the flow's order"
    assert "Members chose one of: “Most days”, “Once or twice a week”" in asked
    assert "On a scale from 1 (Very unsafe) to 5 (Very safe)." in asked
    assert "What keeps you from using the park more often? In their own words. Asked only of " \
        "some, depending on an earlier answer. Optional." in asked  # fmt: skip
    assert "Hello, and thank you" not in asked, "a message step asks nothing"
    organiser.says(f"/close {played.code}")
    organiser.taps("Close it")
    assert "Open from 4 May 2026 to 6 May 2026." in text_of(report_of(world, played.code))
    assert "Take part" not in report_of(world, played.code), "no link to a closed session"


def _participation_polls_and_joining(world, played: Played, page: str) -> None:
    took_part = section(page, "participation")
    assert "10 people joined." in took_part
    assert "wrote a proposal 6 of 10, 60%" in took_part
    assert "voted on proposals 9 of 10, 90%" in took_part
    polls = section(page, "polls")
    assert "Poll #1 Which evening suits you for the open meeting? 6 voted · closed 6 May 2026" in (
        polls
    )
    assert "Tuesday 7pm 4 of 6, 67% Thursday 7pm 1 of 6, 17% Saturday 10am 1 of 6, 17%" in polls
    assert "Poll #2 What should the meeting cover first? 3 voted · open" in polls
    assert "Lighting 3 of 3, 100% The playground 1 of 3, 33% Traffic 0 of 3, 0%" in polls
    assert "each share is out of the 3 who voted" in polls
    joined = section(page, "joining")
    invited = sum(p.invited_by is not None for p in PLAYS)
    assert f"through the organisers' link {10 - invited} of 10" in joined
    assert f"through another member's invitation {invited} of 10, 40%" in joined
    assert "3 members invited others." in joined
    [alice] = world.rows(Member, Member.display_name == "Alice")
    from reports.pseudonyms import pseudonym

    [cosession] = world.rows(CoSession, CoSession.join_code == played.code)
    assert f"{pseudonym(cosession.pseudonym_salt, alice.id)} brought 2 who took part" in joined


def _proposals(world, played: Played, page: str) -> None:
    """Honest counts; never both most agreed and most divisive; the hidden one left out."""
    proposals = section(page, "proposals")
    assert "5 proposals from members, with 30 votes." in proposals
    assert "1 proposal was moderated out and is not shown." in proposals
    assert "cheap watches" not in page
    agreed = proposals.split("Most agreed")[1].split("Most divisive")[0]
    split = proposals.split("Most divisive")[1].split("Every proposal")[0]
    assert "#1 Put lights along the path by the pond · 7 of 8 agreed, 88% · 1 disagreed" in agreed
    assert "#5" in split and "4 of 8 agreed, 50% · 4 disagreed" in split
    assert "#5" not in agreed, "never both most agreed and most divisive"
    assert "#3" not in agreed and "#3" not in split
    assert "#3 A water fountain by the playground by m-" in proposals
    assert "2 of 2 agreed, 100% · 0 disagreed · 0 passed · not enough votes to rank" in proposals
    shown = report_of(world, played.code, moderated=True)
    listed = section(shown, "proposals")
    assert "#4 Buy cheap watches at example dot com today moderated" in listed
    assert "1 moderated proposal is shown, marked “moderated”." in listed
    assert "#4" not in listed.split("Every proposal")[0], "a hidden proposal is never ranked"


def _no_member_and_no_machinery(world, played: Played) -> None:
    for moderated in (False, True):
        page = report_of(world, played.code, moderated=moderated)
        seen = text_of(page).lower()
        for plays in PLAYS:
            assert not re.search(rf"\b{plays.name.lower()}\b", seen), plays.name
        for member in world.rows(Member):
            assert str(member.telegram_id) not in page
        for jargon in ("engagement loop", "reprompt", "callback", "flow", "step_id", "null"):
            assert not re.search(rf"\b{jargon}\b", seen), jargon  # "flowers" is a member's word


def _fetches_nothing_and_reads_on_a_phone(played: Played, page: str) -> None:
    assert page.startswith("<!doctype html>") and '<html lang="en" dir="ltr">' in page
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert (
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "img-src data:; style-src 'unsafe-inline'\">" in page
    )
    for outside in ("<script", "<link", "url(", "@import", "<img", "<iframe", "src="):
        assert outside not in page, outside
    assert re.findall(r'href="([^"#][^"]*)"', page) == [
        f"https://t.me/codesign_test_bot?start={played.code}"
    ]
    assert "@media print" in page and "break-before:page" in page
    assert '<h1 dir="auto">Elm Park</h1>' in page
    assert '<p dir="auto" lang="en" class="prompt">How often do you visit the park?</p>' in page


def test_report_command_sends_the_file_to_the_sessions_team(world, organiser) -> None:
    played = play(world, organiser)
    _refused_to_members_and_asks_which_session(world, played)
    cora = played.people["Cora"]
    [reply] = cora.says(f"/report {played.code}")
    assert reply.text == (
        f"The report on “{TITLE}” is on its way: one HTML file to open in any browser."
    )
    assert world.tick() == 1
    sent = cora.messages[-1]
    assert sent.kind == "document" and sent.file_name is not None
    assert sent.file_name.startswith(f"{played.code}-report-") and sent.file_name.endswith(".html")
    assert sent.caption is not None and "Members appear under pseudonyms." in sent.caption
    assert sent.content is not None
    assert sent.content.decode() == report_of(world, played.code)
    [entry] = world.rows(
        AuditEntry, AuditEntry.actor_id == COORDINATOR_ID, AuditEntry.action == "read_report"
    )
    assert entry.detail == {}
    organiser.says(f"/report {played.code} --moderated")
    world.tick()
    content = organiser.messages[-1].content
    assert content is not None and b"cheap watches" in content
    assert "Moderated proposals are in it, marked." in (organiser.messages[-1].caption or "")


def _refused_to_members_and_asks_which_session(world, played: Played) -> None:
    organiser = played.organiser
    alice = played.people["Alice"]
    [refused] = alice.says(f"/report {played.code}")
    assert refused.text == "Sorry, only organisers and coordinators can use /report."
    assert world.tick() == 0 and not world.rows(Outbox, col(Outbox.kind) == "document")
    [which] = organiser.says("/report")
    assert f"{TITLE} ({played.code})" in which.button_texts
    organiser.taps(f"{TITLE} ({played.code})", which)
    assert world.tick() == 1 and organiser.messages[-1].kind == "document"
    [usage] = organiser.says(f"/report {played.code} extra words")
    assert usage.text == "Usage: /report <session code> [--moderated]"
    [unknown] = organiser.says("/report nosuchcode")
    assert "There is no session “nosuchcode” among yours" in unknown.text
