"""Issue 17: a pseudonymised export holds no member's name, username or Telegram id,
anywhere: not in the conversation (the bot's reply to an organiser's /results used to carry
the names of who chose what), not in the bot's quotes of members' words, not in members'
own words (decision 0030), not in what the team wrote (a poll, a broadcast, a reason to
hide), in every format and every file of the spreadsheets' zip.

The names are planted everywhere a name can travel: Telegram display names (first and
last) and usernames; the Telegram id of a member a command added to the team; a
co-organiser who also joined as a member; /results and a closed poll's results to the
organisers (with names); a poll, a broadcast, a hiding reason and an outcome naming
members; members
naming one another (whole names, a first name, a surname, in capitals, in lower case, an
@username) in answers, follow-ups, elaborations, proposals and feedback, which the bot
then quotes back (follow-ups, proposal cards, the summary, a hidden proposal's notice)."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session

PEOPLE = {  # Telegram id: (display name, username)
    5550001234: ("Maria Okonkwo", "maria_ok"),
    5550002345: ("Tomás Delacroix", "tomas_dlx"),
    5550003456: ("Aiyana Whitehorse", "aiyana_w"),
}


def needles(text: str) -> list[str]:
    """Every planted name, username or id found in `text` (a Markdown escape undone): a
    whole name, a username or an id in any case, a word of a name as names are written."""
    text = text.replace("\\", "")
    found = []
    for telegram_id, (name, username) in PEOPLE.items():
        for needle in (name, username, str(telegram_id)):
            if needle.casefold() in text.casefold():
                found.append(needle)
        for word in name.split():
            for form in (word, word.upper()):
                if re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                    found.append(form)
    return found


def planted(world, organiser) -> str:
    maria, tomas, aiyana = (
        world.person(i, name, username) for i, (name, username) in PEOPLE.items()
    )
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    organiser.says(f"/team {code} add 5550003456 organiser")  # her id, in a staff command
    world.tick()
    join(maria, code)
    maria.taps("Most days")
    maria.taps("Walking")
    maria.taps("Done")
    maria.taps("1")
    maria.says("It is dark and scary at night, Tomás was robbed there last winter")
    maria.says("More lights near the gate where @tomas_dlx lives, it is awful and dangerous")
    maria.says("/skip")
    maria.says("Ask Aiyana Whitehorse to run a café in the old kiosk")
    maria.taps("Continue")
    maria.says("Thanks! My Telegram id is 5550001234 if you need me, Maria")
    join(tomas, code)
    tomas.taps("Once or twice a week")
    tomas.taps("Sitting and relaxing")
    tomas.taps("Done")
    tomas.taps("5")
    tomas.says("Maria")  # one word: asked for more, quoting it
    tomas.says("MARIA OKONKWO knows the park best of all of us")
    tomas.says("Benches like the ones maria okonkwo and DELACROIX suggested")
    tomas.taps("Agree")
    tomas.taps("Continue")
    tomas.says("Good questions, said Okonkwo and Whitehorse")
    join(aiyana, code)  # the co-organiser is a member too
    aiyana.taps("Rarely or never")
    aiyana.says(f"/poll {code} Should Maria Okonkwo lead the work party? | Yes | No")
    world.tick()
    maria.taps("Yes", _poll(maria))
    tomas.taps("No", _poll(tomas))
    aiyana.says("/results 1")  # names of who chose what, to the team
    organiser.says("/closepoll 1")  # the organisers get the names again
    *_, preview = organiser.says(f"/broadcast {code} Thank you Tomás and Maria for the ideas!")
    organiser.taps(preview.button_texts[0], preview)
    organiser.says("/hide 2 it names Maria Okonkwo")
    organiser.says(f"/outcome {code} 1 adopted Maria Okonkwo and @tomas_dlx will run it")
    world.tick()
    world.clock.advance(hours=3)
    world.tick()  # the follow-up to Maria's painful answer, quoting it
    maria.replies(maria.messages[-1], "Yes, Tomás Delacroix saw it too")
    return code


def _poll(person):
    return next(m for m in reversed(person.messages) if m.text.startswith("📊 Poll"))


def exported(world, organiser, code: str, fmt: str, names: str = "") -> dict[str, str]:
    """Each file of the export, as text."""
    organiser.says(f"/export {code} {fmt}{names}")
    assert world.tick() == 1
    data = organiser.messages[-1].document.data
    if fmt != "sheets":
        return {fmt: data.decode("utf-8-sig")}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name).decode("utf-8-sig") for name in archive.namelist()}


@pytest.fixture
def session(world, organiser) -> str:
    return planted(world, organiser)


def test_the_names_travelled(world, organiser, session) -> None:
    """The names are there to find: with --names, and in what the bot stored."""
    named = exported(world, organiser, session, "json", " --names")["json"]
    assert {"Maria Okonkwo", "Tomás Delacroix", "maria_ok", "Aiyana"} <= set(needles(named))
    from storage.models import TranscriptMessage

    stored = "\n".join(r.text for r in world.rows(TranscriptMessage))
    for leak in ("voter", "5550003456", "You wrote “Maria”", "Thank you Tomás and Maria"):
        assert leak in stored


@pytest.mark.parametrize("fmt", ["csv", "json", "md", "sheets"])
def test_no_name_username_or_id_in_a_pseudonymised_export(world, organiser, session, fmt):
    for name, text in exported(world, organiser, session, fmt).items():
        assert needles(text) == [], f"{fmt}: {name}"


def test_members_words_keep_their_meaning(world, organiser, session) -> None:
    """A name becomes the pseudonym of the member it names, in the words around it."""
    text = exported(world, organiser, session, "csv")["csv"]
    assert re.search(r"Ask m-[a-z2-9]{8} to run a café in the old kiosk", text)
    assert re.search(r"where m-[a-z2-9]{8} lives", text), "an @username"
    assert re.search(
        r"Earlier you told us: “It is dark and scary at night, m-[a-z2-9]{8} was", text
    )


def test_the_report_names_only_the_team(world, organiser, session) -> None:
    """The report to share: members' names hidden in their words, proposals and outcomes
    as in the exports; the team is named, as staff (Aiyana joined the team too)."""
    organiser.says(f"/report {session} --moderated")
    assert world.tick() == 1
    page = organiser.messages[-1].document.data.decode("utf-8")
    assert "Aiyana Whitehorse" in page, "the team, by name"
    staff = {"Aiyana Whitehorse", "Aiyana", "AIYANA", "Whitehorse", "WHITEHORSE"}
    assert set(needles(page)) <= staff, needles(page)
