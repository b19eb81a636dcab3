"""Issue 17, part 7: "you said, we did". An organiser records what became of a proposal
(/outcome, or `codesign outcome`); whoever proposed or voted on it and may be messaged
hears it once per state, open session or closed; once it is done they are asked, after a
delay, whether it changed anything for them, and their answers (a tap, and words if they
like) appear under the outcome in /stats, the report and the JSON export."""

from __future__ import annotations

import io
import json
import re

from sqlmodel import select

import texts.members
from reports.pseudonyms import pseudonym
from storage.models import AuditEntry, CoSession, Outcome, OutcomeAnswer, Proposal
from tests.usecases.conftest import close_session, open_session
from tests.usecases.conftest import join_session as join
from tests.usecases.test_reports_cli import codesign
from usecases.report import write_report

LIGHTS = "Lights along the pond path"
STALE = texts.members.STALE_BUTTON
QUICK_ASKS = """\
title: Quick asks
engagement:
  outcome_question_after: 2d
steps:
  - id: idea
    kind: proposal
    prompt: One idea for the yard?
"""


def voted(world, organiser, alice, *voters) -> str:
    """Alice proposes the lights; each of `voters` agrees with them."""
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    join(alice, code)
    alice.says(f"/propose {LIGHTS}")
    for person in voters:
        join(person, code)
        [card] = person.says("/proposals")
        assert LIGHTS in card.text
        person.taps("Agree", card)
    world.tick()
    return code


def outcomes_to(person) -> list:
    return [m for m in person.messages if m.kind == "outcome"]


def test_an_outcome_reaches_the_proposer_and_voters_once_each(
    world, organiser, alice, bob, carol, dave
) -> None:
    code = voted(world, organiser, alice, bob, carol, dave)
    dave.says("/pause")
    [saved] = organiser.says(f"/outcome {code} 1 adopted The council funds it this spring.")
    assert saved.text.startswith("Proposal #1 is now marked 👍 adopted.")
    assert "I'm telling the 3 members who proposed or voted on it" in saved.text
    assert "1 more cannot be messaged" in saved.text
    world.tick()
    [told] = outcomes_to(alice)
    assert told.text == (
        "You said, we did — “Elm Park”\n\nYour proposal #1: “Lights along the pond path”\n\n"
        "👍 The organisers have adopted it.\nIn their words: “The council funds it this "
        "spring.”\n\nThank you for taking part."
    )
    for voter in (bob, carol):
        [told] = outcomes_to(voter)
        assert "Proposal #1, which you voted on" in told.text
    assert outcomes_to(dave) == []
    [again] = organiser.says(f"/outcome {code} 1 adopted")
    assert again.text.startswith("Proposal #1 is already marked adopted")
    world.tick()
    assert [len(outcomes_to(p)) for p in (alice, bob, carol, dave)] == [1, 1, 1, 0]
    organiser.says(f"/outcome {code} 1 in_progress")
    world.tick()
    assert [len(outcomes_to(p)) for p in (alice, bob, carol, dave)] == [2, 2, 2, 0]
    assert "🛠 Work on it has started." in outcomes_to(bob)[-1].text
    assert [o.state for o in world.rows(Outcome)] == ["adopted", "in_progress"]
    audit = [a.action for a in world.rows(AuditEntry) if a.action.startswith("outcome")]
    assert audit == ["outcome", "outcome"]


def session_of(world, code: str) -> CoSession:
    [cosession] = world.rows(CoSession, CoSession.join_code == code)
    return cosession


def report_of(world, code: str) -> str:
    out = io.StringIO()
    with world.db.session() as db:
        cosession = db.exec(select(CoSession).where(CoSession.join_code == code)).one()
        write_report(db, world.services, cosession, out, world.clock.now())
    return out.getvalue()


def questions_to(person) -> list:
    return [m for m in person.messages if m.kind == "impact"]


