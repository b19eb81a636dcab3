"""Issue 9: a coordinator receives each export as a document, and its content is the stored
transcript, exactly; members appear under stable pseudonyms; a member is refused."""

from __future__ import annotations

import csv
import io
import json

from sqlmodel import col

from reports.cells import csv_cell, markdown
from reports.pseudonyms import pseudonym
from storage.models import CoSession, Outbox, TranscriptMessage
from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session

COORDINATOR_ID = 3001
FORMULA = '=HYPERLINK("http://evil.example","click me")'
MIXED = "I love it 🎉 but שלום עליכם, the benches are broken"
DISGUISED = "More benches in the shade \u202egnp.exe"
CLEANED = "More benches in the shade gnp.exe"  # what is kept: cleaned at the door (issue 10)


def talked(world, organiser, alice, bob) -> str:
    """A session where two members answered, proposed and voted (flow engagement_check)."""
    code = open_session(organiser, "Market Square", flow="engagement_check")
    join(alice, code)
    alice.taps("Often")
    alice.says(MIXED)
    alice.says("Lights along the pond path")
    join(bob, code)
    bob.taps("Rarely")
    bob.says(FORMULA)  # two words: asked for more first
    bob.says("/skip")  # no more, thanks: on to the proposal
    bob.says(DISGUISED)
    [card] = alice.says("/proposals")  # the first she has not voted on: Bob's
    alice.taps("Agree", card)
    world.tick()  # what the engagement loop sends at once
    return code


def coordinator(world, organiser, code: str):
    """Cora, a coordinator on the session's team (a session belongs to its team)."""
    cora = world.person(COORDINATOR_ID, "Cora")
    organiser.says(f"/team {code} add {COORDINATOR_ID} coordinator")
    world.tick()  # she is told what she can now do
    return cora


def session_of(world, code: str) -> CoSession:
    [cosession] = world.rows(CoSession, CoSession.join_code == code)
    return cosession


def transcript(world, cosession: CoSession) -> list[TranscriptMessage]:
    """What the export was made from: the session's conversation with its members (not the
    team's commands, the bot's answers to them, or the document itself)."""
    rows = world.rows(
        TranscriptMessage,
        TranscriptMessage.session_id == cosession.id,
        TranscriptMessage.staff == False,  # noqa: E712
    )
    return sorted(rows, key=lambda r: r.id)


def exported(world, person, args: str):
    [reply] = person.says(f"/export {args}")
    assert world.tick() == 1
    return reply, person.messages[-1]


def iso(at) -> str:
    return at.replace(tzinfo=None).isoformat() + "Z"


def test_csv_is_the_stored_transcript_row_for_row(world, organiser, alice, bob) -> None:
    code = talked(world, organiser, alice, bob)
    cora = coordinator(world, organiser, code)
    reply, sent = exported(world, cora, f"{code} csv")
    assert reply.text == "Your CSV export of “Market Square” is on its way."
    assert sent.file_name.startswith(code) and sent.file_name.endswith(".csv")
    cosession = session_of(world, code)
    rows = transcript(world, cosession)
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
    salt = cosession.pseudonym_salt
    expected = [
        [
            str(r.id),
            f"{r.created_at:%Y-%m-%d %H:%M:%S}",
            r.direction,
            pseudonym(salt, r.member_id) if r.member_id else "",
            r.step_id or "",
            r.kind,
            csv_cell(r.text),
            "" if r.polarity is None else repr(r.polarity),
        ]
        for r in rows
    ]
    assert [row[:8] for row in parsed[1:]] == expected
    texts = [row[6] for row in parsed[1:]]
    assert MIXED in texts, "emoji and right-to-left text intact"
    assert "'" + FORMULA in texts, "a formula cell is neutralised"
    assert CLEANED in texts, "the override never got in"
    assert not any(t[:1] in ("=", "+", "-", "@") for t in texts)
    unchanged = [r.text for r in rows if r.text not in (FORMULA, CLEANED)]
    assert all(csv_cell(t) == t for t in unchanged), "every other text exactly as stored"
    moods = {row[6]: row[8] for row in parsed[1:]}
    assert moods[MIXED] in ("negative", "neutral", "positive")
    [audit] = organiser.says(f"/audit {code}")
    assert "Cora (3001) exported it (CSV)" in audit.text


