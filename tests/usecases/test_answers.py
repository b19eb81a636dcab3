"""Issue 17, parts 1, 4, 5: results per question. Seven members play the park flow (a
message, a single and a multiple choice, a scale, free text on branches, a proposal, the vote
step and feedback, with skips, a follow-up reply and a hidden proposal); the results in chat
(/answers, its buttons, /stats), in `codesign stats` and in the report are what was stored,
worked out here from the stored answers on their own."""

from __future__ import annotations

import html
import json
import re
import statistics

from sqlmodel import col
from typer.testing import CliRunner

from bot.cli import app
from dialogs.models import ChoiceStep, ScaleStep
from reports.pseudonyms import pseudonym
from reports.report_optional import QUOTES
from storage.models import Answer, CoSession, DialogStateRow, Proposal
from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session
from tests.usecases.test_exports import COORDINATOR_ID, coordinator

SKIP = "/skip"
UNSAFE = "The lights are broken and it is dark and scary at night"
PLANS = {  # step id -> buttons to tap, or words to say; optional steps not named: /skip
    "Ann": {
        "visit_frequency": ["Most days"],
        "uses": ["Walking", "Children's play", "Done"],
        "safety": ["2"],
        "unsafe_why": UNSAFE,
        "one_change": "More benches and shade along the river walk",
        "proposal": "Put bright lights along the pond path",
        "feedback": "Great questions, thanks!",
    },
    "Ben": {
        "visit_frequency": ["Rarely or never"],
        "why_not": "It is too far from my house for a walk",
        "uses": ["Sport and exercise", "Done"],
        "safety": ["5"],
        "one_change": "A proper running track around the big lawn",
        "proposal": "A running track around the big lawn",
    },
    "Cat": {
        "visit_frequency": ["Most days"],
        "uses": ["Walking", "Walking the dog", "Sitting and relaxing", "Done"],
        "safety": ["4"],
        "one_change": "A fenced area where dogs can run freely",
        "proposal": "A fenced dog run near the north gate",
        "feedback": "Short and clear, I liked it",
    },
    "Dan": {
        "visit_frequency": ["Once or twice a week"],
        "uses": ["Children's play", "Done"],
        "safety": ["3"],
        "one_change": "The paths are awful, dirty and terrible",  # negative: make_better
    },
    "Eve": {
        "visit_frequency": ["Rarely or never"],
        "uses": ["Events and markets", "Done"],
        "safety": ["1"],
        "unsafe_why": "Groups of people drinking by the gate in the evening frighten me",
        "one_change": "Monthly markets and concerts on the lawn",
        "proposal": "A monthly market on the big lawn",
    },
    "Fay": {
        "visit_frequency": ["Most days"],
        "uses": ["Walking", "Sport and exercise", "Sitting and relaxing", "Done"],
        "safety": ["4"],
        "one_change": "The toilets are filthy, broken and disgusting",
        "make_better": "Clean toilets that are open all day",
    },
    "Gus": {
        "visit_frequency": ["Once or twice a week"],
        "uses": ["Walking", "Done"],
        "safety": ["5"],
        "one_change": "More trees and flowers near the pond",
        "feedback": "Too many questions for my taste, honestly",
    },
}

MULTIPLE = (
    "Each could pick more than one: the shares are of the members who answered, so they may "
    "add up to more than 100%."
)
runner = CliRunner()


def codesign(world, *args: str):  # type: ignore[no-untyped-def]
    env = {"DATABASE_URL": world.db.url, "TELEGRAM_BOT_TOKEN": ""}
    return runner.invoke(app, list(args), env=env)


def step_of(world, person) -> str | None:
    member_id = world.rows_member_id(person)
    [row] = world.rows(DialogStateRow, DialogStateRow.member_id == member_id)
    return row.step_id


def play(world, person, plan: dict) -> None:
    """Answer whatever the flow asks, by the plan, until the member has finished."""
    for _ in range(20):
        step = step_of(world, person)
        if step is None:
            return
        if step == "vote":
            if any("Agree" in m.button_texts for m in person.messages):
                person.taps("Agree")
            person.taps("Continue")
            continue
        said = plan.get(step, SKIP)
        if isinstance(said, list):
            for label in said:
                person.taps(label)
        else:
            person.says(said)
    raise AssertionError(f"{person.name} never finished")