def test_done_asks_after_the_delay_and_the_answers_appear_under_the_outcome(
    world, organiser, alice, bob, carol, dave
) -> None:
    code = voted(world, organiser, alice, bob, carol, dave)
    [saved] = organiser.says(f"/outcome {code} 1 done --ask-after 7d The lights went up.")
    assert "In 7 days I'll ask them whether it changed anything for them" in saved.text
    world.tick()
    assert "✅ It has been done.\nIn their words: “The lights went up.”" in (
        outcomes_to(bob)[0].text
    )
    world.clock.advance(days=6, hours=23)
    world.tick()
    assert [questions_to(p) for p in (alice, bob, carol, dave)] == [[], [], [], []]
    world.clock.advance(hours=1)
    world.tick()
    [asked] = questions_to(bob)
    assert asked.text == (
        "“Elm Park”: proposal #1, “Lights along the pond path”, was done on 04 May 2026.\n\n"
        "Did this change anything for you?"
    )
    assert asked.button_texts == ["Yes, a lot", "A little", "Not really"]
    assert all(len(questions_to(p)) == 1 for p in (alice, carol, dave))
    little = asked.data_of("A little")
    bob.taps("A little", asked)
    assert bob.toasts[-1] == "You said: A little. Thank you!"
    shown = bob.message(asked.message_id)
    assert shown.buttons == [] and "the next message you type is kept" in shown.text
    [kept] = bob.says("I walk home through the park now")
    assert kept.text == "Thank you — your words are kept with your answer."
    carol.taps("Yes, a lot")  # a tap alone is a whole answer
    [plain] = carol.says("/proposals")  # a command is not words
    assert "✅ Outcome: done" in plain.text and "“The lights went up.”" in plain.text
    bob.taps_data(little.replace(":s", ":l"), shown)  # an old button of his: kept as it was
    assert bob.toasts[-1] == "You answered this already. Thank you!"
    [dave_asked] = questions_to(dave)
    dave.taps_data(little.replace(":1:", ":7:"), dave_asked)  # another proposal: forged
    assert dave.toasts[-1] == STALE and dave.message(dave_asked.message_id).buttons
    answers = {a.member_id: (a.value, a.words) for a in world.rows(OutcomeAnswer)}
    assert answers == {
        world.rows_member_id(bob): ("a_little", "I walk home through the park now"),
        world.rows_member_id(carol): ("a_lot", None),
    }
    cosession = session_of(world, code)
    bob_alias = pseudonym(cosession.pseudonym_salt, world.rows_member_id(bob))
    html = report_of(world, code)
    words = " ".join(re.sub(r"<[^>]+>", " ", html.split("<body>")[1]).split())
    section = words.split("What became of the proposals")[-1]
    assert "#1 Lights along the pond path done" in section
    assert "Yes, a lot 1 of 2, 50% A little 1 of 2, 50% Not really 0 of 2, 0%" in section
    assert f"I walk home through the park now {bob_alias}" in section
    assert "Bob" not in html
    [stats] = organiser.says(f"/stats {code}")
    assert (
        "• #1 “Lights along the pond path”: done (04 May 2026); changed anything? "
        "Yes, a lot 1, A little 1, Not really 0 (2 answered)"
    ) in stats.text
    organiser.says(f"/export {code} json")
    world.tick()
    data = json.loads(organiser.messages[-1].document.data)
    [outcome] = data["outcomes"]
    assert outcome["state"] == "done" and outcome["words"] == "The lights went up."
    assert outcome["changed_anything"]["counts"] == {"a_lot": 1, "a_little": 1, "not_really": 0}
    assert {a["member"]: a["words"] for a in outcome["changed_anything"]["answers"]} == {
        bob_alias: "I walk home through the park now",
        pseudonym(cosession.pseudonym_salt, world.rows_member_id(carol)): None,
    }


def test_who_may_record_an_outcome(world, organiser, alice, bob) -> None:
    """The session's organisers only: a member, a coordinator and another team's organiser
    get today's refusals, and nothing is recorded or sent."""
    code = voted(world, organiser, alice, bob)
    [member] = alice.says(f"/outcome {code} 1 done")
    assert member.text == "Sorry, only organisers can use /outcome."
    cora = world.person(7001, "Cora")
    organiser.says(f"/team {code} add 7001 coordinator")
    [coordinator] = cora.says(f"/outcome {code} 1 done")
    assert coordinator.text == "Sorry, only organisers can use /outcome."
    otto = world.person(4242, "Otto")
    organiser.says("/grant 4242 organiser")
    open_session(otto, "Ash Court", flow="park_redesign")
    [other] = otto.says(f"/outcome {code} 1 done")
    assert other.text == (
        f"There is no session “{code}” among yours. /sessions lists the sessions you run."
    )
    assert otto.says("/outcome 1 done")[0].text == "There is no proposal #1."
    assert world.rows(Outcome) == []
    world.tick()
    assert outcomes_to(alice) == outcomes_to(bob) == []