def test_json_holds_the_session_and_its_transcript_exactly(world, organiser, alice, bob):
    code = talked(world, organiser, alice, bob)
    organiser.says(f"/poll {code} Which day? | Saturday | Sunday")
    assert world.tick() == 2
    [poll] = [m for m in bob.messages if m.button_texts[:1] == ["Saturday"]]
    bob.taps("Sunday", poll)
    cora = coordinator(world, organiser, code)
    _, sent = exported(world, cora, f"{code} json")
    assert sent.file_name.endswith(".json")
    doc = json.loads(sent.document.data.decode("utf-8"))
    cosession = session_of(world, code)
    rows = transcript(world, cosession)
    salt = cosession.pseudonym_salt
    assert [
        (
            m["id"],
            m["time"],
            m["direction"],
            m["member"],
            m["step"],
            m["kind"],
            m["text"],
            m["polarity"],
        )
        for m in doc["transcript"]
    ] == [
        (
            r.id,
            iso(r.created_at),
            r.direction,
            r.member_id and pseudonym(salt, r.member_id),
            r.step_id,
            r.kind,
            r.text,
            r.polarity,
        )
        for r in rows
    ]
    assert doc["session"]["code"] == code and doc["session"]["title"] == "Market Square"
    assert doc["flow"]["id"] == "engagement_check"
    alice_alias = pseudonym(salt, world.rows_member_id(alice))
    bob_alias = pseudonym(salt, world.rows_member_id(bob))
    assert [m["member"] for m in doc["members"]] == [alice_alias, bob_alias]
    assert {a["member"]: a["text"] for a in doc["answers"]["why"]} == {
        alice_alias: MIXED,
        bob_alias: FORMULA,
    }
    [lights, benches] = doc["proposals"]
    assert (lights["author"], lights["text"], lights["agree"]) == (
        alice_alias,
        "Lights along the pond path",
        0,
    )
    assert (benches["author"], benches["text"], benches["agree"]) == (bob_alias, CLEANED, 1)
    assert doc["funnel"]["joined"] == 2 and doc["funnel"]["voted"] == 1
    assert doc["opinion_groups"]["status"] == "too_few_votes"
    [day] = doc["polls"]
    assert (day["question"], day["voters"], day["anonymous"]) == ("Which day?", 1, False)
    assert day["options"] == [{"text": "Saturday", "votes": 0}, {"text": "Sunday", "votes": 1}]
    outcomes = {(r["kind"], r["member"], r["state"], r["outcome"]) for r in doc["reprompts"]}
    assert ("elaboration", bob_alias, "sent", "answered") in outcomes  # by his /skip
    assert ("reminder", alice_alias, "pending", "not sent") in outcomes, "held for later"
    assert "\u202e" not in sent.document.data.decode(), "hidden in the file as an escape"
    assert "Alice" not in sent.document.data.decode(), "no names unless asked"


def test_markdown_is_a_readable_transcript_under_a_summary(world, organiser, alice, bob):
    code = talked(world, organiser, alice, bob)
    cora = coordinator(world, organiser, code)
    _, sent = exported(world, cora, f"{code} md")
    text = sent.document.data.decode("utf-8")
    assert text.startswith("# Market Square\n")
    assert "## Participation" in text and "- joined: 2" in text
    assert text.index("## Participation") < text.index("## Transcript")
    rows = transcript(world, session_of(world, code))
    at = text.index("## Transcript")
    for r in rows:  # every message, in order, quoted as itself
        found = text.index(f"#{r.id}\n\n{markdown(r.text)}\n", at)
        assert found > at
        at = found
    assert f"> \\{FORMULA}\n" in text, "a line that would be a heading or a rule is escaped"
    assert f"> {CLEANED}" in text