def played(world, organiser) -> str:
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    for n, (name, plan) in enumerate(PLANS.items()):
        person = world.person(2001 + n, name)
        join(person, code)
        play(world, person, plan)
        world.clock.advance(minutes=3)  # each a little later: newest first is testable
    world.clock.advance(hours=2)  # the follow-up after Ann's painful answer
    world.tick()
    ann = world.people[2001]
    follow_up = next(m for m in reversed(ann.messages) if "Earlier you told us" in m.text)
    ann.replies(follow_up, "Brighter lamps and a warden in the evening")
    [hidden] = world.rows(Proposal, Proposal.text == "A running track around the big lawn")
    organiser.says(f"/hide {code} {hidden.number} not about the park's design")
    return code


def stored(world, code: str):
    """The session, its flow as kept, and every current answer by step (oldest first)."""
    [cosession] = world.rows(CoSession, CoSession.join_code == code)
    with world.db.session() as db:
        flow = world.services.flows.of_session(db, cosession)
    rows = sorted(
        world.rows(Answer, col(Answer.superseded).is_(False), Answer.session_id == cosession.id),
        key=lambda a: a.id,
    )
    return cosession, flow, rows


def share(n: int, total: int) -> str:
    return f"{n} of {total}, {n / total:.0%}" if total else f"{n} of {total}"


def expected(world, code: str) -> dict[str, dict]:
    """What each question's results must say, worked out from the stored answers."""
    cosession, flow, rows = stored(world, code)
    alias = {m: pseudonym(cosession.pseudonym_salt, m) for m in {a.member_id for a in rows}}
    found = {}
    for step in flow.steps:
        if step.kind in ("message", "vote"):
            continue
        own = [a for a in rows if a.step_id == step.id]
        given = [a for a in own if a.value is not None]
        lines = [f"{len(given)} answered" + (f", {len(own) - len(given)} skipped" if len(
            own) > len(given) else "")]  # fmt: skip
        if isinstance(step, ChoiceStep):
            picks = [v for a in given for v in (a.value if step.multiple else [a.value])]
            lines += [f"• {o.label}: {share(picks.count(o.id), len(given))}" for o in step.options]
            if step.multiple:
                lines.append(MULTIPLE)
        if isinstance(step, ScaleStep):
            points = [a.value for a in given]
            ends = {step.min: step.min_label, step.max: step.max_label}
            for n in range(step.min, step.max + 1):
                label = f"{n} ({ends[n]})" if n in ends else str(n)
                lines.append(f"• {label}: {share(points.count(n), len(given))}")
            mean, median = statistics.fmean(points), statistics.median(points)
            lines.append(f"Mean {mean:.1f}, median {median:g}.")
        side = [a for a in rows if a.step_id.startswith(f"{step.id}:")]
        words = [] if isinstance(step, ChoiceStep | ScaleStep) else given
        quotes = sorted([*words, *side], key=lambda a: (a.created_at, a.id), reverse=True)
        found[step.id] = {
            "prompt": step.prompt.strip(),
            "label": step.short_label,
            "answered": len(given),
            "lines": lines,
            "quotes": [(alias[a.member_id], a.text) for a in quotes],
            "multiple": isinstance(step, ChoiceStep) and step.multiple,
        }
    return found


def in_order(text: str, parts: list[str]) -> bool:
    at = [text.find(p) for p in parts]
    return all(i >= 0 for i in at) and at == sorted(at)


