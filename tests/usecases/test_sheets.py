"""Issue 17.3: `/export <code> sheets` is a zip of four spreadsheets a coordinator opens as
they are: a row per member with their answers as they read them, the proposals with their
state, the member × proposal votes as Pol.is gives them, the polls with their counts (and,
not anonymous, who chose what); labels, never callback data; times a spreadsheet reads,
on the session's clock."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import datetime

from reports.pseudonyms import pseudonym
from storage.models import CoSession, Participation
from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session

CALLBACK = re.compile(r"^\d+:[a-z]:")  # what the bot's button data looks like


def played(world, organiser, alice, bob, carol, dave) -> str:
    """A park session: Alice finishes, Bob (invited by Alice) finishes with a branch, a
    skip and an elaboration; Carol never consents; Dave stops after one answer. Two
    proposals with votes, one hidden; a poll with names and an anonymous one."""
    organiser.says("/timezone Europe/Lisbon")  # the session's clock: its owner's
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    join(alice, code)
    alice.taps("Most days")
    alice.taps("Walking")
    alice.taps("Children's play")
    alice.taps("Done")
    alice.taps("4")
    alice.says("More benches in the shade near the pond")
    alice.says("Put lights along the pond path")
    alice.taps("Continue")
    alice.says("Great questions, thanks for asking us")
    [hers] = [p for p in world.rows(Participation) if p.member_id == world.rows_member_id(alice)]
    world.clock.advance(hours=2, minutes=5)
    bob.says(f"/start {code}-{hers.ref_code}")
    bob.taps("I agree")
    bob.taps("Rarely or never")
    bob.says("/skip")
    bob.taps("Walking the dog")
    bob.taps("Done")
    bob.taps("2")
    bob.says("The lights are broken and it is dark at night")
    bob.says("Lights")
    bob.says("Brighter lamps by the gate please")
    bob.says("Open the community hall café on weekends")
    bob.taps("Agree")
    bob.taps("Continue")
    bob.says("Fine, but too many questions for me")
    world.clock.advance(days=1)
    carol.says(f"/start {code}")
    join(dave, code)
    dave.taps("Once or twice a week")
    [card] = alice.says("/proposals")
    alice.taps("Disagree", card)
    organiser.says("/hide 2 off topic")
    organiser.says(f"/poll {code} Which day? | Sat | Sun")
    world.tick()
    for person, choice in ((alice, "Sat"), (bob, "Sun"), (dave, "Sun")):
        person.taps(choice, _poll(person))
    organiser.says(f"/poll {code} Keep the gate locked? | Yes | No --anonymous")
    world.tick()
    alice.taps("Yes", _poll(alice))
    organiser.says("/results 1")
    organiser.says(f"/outcome {code} 1 adopted The council puts lights in this spring")
    world.tick()  # its proposer and voters hear it
    return code


def _poll(person):
    return next(m for m in reversed(person.messages) if m.text.startswith("📊 Poll"))


def sheets_of(world, person, code: str, names: str = "") -> dict[str, list[list[str]]]:
    person.says(f"/export {code} sheets{names}")
    assert world.tick() == 1
    sent = person.messages[-1]
    assert sent.file_name.endswith(".zip")
    with zipfile.ZipFile(io.BytesIO(sent.document.data)) as archive:
        assert archive.namelist() == [
            "responses.csv", "proposals.csv", "votes.csv", "polls.csv", "funnel.csv",
        ]  # fmt: skip
        files = {}
        for name in archive.namelist():
            data = archive.read(name)
            assert data.startswith(b"\xef\xbb\xbf"), "a byte order mark: Excel reads UTF-8"
            files[name] = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    return files


def by_member(rows: list[list[str]]) -> dict[str, dict[str, str]]:
    head, *body = rows
    return {row[0]: dict(zip(head, row, strict=True)) for row in body}


def aliases(world, code: str, *people) -> list[str]:
    [cosession] = world.rows(CoSession, CoSession.join_code == code)
    return [pseudonym(cosession.pseudonym_salt, world.rows_member_id(p)) for p in people]


def test_a_row_per_member_with_their_answers_as_they_read_them(
    world, organiser, alice, bob, carol, dave
) -> None:
    code = played(world, organiser, alice, bob, carol, dave)
    files = sheets_of(world, organiser, code)
    caption = organiser.messages[-1].caption
    assert caption.startswith("Spreadsheets of “Elm Park”: responses.csv (4 members)")
    a, b, c, d = aliases(world, code, alice, bob, carol, dave)
    head = files["responses.csv"][0]
    assert head[:8] == [
        "member", "joined (Europe/Lisbon)", "consented (Europe/Lisbon)",
        "finished (Europe/Lisbon)", "status", "language", "joined_via", "invited_by",
    ]  # fmt: skip
    assert head[8:] == [  # the flow's questions in its order, by their labels
        "How often you visit", "What keeps you away", "What you use the park for",
        "How safe the park feels", "What makes it feel unsafe", "The one change you would make",
        "The one change you would make — more detail", "What would make it better",
        "Your proposal", "Your feedback",
    ]  # fmt: skip
    rows = by_member(files["responses.csv"])
    assert list(rows) == [a, b, c, d], "in the order they joined"
    alice_row, bob_row = rows[a], rows[b]
    assert alice_row["How often you visit"] == "Most days"
    assert alice_row["What you use the park for"] == "Walking; Children's play"
    assert alice_row["How safe the park feels"] == "4"
    assert alice_row["What keeps you away"] == "", "a question she was never asked"
    assert alice_row["Your feedback"] == "Great questions, thanks for asking us"
    assert (alice_row["status"], alice_row["joined_via"], alice_row["invited_by"]) == (
        "finished", "session link", "",
    )  # fmt: skip
    assert bob_row["What keeps you away"] == "(skipped)"
    assert bob_row["How safe the park feels"] == "2"
    assert bob_row["The one change you would make"] == "Lights"
    assert bob_row["The one change you would make — more detail"] == (
        "Brighter lamps by the gate please"
    )
    assert bob_row["Your proposal"] == "Open the community hall café on weekends"
    assert (bob_row["joined_via"], bob_row["invited_by"]) == ("invitation", a)
    assert rows[c]["status"] == "not consented" and rows[c]["consented (Europe/Lisbon)"] == ""
    assert rows[d]["status"] == "answering" and rows[d]["How often you visit"] == (
        "Once or twice a week"
    )
    # 10:00 UTC on 4 May is 11:00 in Lisbon (summer time); Bob came 2 h 5 min later
    assert alice_row["joined (Europe/Lisbon)"] == "2026-05-04 11:00:00"
    assert bob_row["joined (Europe/Lisbon)"] == "2026-05-04 13:05:00"
    assert rows[d]["joined (Europe/Lisbon)"] == "2026-05-05 13:05:00"
    for row in rows.values():
        for column, cell in row.items():
            if "(Europe/Lisbon)" in column and cell:
                datetime.strptime(cell, "%Y-%m-%d %H:%M:%S")  # a spreadsheet's date and time


def test_proposals_votes_and_polls(world, organiser, alice, bob, carol, dave) -> None:
    code = played(world, organiser, alice, bob, carol, dave)
    files = sheets_of(world, organiser, code)
    a, b, _, d = aliases(world, code, alice, bob, carol, dave)
    proposals = files["proposals.csv"]
    assert proposals[0] == [
        "proposal", "text", "author", "created (Europe/Lisbon)", "agree", "disagree", "pass",
        "votes", "state", "hidden_reason", "outcome", "outcome_words",
        "outcome_at (Europe/Lisbon)",
    ]  # fmt: skip
    assert proposals[1:] == [
        ["1", "Put lights along the pond path", a, "2026-05-04 11:00:00", "1", "0", "0", "1",
         "open", "", "adopted", "The council puts lights in this spring", "2026-05-05 13:05:00"],
        ["2", "Open the community hall café on weekends", b, "2026-05-04 13:05:00", "0", "1",
         "0", "1", "hidden", "off topic", "", "", ""],
    ]  # fmt: skip
    assert files["votes.csv"] == [  # Pol.is: 1 agree, -1 disagree, 0 pass, empty unseen
        ["member", "group", "proposals", "votes", "agree", "disagree", "1", "2"],
        [a, "", "1", "1", "0", "1", "", "-1"],
        [b, "", "1", "1", "1", "0", "1", ""],
    ]
    polls = files["polls.csv"]
    assert polls[0] == [
        "poll", "question", "multiple", "anonymous", "status", "opened (Europe/Lisbon)",
        "closes (Europe/Lisbon)", "closed (Europe/Lisbon)", "voters", "option", "votes", "member",
    ]  # fmt: skip
    assert [(r[0], r[1], r[3], r[8], r[9], r[10], r[11]) for r in polls[1:]] == [
        ("1", "Which day?", "no", "3", "Sat", "1", ""),
        ("1", "Which day?", "no", "3", "Sat", "", a),
        ("1", "Which day?", "no", "3", "Sun", "2", ""),
        ("1", "Which day?", "no", "3", "Sun", "", b),
        ("1", "Which day?", "no", "3", "Sun", "", d),
        ("2", "Keep the gate locked?", "yes", "1", "Yes", "1", ""),  # anonymous: counts only
        ("2", "Keep the gate locked?", "yes", "1", "No", "0", ""),
    ]
    for rows in files.values():
        assert not any(CALLBACK.match(cell) for row in rows for cell in row), "labels only"


def test_names_only_when_asked_and_allowed(world, organiser, alice, bob, carol, dave) -> None:
    code = played(world, organiser, alice, bob, carol, dave)
    files = sheets_of(world, organiser, code, " --names")
    assert list(by_member(files["responses.csv"])) == [
        "Alice @alice", "Bob @bob", "Carol @carol", "Dave @dave",
    ]  # fmt: skip
    assert "members by name" in organiser.messages[-1].caption
    cora = world.person(3001, "Cora")
    organiser.says(f"/team {code} add 3001 coordinator")
    world.tick()  # she hears what she may now do
    [refused] = cora.says(f"/export {code} sheets --names")
    assert refused.text.startswith("Only an organiser of “Elm Park” decides")
    plain = sheets_of(world, cora, code)
    assert "Alice @alice" not in str(plain)


def test_the_transcript_is_the_conversation_with_members(
    world, organiser, alice, bob, carol, dave
) -> None:
    """Never the team's commands or the bot's answers to them; taps by their labels."""
    code = played(world, organiser, alice, bob, carol, dave)
    organiser.says(f"/export {code} csv")
    world.tick()
    rows = list(csv.reader(io.StringIO(organiser.messages[-1].document.data.decode("utf-8-sig"))))
    assert rows[0][:2] == ["id", "time (Europe/Lisbon)"]
    said = [(r[2], r[5], r[6]) for r in rows[1:]]
    assert ("in", "command", f"/start {code}") in said, "members' own commands stay"
    assert ("in", "command", "/proposals") in said
    assert ("in", "button", "Most days") in said and ("in", "button", "I agree") in said
    assert ("in", "button", "Agree") in said and ("in", "button", "Sat") in said
    texts = [text for _, _, text in said]
    for staff in ("/timezone", "/newsession", "/open", "/hide", "/poll", "/results"):
        assert not any(t.startswith(staff) for t in texts), staff
    assert not any("is on its way to" in t or "voter" in t for t in texts), "no answers to staff"
    assert not any(CALLBACK.match(t) for t in texts)
    assert any(t.startswith("📊 Poll #1") for t in texts), "the polls members got stay"


def test_codesign_export_format_sheets(world, organiser, alice, bob, carol, dave, tmp_path):
    """On the server, the same zip: to a file, or as bytes to standard output."""
    from tests.usecases.test_reports_cli import codesign

    code = played(world, organiser, alice, bob, carol, dave)
    target = tmp_path / "elm.zip"
    result = codesign(world, "export", code, "--format", "sheets", "--output", str(target))
    assert result.exit_code == 0, result.output
    assert f"(4 members, 2 proposals, 2 polls) written to {target}" in result.stderr
    piped = codesign(world, "export", code, "-f", "sheets")
    assert piped.exit_code == 0, piped.stderr
    for data in (target.read_bytes(), piped.stdout_bytes):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            rows = list(csv.reader(io.StringIO(archive.read("responses.csv").decode("utf-8-sig"))))
        assert len(rows) == 5 and rows[1][8] == "Most days"
