"""An export reaches a coordinator as a document whose content is the stored transcript
(everything else about exports: tests/usecases/test_exports.py; these helpers serve other
end-to-end files)."""

from __future__ import annotations

import csv
import io

from storage.models import CoSession, TranscriptMessage
from tests.e2e.conftest import join, open_session

COORDINATOR_ID = 3001
FORMULA = '=HYPERLINK("http://evil.example","click me")'
MIXED = "I love it 🎉 but שלום עליכם, the benches are broken"
DISGUISED = "More benches in the shade \u202egnp.exe"
CLEANED = "More benches in the shade gnp.exe"  # what is kept: cleaned at the door (issue 10)


async def talked(bot, organiser, alice, bob) -> str:
    """A session where two members answered, proposed and voted (flow engagement_check)."""
    code = await open_session(organiser, "Market Square", flow="engagement_check")
    await join(alice, code)
    await alice.taps("Often")
    await alice.says(MIXED)
    await alice.says("Lights along the pond path")
    await join(bob, code)
    await bob.taps("Rarely")
    await bob.says(FORMULA)  # two words: asked for more first
    await bob.says("/skip")  # no more, thanks: on to the proposal
    await bob.says(DISGUISED)
    [card] = await alice.says("/proposals")  # the first she has not voted on: Bob's
    await alice.taps("Agree", card)
    await bot.tick()  # what the engagement loop sends at once
    return code


async def coordinator(bot, organiser, code: str):
    """Cora, a coordinator on the session's team (a session belongs to its team)."""
    cora = bot.person(COORDINATOR_ID, "Cora")
    await organiser.says(f"/team {code} add {COORDINATOR_ID} coordinator")
    await bot.tick()  # she is told what she can now do
    return cora


def session_of(bot, code: str) -> CoSession:
    [cosession] = bot.rows(CoSession, CoSession.join_code == code)
    return cosession


def transcript(bot, cosession: CoSession) -> list[TranscriptMessage]:
    """What the export was made from: the session's conversation with its members (not the
    team's commands, the bot's answers to them, or the document itself)."""
    rows = bot.rows(
        TranscriptMessage,
        TranscriptMessage.session_id == cosession.id,
        TranscriptMessage.staff == False,  # noqa: E712
    )
    return sorted(rows, key=lambda r: r.id)


async def exported(bot, person, args: str):
    [reply] = await person.says(f"/export {args}")
    assert await bot.tick() == 1
    return reply, person.user.messages[-1]


def iso(at) -> str:
    return at.replace(tzinfo=None).isoformat() + "Z"


async def test_csv_is_the_stored_transcript_row_for_row(bot, organiser, alice, bob) -> None:
    code = await talked(bot, organiser, alice, bob)
    cora = await coordinator(bot, organiser, code)
    reply, sent = await exported(bot, cora, f"{code} csv")
    assert reply.text == "Your CSV export of “Market Square” is on its way."
    assert sent.document.file_name.startswith(code) and sent.document.file_name.endswith(".csv")
    cosession = session_of(bot, code)
    rows = transcript(bot, cosession)
    assert sent.caption == (
        f"CSV export of “Market Square”: {len(rows)} messages, members under pseudonyms."
    )
    data = sent.document.data.decode("utf-8-sig")
    parsed = list(csv.reader(io.StringIO(data)))
    assert parsed[0] == [
        "id",
        "time (UTC)",
        "direction",
        "member",
        "step",
        "kind",
        "text",
        "polarity",
        "sentiment",
    ]
    assert len(parsed) == len(rows) + 1, "a row per message (their cells, row for row:"
    # tests/usecases/test_exports.py; here the document as Telegram carries it)
    said = [(row[5], row[6]) for row in parsed[1:]]
    assert not any(t.startswith(("/newsession", "/open", "/team", "/export")) for _, t in said)
    assert ("button", "Often") in said and ("button", "I agree") in said, "taps as labelled"
    [audit] = await organiser.says(f"/audit {code}")
    assert "Cora (3001) exported it (CSV)" in audit.text
