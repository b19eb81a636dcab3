"""Issue 19: a session in several languages. Each member reads theirs (Telegram's when the
session offers it, else the session's first), changes it with /language, and their answers
land under the same questions; proposals are read in the reader's language once the team
translated them, and their votes count together."""

from __future__ import annotations

import json

from sqlmodel import col

from storage.models import Answer, CoSession, Member, Proposal, ProposalTranslation, Vote
from tests.usecases.conftest import join_session as join
from usecases.actions import LanguageButton
from usecases.language_choice import choose_language

COORDINATOR_ID = 3001


def bilingual(organiser, languages: str = "en,es") -> str:
    [created] = organiser.says(f"/newsession Elm Park --flow park_redesign --languages {languages}")
    names = {"en": "English", "es": "Spanish"}
    assert "Languages: " + ", ".join(names[c] for c in languages.split(",")) in created.text
    code = created.text.split("Join code: ")[1].split()[0]
    organiser.says(f"/open {code}")
    return code


def member_row(world, person) -> Member:
    [row] = world.rows(Member, Member.telegram_id == person.id)
    return row


def answers_of(world, person) -> dict[str, Answer]:
    mid = world.rows_member_id(person)
    rows = world.rows(Answer, Answer.member_id == mid, col(Answer.superseded).is_(False))
    return {a.step_id: a for a in rows}


def test_two_members_answer_the_same_questions_each_in_their_language(world, organiser):
    ana = world.member("Ana", language="es")
    ben = world.member("Ben", language="en")
    code = bilingual(organiser)
    said = "\n".join(m.text for m in join(ana, code))
    assert "¡Hola, y gracias por ayudar a dar forma a «Elm Park»!" in said
    assert "¿Con qué frecuencia vas al parque?" in said
    assert "Te escribiré en español. Para cambiarlo, envía /language (English)." in said
    assert ana.last_reply().button_texts[:2] == [
        "Casi todos los días",
        "Una o dos veces por semana",
    ]
    said = "\n".join(m.text for m in join(ben, code))
    assert "How often do you visit the park?" in said and "Con qué" not in said
    ana.taps("Casi nunca o nunca")
    assert "¿Qué te impide ir al parque más a menudo?" in ana.last_reply().text
    ben.taps("Rarely or never")
    ana.says("No hay luces por la noche")
    ben.says("There are no lights at night")
    for person, language in ((ana, "es"), (ben, "en")):
        got = answers_of(world, person)
        assert got["visit_frequency"].value == "rarely"  # one answer, whatever the words
        assert got["visit_frequency"].language == got["why_not"].language == language
    assert answers_of(world, ana)["visit_frequency"].text == "Casi nunca o nunca"

    organiser.says(f"/team {code} add {COORDINATOR_ID} coordinator")
    world.tick()
    cora = world.person(COORDINATOR_ID, "Cora")
    cora.says(f"/export {code} json")
    world.tick()
    doc = json.loads(cora.messages[-1].document.data.decode("utf-8"))
    assert doc["session"]["languages"] == ["en", "es"]
    assert doc["flow"]["steps"][1]["prompt"] == "How often do you visit the park?"
    by_step = doc["answers"]
    assert sorted(a["value"] for a in by_step["visit_frequency"]) == ["rarely", "rarely"]
    assert {a["text"]: a["language"] for a in by_step["why_not"]} == {
        "No hay luces por la noche": "es",
        "There are no lights at night": "en",
    }
    cora.says(f"/export {code} csv")
    world.tick()
    rows = cora.messages[-1].document.data.decode("utf-8-sig").splitlines()
    why_not = [row for row in rows if ",why_not," in row and ",in," in row]
    assert len(why_not) == 2, why_not


def test_a_language_the_session_does_not_offer_reads_its_first(world, organiser):
    piotr = world.member("Piotr", language="pl")
    code = bilingual(organiser, "es,en")
    said = "\n".join(m.text for m in join(piotr, code))
    assert "¿Con qué frecuencia vas al parque?" in said  # es: the session's first
    assert "Para cambiarlo, envía /language (English)" in said  # in the session's first


def test_one_language_session_says_nothing_about_languages(world, organiser):
    ana = world.member("Ana", language="es")
    [created] = organiser.says("/newsession Elm Park --languages en")
    assert "Languages:" not in created.text
    code = created.text.split("Join code: ")[1].split()[0]
    organiser.says(f"/open {code}")
    said = "\n".join(m.text for m in join(ana, code))
    assert "How often do you visit the park?" in said and "/language" not in said
    [only] = ana.says("/language")
    assert only.text == "“Elm Park” is in English only."


def test_a_language_the_flow_lacks_is_refused_at_newsession(world, organiser):
    [refused] = organiser.says("/newsession Elm Park --languages en,de")
    assert refused.text == (
        "The flow park_redesign is not in de. Its languages: en, es, fr, pl, ar."
    )
    [bad] = organiser.says("/newsession Elm Park --languages English")
    assert bad.text.startswith("Write languages as codes with commas between them")
    assert world.rows(CoSession) == []