def test_every_kind_of_question_in_chat_in_codesign_stats_and_in_the_report(
    world, organiser, tmp_path
) -> None:
    code = played(world, organiser)
    want = expected(world, code)
    assert list(want) == [  # the flow's order; the message and the vote step ask nothing
        "visit_frequency", "why_not", "uses", "safety", "unsafe_why", "one_change",
        "make_better", "proposal", "feedback",
    ]  # fmt: skip
    assert want["visit_frequency"]["lines"][1:] == [
        "• Most days: 3 of 7, 43%",
        "• Once or twice a week: 2 of 7, 29%",
        "• A few times a month: 0 of 7, 0%",
        "• Rarely or never: 2 of 7, 29%",
    ]
    assert want["safety"]["lines"][-1] == "Mean 3.4, median 4."
    assert want["feedback"]["lines"][0] == "3 answered, 4 skipped"
    assert ("Brighter lamps and a warden in the evening") in dict(
        (t, m) for m, t in want["unsafe_why"]["quotes"]
    )
    cli = codesign(world, "stats", code)
    assert cli.exit_code == 0, cli.output
    report = tmp_path / "report.html"
    assert codesign(world, "report", code, "--output", str(report)).exit_code == 0
    page = html.unescape(re.sub(r"<[^>]+>", "|", report.read_text(encoding="utf-8")))
    results = re.sub(r"\|+", "|", page).split("|What members answered|")[-1]
    results = results.split("|What members wrote about|")[0]  # the section, not the contents
    for step_id, q in want.items():
        [chat] = organiser.says(f"/answers {code} {step_id}")
        words = [f"“{text}”" for _, text in q["quotes"]]
        for said in (chat.text, cli.stdout):
            said = said[said.index(q["prompt"]) :]  # this question's part
            tally = said[len(q["prompt"]) :].lstrip("\n")
            assert tally.startswith("\n".join(q["lines"])), (step_id, said)
            assert in_order(said, words), (step_id, "newest first")
            for author, _ in q["quotes"]:
                assert author in said
        part = results[results.index(f"|{q['prompt']}|") :]  # this question's part
        for line in q["lines"]:
            if line.startswith("• "):
                label, shared = line[2:].rsplit(": ", 1)
                assert f"|{label}| |{shared}|" in part, line
            else:  # "7 answered, 1 skipped", "mean 3.4, median 4": the same numbers
                mean = re.match(r"Mean ([\d.]+), median (\d+(?:\.\d+)?)", line)
                if mean:
                    assert f"Average {mean[1]}, middle answer {mean[2]}." in part, line
                elif line.startswith("Each could pick more than one"):
                    assert "Each could choose more than one" in part, line
                else:  # "7 answered, 1 skipped"
                    assert f"|{line}|" in part, (line, part[:200])
        hidden = "A running track around the big lawn"
        bare = [text for _, text in q["quotes"] if text != hidden][:QUOTES]  # the report's first
        assert in_order(part, bare), step_id
        assert (MULTIPLE in chat.text) == q["multiple"]
    exported = json.loads(codesign(world, "export", code, "--format", "json").stdout)
    # each member agreed with the first card their vote order showed them (issue 21)
    voted = [p for p in exported["proposals"] if p["agree"]]
    assert sum(p["agree"] for p in voted) == 6
    assert all(p["agree_share"] == 1.0 for p in voted), "raw, not (n + 1) / (n + 2)"
    assert "agreement" not in exported["proposals"][0]
    [proposals] = organiser.says(f"/answers {code} proposal")
    assert "“A running track around the big lawn”" in proposals.text
    assert "a proposal the organisers hid" in proposals.text
    assert "A running track" not in results, "a hidden proposal is left out of the report"


def test_the_questions_as_buttons_for_the_team_only(world, organiser) -> None:
    code = played(world, organiser)
    want = expected(world, code)
    cora = coordinator(world, organiser, code)
    [which] = cora.says(f"/answers {code}")
    assert which.text == "Which question of “Elm Park”? The results of each, in the flow's order:"
    assert which.button_texts == [f"{q['label']} ({q['answered']})" for q in want.values()]
    [typed] = cora.says(f"/answers {code} safety")
    [tapped] = cora.taps("How safe the park feels (7)", which)
    assert tapped.text == typed.text and "Mean 3.4, median 4." in tapped.text
    ann = world.people[2001]
    data = which.data_of("How safe the park feels (7)")
    assert data is not None
    ann.taps_data(data)  # a member with the data, forged onto her own chat: refused
    assert "Mean" not in ann.last_reply().text
    organiser.says(f"/team {code} remove {COORDINATOR_ID}")
    assert cora.taps("How safe the park feels (7)", which) == []  # no longer on its team
    assert cora.toasts[-1] == "Sorry, only organisers and coordinators can use this button."


def test_stats_say_each_question_briefly(world, organiser) -> None:
    code = played(world, organiser)
    [*parts] = organiser.says(f"/stats {code}")
    text = "\n".join(p.text for p in parts if p.kind == "reply")
    for line in (
        f"Results per question (/answers {code} for each in full)",
        "• How often you visit: 7 answered; most chose Most days (3 of 7, 43%)",
        "• What you use the park for: 7 answered; most chose Walking (4 of 7, 57%)",
        "• How safe the park feels: 7 answered; mean 3.4, median 4",
        "• Your feedback: 3 answered, 4 skipped",
    ):
        assert line in text, line