def test_bad_input_gets_a_clear_reply_and_changes_nothing(world, organiser, alice, bob) -> None:
    code = voted(world, organiser, alice, bob)
    bob.says("/propose Benches in the shade by the pond")
    organiser.says(f"/hide {code} 2 a duplicate")
    replies = {
        f"/outcome {code}": "Usage: /outcome [session code] <proposal number> adopted|",
        f"/outcome {code} done": "Usage: /outcome [session code] <proposal number> adopted|",
        f"/outcome {code} 1": "What became of proposal #1? Write one of adopted, declined",
        f"/outcome {code} 1 finished": "I don't know that outcome.",
        f"/outcome {code} 9 done": "There is no proposal #9.",
        f"/outcome {code} 2 done": "Proposal #2 is hidden from members, so there is no outcome",
        f"/outcome {code} 1 adopted --ask-after 7d": "--ask-after goes with done only",
        f"/outcome {code} 1 done --ask-after soon": "--ask-after takes a wait like 7d",
        f"/outcome {code} 1 done --ask-after 400d": "--ask-after takes a wait like 7d",
        f"/outcome {code} 1 done " + "why " * 300: "Those words are too long",
    }
    for typed, expected in replies.items():
        [reply] = organiser.says(typed)
        assert reply.text.startswith(expected), (typed, reply.text)
    assert world.rows(Outcome) == []
    world.tick()
    assert outcomes_to(alice) == outcomes_to(bob) == []
    [ok] = organiser.says(f"/outcome {code} 1 in progress")  # as people write it
    assert ok.text.startswith("Proposal #1 is now marked 🛠 in progress.")
    assert "Tip: next time, add a few words on why" in ok.text


def test_outcomes_work_after_the_session_closed(world, organiser, alice, bob) -> None:
    code = voted(world, organiser, alice, bob)
    close_session(organiser, code)
    organiser.says(f"/outcome {code} 1 done Installed in June.")
    world.tick()
    assert len(outcomes_to(alice)) == len(outcomes_to(bob)) == 1
    world.clock.advance(days=14)
    world.tick()
    [asked] = questions_to(bob)
    bob.taps("Not really", asked)
    [kept] = bob.says("no")  # declining: the tap stands alone
    assert kept.text == "Alright, your answer stands as it is. Thank you!"
    [closed] = bob.says("Still dark by the gate")  # back to what any text gets
    assert "has closed" in closed.text
    [answer] = world.rows(OutcomeAnswer)
    assert (answer.value, answer.words) == ("not_really", None)


def test_outcomes_keep_quiet_hours_and_the_news_comes_before_the_question(
    world, organiser, alice, bob
) -> None:
    code = voted(world, organiser, alice, bob)
    world.clock.advance(hours=12)  # 22:00 UTC: quiet hours
    organiser.says(f"/outcome {code} 1 done --ask-after 1h")
    world.tick()
    world.clock.advance(hours=1)
    world.tick()
    assert outcomes_to(bob) == questions_to(bob) == []
    world.clock.advance(hours=9)  # 08:00: both may go; the news first
    world.tick()
    world.clock.advance(minutes=5)
    world.tick()
    kinds = [m.kind for m in bob.messages if m.kind in ("outcome", "impact")]
    assert kinds == ["outcome", "impact"]


def test_back_in_progress_before_the_question_asks_nothing(world, organiser, alice, bob) -> None:
    code = voted(world, organiser, alice, bob)
    organiser.says(f"/outcome {code} 1 done")
    organiser.says(f"/outcome {code} 1 in_progress The first lamp failed.")
    world.clock.advance(days=15)
    world.tick()
    assert questions_to(bob) == [] and len(outcomes_to(bob)) == 2
    [again] = organiser.says(f"/outcome {code} 1 in_progress It is being fixed.")
    assert again.text.startswith("Proposal #1 was already marked in progress")
    [outcome, history] = world.rows(Outcome)
    assert history.words == "It is being fixed." and outcome.words is None