def test_pseudonyms_are_stable_and_names_only_when_asked(world, organiser, alice, bob):
    code = talked(world, organiser, alice, bob)
    cora = coordinator(world, organiser, code)
    _, first = exported(world, cora, f"{code} json")
    _, again = exported(world, cora, f"{code} json")
    members = [json.loads(d.document.data)["members"] for d in (first, again)]
    assert members[0] == members[1]
    organiser.says(f"/team {code} names on")  # coordinators may see names: issue 18.22
    _, named = exported(world, cora, f"{code} csv --names")
    assert "members by name" in named.caption
    who = {row[3] for row in csv.reader(io.StringIO(named.document.data.decode("utf-8-sig")))}
    assert {"Alice @alice", "Bob @bob"} <= who


def test_names_are_an_organisers_decision_per_session(world, organiser, alice, bob):
    """Issue 18.22: coordinators export names only once an organiser allowed it, for that
    session; the decision is audited."""
    code = talked(world, organiser, alice, bob)
    cora = coordinator(world, organiser, code)
    [refused] = cora.says(f"/export {code} csv --names")
    assert refused.text.startswith("Only an organiser of “Market Square” decides")
    assert world.tick() == 0, "nothing made"
    [refused] = cora.says(f"/team {code} names on")
    assert refused.text.startswith("Sorry, only organisers")
    [allowed] = organiser.says(f"/team {code} names on")
    assert "coordinators of “Market Square” may now export members' names" in allowed.text
    [team] = organiser.says(f"/team {code}")
    assert "Names: coordinators may export them" in team.text
    _, named = exported(world, cora, f"{code} csv --names")
    assert "Alice @alice" in named.document.data.decode("utf-8-sig")
    organiser.says(f"/team {code} names off")
    [refused] = cora.says(f"/export {code} csv --names")
    assert refused.text.startswith("Only an organiser")
    _, plain = exported(world, cora, f"{code} csv")
    assert "Alice" not in plain.document.data.decode("utf-8-sig")
    [audit] = organiser.says(f"/audit {code}")
    assert "let coordinators export members' names" in audit.text
    assert "stopped coordinators exporting members' names" in audit.text


def test_only_the_sessions_organisers_and_coordinators_export(world, organiser, alice, bob):
    code = talked(world, organiser, alice, bob)
    for args in (code, f"{code} json", f"{code} md --names"):
        replies = alice.says(f"/export {args}")
        refusal = "Sorry, only organisers and coordinators can use /export."
        assert [r.text for r in replies] == [refusal]
    assert world.tick() == 0
    assert world.rows(Outbox, col(Outbox.kind).in_(("document", "photo"))) == []
    [usage] = organiser.says(f"/export {code} xls")
    assert usage.text.startswith(
        "Usage: /export <session code> [csv|json|md|sheets|graphml] [--names]"
    )
    [unknown] = organiser.says("/export nosuchcode")
    assert "There is no session “nosuchcode” among yours" in unknown.text
    _, sent = exported(world, organiser, code)
    assert sent.file_name.endswith(".csv"), "CSV unless asked otherwise"


def test_a_large_export_is_zipped_and_a_huge_one_says_how_to_get_it(
    world, organiser, alice, bob, monkeypatch
) -> None:
    import zipfile

    from usecases import exports

    code = talked(world, organiser, alice, bob)
    monkeypatch.setattr(exports, "SEND_LIMIT", 1000)
    _, zipped = exported(world, organiser, f"{code} csv")
    assert zipped.file_name.endswith(".csv.zip") and "Zipped" in zipped.caption
    with zipfile.ZipFile(io.BytesIO(zipped.document.data)) as archive:
        [name] = archive.namelist()
        assert name.endswith(".csv") and MIXED in archive.read(name).decode("utf-8-sig")
    monkeypatch.setattr(exports, "ZIP_LIMIT", 100)
    _, note = exported(world, organiser, f"{code} json")
    assert note.file_name == f"{code}-too-large.txt"
    assert f"codesign export {code} --format json" in note.document.data.decode()