def test_language_changes_it_and_asks_the_waiting_question_again(world, organiser):
    ben = world.member("Ben", language="en")
    code = bilingual(organiser)
    join(ben, code)
    [menu] = ben.says("/language")
    assert menu.text == "I write to you in English in “Elm Park”. Which language would you like?"
    assert menu.button_texts == ["✅ English", "Español"]
    after = ben.taps("Español", menu)
    assert ben.message(menu.message_id).text == "✅ A partir de ahora te escribiré en español."
    assert "¿Con qué frecuencia vas al parque?" in after[-1].text
    assert after[-1].button_texts[0] == "Casi todos los días"
    assert member_row(world, ben).language == "es"
    ben.taps("Casi todos los días")
    assert answers_of(world, ben)["visit_frequency"].language == "es"
    typed = ben.says("/language EN")
    assert typed[0].text.startswith("✅ From now on I'll write to you in English.")
    assert "What do you (or would you) use the park for?" in typed[-1].text
    [nope] = ben.says("/language de")
    assert nope.text == ("“Elm Park” is not in “de”. Its languages: English (en), español (es).")
    assert member_row(world, ben).language == "en"


def test_a_forged_language_changes_nothing(world, organiser):
    ben = world.member("Ben", language="en")
    code = bilingual(organiser)
    join(ben, code)
    [cosession] = world.rows(CoSession, CoSession.join_code == code)
    [menu] = ben.says("/language")
    forged = menu.data_of("Español").replace("es", "pl")
    ben.taps_data(forged, menu)  # not the data the message carries: refused at the door
    ben.does(choose_language, LanguageButton(cosession.id, "fr"))  # the flow has it; not offered
    ben.does(choose_language, LanguageButton(cosession.id + 1, "es"))  # not their session
    assert member_row(world, ben).language == "en"
    assert ben.last_reply().text == "That button is no longer valid."
    assert "✅ From now on" not in "\n".join(m.text for m in ben.messages)


def test_without_a_session_language_says_to_join_first(world):
    ana = world.member("Ana", language="es")
    [said] = ana.says("/language")
    assert said.text.startswith("Tu idioma se elige entre los de tu sesión")


def test_translate_shows_a_proposal_in_the_readers_language_and_votes_pool(world, organiser):
    ana = world.member("Ana", language="es")
    ben = world.member("Ben", language="en")
    carol = world.member("Carol", language="en")
    code = bilingual(organiser)
    for person in (ana, ben, carol):
        join(person, code)
    ben.says("/propose Put lights along the path by the pond")
    [proposal] = world.rows(Proposal)
    assert proposal.language == "en"
    [card] = ana.says("/proposals")
    assert "“Put lights along the path by the pond”\n(escrita en inglés)" in card.text

    [done] = organiser.says(f"/translate {code} {proposal.number} es Poner luces en el camino")
    assert done.text.startswith(f"Proposal #{proposal.number} in Spanish: “Poner luces en el")
    [card] = ana.says("/proposals")
    assert "“Poner luces en el camino”\n(traducida del inglés por los organizadores)" in card.text
    assert "Put lights" not in card.text
    [card_en] = carol.says("/proposals")
    assert "“Put lights along the path by the pond”" in card_en.text
    assert "written in" not in card_en.text and "translated" not in card_en.text
    ana.taps("De acuerdo", card)
    carol.taps("Agree", card_en)
    votes = world.rows(Vote, Vote.proposal_id == proposal.id)
    assert [v.value for v in votes] == ["agree", "agree"]  # one proposal, both languages

    [again] = organiser.says(f"/translate {proposal.number} es Poner farolas en el camino")
    assert "(instead of “Poner luces en el camino”)" in again.text
    [row] = world.rows(ProposalTranslation)
    assert (row.language, row.text) == ("es", "Poner farolas en el camino")
    [audit] = organiser.says(f"/audit {code}")
    assert "translated" in audit.text


def test_translate_is_checked(world, organiser):
    ben = world.member("Ben", language="en")
    code = bilingual(organiser)
    join(ben, code)
    ben.says("/propose Put lights along the path by the pond")
    [usage] = organiser.says("/translate 1 es")
    assert usage.text.startswith("Usage: /translate [session code] <proposal number>")
    [other] = organiser.says(f"/translate {code} 1 fr Des lumières")
    assert other.text == "This session is not in “fr”. Its languages: English (en), Spanish (es)."
    [same] = organiser.says(f"/translate {code} 1 en Lights")
    assert same.text == "Proposal #1 is written in English already."
    [missing] = organiser.says(f"/translate {code} 7 es Luces")
    assert missing.text == "There is no proposal #7."
    [member] = ben.says(f"/translate {code} 1 es Luces")
    assert "organiser" in member.text
    assert world.rows(ProposalTranslation) == []
