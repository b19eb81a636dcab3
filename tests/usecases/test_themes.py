"""Issue 17, themes in the words: /themes <code> [step] groups what members wrote, for the
session's organisers and coordinators only, with sizes, feelings and quotes under
pseudonyms (never names)."""

from __future__ import annotations

import html
import json
import re

from typer.testing import CliRunner

from bot.cli import app
from reports.pseudonyms import pseudonym
from storage.models import AuditEntry, CoSession
from tests.core.test_themes import BINS, DOGS, LIGHT
from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session
from tests.usecases.test_exports import coordinator

GUS = 1201
runner = CliRunner()
WRITTEN = [*LIGHT[:8], *BINS[:8], *DOGS[:8]]


def answered(world, organiser, texts: list[str], title: str = "Market Square") -> str:
    """A session of the engagement_check flow where each member answered "why" with one of
    `texts` (several words each, so no elaboration is asked for)."""
    code = open_session(organiser, title, flow="engagement_check")
    for n, text in enumerate(texts):
        member = world.person(5000 + n, f"Neighbour Name{n}", username=f"neighbour{n}")
        join(member, code)
        member.taps("Often")
        member.says(text + " honestly")
    return code


def test_themes_of_one_question_with_sizes_feelings_and_pseudonyms(world, organiser) -> None:
    code = answered(world, organiser, WRITTEN)
    cora = coordinator(world, organiser, code)
    [read] = cora.says(f"/themes {code} why")
    text = read.text
    assert text.startswith("🧩 Themes in the answers to “why” in “Market Square” (24)")
    numbered = re.findall(r"^(\d)\. (.+) · (\d+) of 24 · (.+)$", text, re.MULTILINE)
    assert [n for n, *_ in numbered] == ["1", "2", "3"]
    assert sorted(int(size) for _, _, size, _ in numbered) == [8, 8, 8]
    labels = " | ".join(label for _, label, _, _ in numbered)
    assert "dog" in labels and ("lamp" in labels or "lights" in labels), labels
    feelings = {feeling.split(" (")[0] for *_, feeling in numbered}
    assert feelings <= {"on the whole negative", "mixed or neutral", "on the whole positive"}
    [cosession] = world.rows(CoSession, CoSession.join_code == code)
    quotes = re.findall(r"^   “(.+)” \((m-[a-z0-9]{8})\)$", text, re.MULTILINE)
    assert 6 <= len(quotes) <= 9
    aliases = {pseudonym(cosession.pseudonym_salt, world.rows_member_id(world.person(5000 + n,
               f"Neighbour Name{n}"))): n for n in range(24)}  # fmt: skip
    for quoted, alias in quotes:
        assert quoted == WRITTEN[aliases[alias]] + " honestly", "a quote is its author's"
    assert "Neighbour" not in text and "@neighbour" not in text and "5000" not in text
    assert text.endswith("Read the quotes before you repeat a theme's name.")
    audit = world.rows(AuditEntry, AuditEntry.session_id == cosession.id)
    assert any(a.action == "read_themes_step" and a.detail["step"] == "why" for a in audit)


def test_themes_of_the_whole_session_take_feedback_too(world, organiser) -> None:
    code = answered(world, organiser, WRITTEN[:18])
    [few] = organiser.says(f"/themes {code}")
    assert few.text == (
        "Members of “Market Square” have written 18 answers so far: too few to group into "
        "themes (it takes 20)."
    )
    helper = world.person(6001, "Late")
    join(helper, code)
    helper.says(f"/feedback {LIGHT[9]} at all")
    helper.says(f"/feedback {DOGS[9]} every day")
    [read] = organiser.says(f"/themes {code}")
    assert read.text.startswith("🧩 Themes in what members of “Market Square” wrote: 20 ")
    [one] = organiser.says(f"/themes {code} why")
    assert one.text.startswith("“why” in “Market Square” has 18 written answers so far")


def test_a_member_and_another_sessions_organiser_get_the_replies_other_readings_give(
    world, organiser, alice
) -> None:
    code = answered(world, organiser, WRITTEN)
    join(alice, code)
    gus = world.person(GUS, "Gus")
    organiser.says(f"/grant {GUS} organiser")
    gus.says("/newsession Gus street")
    for person in (alice, gus):
        [themes] = person.says(f"/themes {code} why")
        [answers] = person.says(f"/answers {code} why")
        assert themes.text == answers.text.replace("/answers", "/themes")
        assert "Neighbour" not in themes.text and "honestly" not in themes.text
    [gus_reply] = gus.says(f"/themes {code}")
    assert gus_reply.text.startswith(f"There is no session “{code}” among yours.")


def test_bad_steps_and_pages_are_answered_and_a_bare_command_offers_sessions(
    world, organiser
) -> None:
    code = answered(world, organiser, WRITTEN)
    [wrong] = organiser.says(f"/themes {code} nowhere")
    assert wrong.text == "“Market Square” has no step “nowhere”. Its steps: visits, why, idea, last"
    [vote_step] = organiser.says(f"/themes {code} why 1 2")
    assert vote_step.text == "Usage: /themes <session code> [step id] [page]"
    [page] = organiser.says(f"/themes {code} why 1")
    assert page.text.startswith("🧩 Themes in the answers to “why”")
    [none] = organiser.says(f"/themes {code} 7")
    assert none.text == "There is no page 7: “Market Square” has 1."
    [ask] = organiser.says("/themes")
    assert ask.button_texts == [f"Market Square ({code})"]
    [picked] = organiser.taps(f"Market Square ({code})", ask)
    assert picked.text.startswith("🧩 Themes in what members of “Market Square” wrote: 24 ")


def test_the_json_export_carries_the_themes_of_the_session_and_of_each_step(
    world, organiser
) -> None:
    code = answered(world, organiser, WRITTEN)
    organiser.says(f"/export {code} json")
    assert world.tick() == 1
    data = organiser.messages[-1].document.data.decode("utf-8")
    doc = json.loads(data)
    themes = doc["themes"]
    assert set(themes) == {"session", "steps"} and list(themes["steps"]) == ["why"]
    for found in (themes["session"], themes["steps"]["why"]):
        assert (found["answers"], found["too_few"], found["unsorted"]) == (24, False, 0)
        assert sorted(t["size"] for t in found["themes"]) == [8, 8, 8]
        for theme in found["themes"]:
            assert theme["label"] == ", ".join(theme["words"])
            assert all(re.fullmatch(r"m-[a-z0-9]{8}", q["member"]) for q in theme["quotes"])
            assert all(q["text"].endswith(" honestly") for q in theme["quotes"])
    assert "Neighbour" not in data and "@neighbour" not in data


def test_the_report_has_a_section_of_themes_with_quotes(world, organiser, tmp_path) -> None:
    code = answered(world, organiser, WRITTEN)
    target = tmp_path / "report.html"
    result = runner.invoke(
        app, ["report", code, "--output", str(target)],
        env={"DATABASE_URL": world.db.url, "TELEGRAM_BOT_TOKEN": ""},
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    page = target.read_text(encoding="utf-8")
    words = html.unescape(" ".join(re.sub(r"<[^>]+>", " ", page.split("<body>")[1]).split()))
    section = words.split("What members wrote about")[-1].split("Proposals")[0]
    assert section.count("8 of 24 answers") == 3, section
    assert re.search(r"the street lamps are broken honestly m-[a-z0-9]{8}", section)
    assert "Neighbour" not in page