def test_forgotten_members_hear_nothing_and_their_words_go(
    world, organiser, alice, bob, carol
) -> None:
    code = voted(world, organiser, alice, bob, carol)
    organiser.says(f"/outcome {code} 1 done --ask-after 1d")
    world.tick()
    world.clock.advance(days=1)
    world.tick()
    bob.taps("Yes, a lot", questions_to(bob)[0])
    bob.says("The path feels safe at night")
    bob.says("/mydata")
    world.tick()
    [mine] = [m for m in bob.messages if m.document is not None]
    [answer] = json.loads(mine.document.data)["outcome_answers"]
    assert (answer["value"], answer["words"]) == ("a_lot", "The path feels safe at night")
    bob.says("/forget")
    bob.taps("Erase my data")
    [answer] = world.rows(OutcomeAnswer)
    assert answer.value == "a_lot" and answer.words is None, "the count stays, the words go"
    assert "The path feels safe at night" not in report_of(world, code)
    [saved] = organiser.says(f"/outcome {code} 1 in_progress A second row of lamps.")
    assert "I'm telling the 2 members" in saved.text and "1 more cannot be messaged" in saved.text
    world.tick()
    assert [len(outcomes_to(p)) for p in (alice, bob, carol)] == [2, 1, 2]
    alice.says("/forget")  # the proposer: her proposal stays, withdrawn, with its outcome
    alice.taps("Erase my data")
    [refused] = organiser.says(f"/outcome {code} 1 declined")
    assert refused.text.startswith("Proposal #1 was withdrawn by its author")
    [proposal] = world.rows(Proposal)
    assert proposal.withdrawn_at is not None and len(world.rows(Outcome)) == 2


def test_a_flow_sets_when_members_are_asked(world, organiser, alice, bob) -> None:
    [checked] = organiser.sends_flow_file("quick_asks.yaml", QUICK_ASKS)
    assert "flow file OK" in checked.text
    code = open_session(organiser, "Oak Yard", flow="quick_asks")
    for person in (alice, bob):
        join(person, code)
    alice.says(f"/propose {LIGHTS}")
    bob.taps("Agree", bob.says("/proposals")[0])
    [saved] = organiser.says(f"/outcome {code} 1 done")
    assert "In 2 days I'll ask them" in saved.text
    world.tick()
    world.clock.advance(days=2)
    world.tick()
    assert len(questions_to(bob)) == len(questions_to(alice)) == 1


def test_codesign_outcome_acts_as_the_server(world, organiser, alice, bob, monkeypatch) -> None:
    code = voted(world, organiser, alice, bob)
    monkeypatch.setattr("bot.app.SystemClock", lambda: world.clock)
    result = codesign(
        world, "outcome", code, "1", "done", "Lit", "since", "May", "--ask-after", "3d"
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Proposal #1 is now marked ✅ done.")
    assert "Members read your words with it: “Lit since May”" in result.stdout
    [entry] = [a for a in world.rows(AuditEntry) if a.action == "outcome"]
    assert entry.actor_id == 0 and entry.detail["words"] == "Lit since May"
    world.tick()
    assert len(outcomes_to(bob)) == 1
    world.clock.advance(days=3)
    world.tick()
    assert len(questions_to(bob)) == 1
    wrong = codesign(world, "outcome", code, "1", "finished")
    assert wrong.exit_code == 2 and "I don't know that outcome." in wrong.stderr
    missing = codesign(world, "outcome", "nosuchcode", "1", "done")
    assert missing.exit_code == 2 and "There is no session “nosuchcode”." in missing.stderr
    assert len(world.rows(Outcome)) == 1


def test_a_question_asked_after_the_tap_takes_the_next_text(world, organiser, alice, bob) -> None:
    """The member's next text is the words of their answer only if nothing was asked since:
    a flow's question shown after it (here by /back) takes that text; a reply to the
    outcome's question is still its words."""
    code = voted(world, organiser, alice, bob)
    organiser.says(f"/outcome {code} 1 done --ask-after 1d")
    world.tick()
    world.clock.advance(days=1)
    world.tick()
    [asked] = questions_to(bob)
    bob.taps("A little", asked)
    [again] = bob.says("/back")  # the flow's waiting question, shown again
    assert again.buttons
    said = bob.says("The path feels safe at night")
    assert all("your words are kept" not in m.text for m in said)
    assert [a.words for a in world.rows(OutcomeAnswer)] == [None]
    [kept] = bob.replies(asked, "The path feels safe at night")
    assert kept.text == "Thank you — your words are kept with your answer."
    assert [a.words for a in world.rows(OutcomeAnswer)] == ["The path feels safe at night"]
