"""Issue 19: a member whose Telegram app speaks Spanish (and likewise French, Polish, Arabic)
hears the bot in that language from the first word to the last: joining, consent, the
flow's hints and buttons, a proposal, votes, a poll and its result, a reminder, a broadcast,
/mydata. What is not the bot's own words is left out of the check: the flow's texts (a flow
file carries its own languages), and what people wrote (the session's title, proposals, the
poll)."""

from __future__ import annotations

import re
from functools import cache

import pytest
import yaml

import texts.members
import texts.organisers
import texts.polls
import texts.proposals
from dialogs import texts as engine_texts
from dialogs.loader import default_flows_dir
from tests.usecases.conftest import Msg, Person, close_session, open_session
from texts.i18n import LOCALES, speaking
from texts.to_ftl import MODULES

WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
PEOPLE_WROTE = (
    "Elm Park Put benches under the old trees Should the café open on Sundays Yes No "
    "Meeting on Friday at the hall Poner bancos bajo los árboles viejos s’il vous plaît"
)


def words(text: str) -> set[str]:
    return {w.casefold() for w in WORD.findall(text)}


def _catalogue_words(lang: str) -> set[str]:
    found: set[str] = set()
    for module in MODULES:
        path = LOCALES / lang / f"{module}.ftl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if "=" in line and not line.startswith((" ", "#")):
                line = line.split("=", 1)[1]  # the words, not the message's id
            found |= words(re.sub(r"\{[^}]*\}", " ", line))
    return found


def _strings(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for value in node.values() for s in _strings(value)]
    if isinstance(node, list):
        return [s for value in node for s in _strings(value)]
    return []


@cache
def english_only(lang: str = "es") -> frozenset[str]:
    """Words of the English catalogue that are not also words of `lang`'s, nor what the
    people in the test wrote."""
    return frozenset(_catalogue_words("en") - _catalogue_words(lang) - words(PEOPLE_WROTE))


@cache
def flow_texts() -> tuple[str, ...]:
    """The shipped flow's own texts as members read them, longest first."""
    flow = yaml.safe_load((default_flows_dir() / "park_redesign.yaml").read_text())
    names = {"{session}": "Elm Park", "{community}": "Elm Park", "{organiser}": "Olivia"}
    found = set()
    for text in _strings(flow):
        for placeholder, value in names.items():
            text = text.replace(placeholder, value)
        found.add(" ".join(text.split()))
    return tuple(sorted(found, key=len, reverse=True))


def bots_own(text: str) -> str:
    """The text without the flow's own texts in it."""
    text = " ".join(text.split())
    for own in flow_texts():
        text = re.sub(rf"(?<!\w){re.escape(own)}(?!\w)", " ", text)
    return text


def english_in(person: Person, lang: str = "es") -> list[tuple[str, list[str]]]:
    """Each message, button or notice the person got with English-only words in the bot's
    own words (the flow's texts left out)."""
    seen: list[str] = []
    for message in person.messages:
        seen += [message.text, *message.edits, *message.button_texts]
    seen += person.toasts
    found = [(text, sorted(words(bots_own(text)) & english_only(lang))) for text in seen]
    return [(text, english) for text, english in found if english]


# the shipped flow's own words for the options tapped, per language (it is in all five)
MOST_DAYS = {"es": "Casi todos los días", "fr": "Presque tous les jours",
             "pl": "Prawie codziennie", "ar": "معظم الأيام"}  # fmt: skip
WALKING = {"es": "Pasear", "fr": "Me promener", "pl": "Spacery", "ar": "المشي"}


def answer_the_flow(sofia: Person) -> None:
    sofia.taps(MOST_DAYS["es"])
    sofia.taps(WALKING["es"])
    sofia.taps("Listo")
    sofia.taps("4")
    sofia.says("Más bancos y sombra cerca del estanque")
    sofia.says("Poner bancos bajo los árboles viejos")
    sofia.taps("Continuar")
    sofia.says("Muy bien, gracias")


def test_a_member_whose_telegram_speaks_spanish_hears_no_english(world, organiser) -> None:
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    bob = world.member("Bob")
    bob.says(f"/start {code}")
    bob.taps("I agree")
    bob.says("/propose Put benches under the old trees")

    sofia = world.member("Sofía", language="es")
    [consent] = sofia.says(f"/start {code}")
    assert "¿Aceptas participar?" in consent.text
    sofia.taps("Acepto")
    sofia.says("/help")
    world.clock.advance(hours=25)  # the flow's reminder falls due (nudge_after 24h)
    assert world.tick() >= 1
    assert any("Un recordatorio amable" in m.text for m in sofia.messages)
    answer_the_flow(sofia)
    assert any("Aquí va la siguiente" in m.text or "De acuerdo" in m.button_texts
               for m in sofia.messages), "she saw the proposals to vote on"  # fmt: skip

    sofia.says("/propose Un huerto comunitario junto a la entrada")
    [card] = sofia.says("/proposals")
    if "De acuerdo" in card.button_texts:
        sofia.taps("De acuerdo", card)

    organiser.says(f"/poll {code} Should the café open on Sundays | Yes | No")
    world.tick()
    poll = next(m for m in sofia.messages if "Encuesta n.º 1" in m.text)
    assert "Elige una opción" in poll.text
    organiser.says(f"/nudge {code} 1")
    world.tick()
    assert any("aún no has votado" in m.text for m in sofia.messages)
    sofia.taps("Yes", poll)
    organiser.says(f"/closepoll {code} 1")
    world.tick()
    assert "cerró el" in sofia.message(poll.message_id).text

    [_, message] = organiser.says(f"/broadcast {code} Meeting on Friday at the hall")
    organiser.taps("Send to 2", message)
    world.tick()
    assert any(m.text.startswith("📣 De los organizadores de “Elm Park”") for m in sofia.messages)
    assert any(m.text.startswith("📣 From the organisers of “Elm Park”") for m in bob.messages)

    sofia.says("/mydata")
    world.tick()
    assert sofia.last_reply().caption.startswith("Todo lo que el bot guarda sobre ti")
    sofia.says("/pause")
    sofia.says("/resume")

    found = english_in(sofia)
    assert found == [], [(bots_own(text)[:300], english) for text, english in found]


@pytest.mark.parametrize("lang", ["fr", "pl", "ar"])
def test_each_shipped_language_is_spoken_all_the_way(world, organiser, lang: str) -> None:
    """The same walk in French, Polish and Arabic, its buttons read from the catalogues."""
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    bob = world.member("Bob")
    bob.says(f"/start {code}")
    bob.taps("I agree")
    bob.says("/propose Put benches under the old trees")
    with speaking(lang):
        yes, done, go_on = texts.members.CONSENT_YES, engine_texts.DONE, engine_texts.CONTINUE
        agree = texts.proposals.VOTE_LABELS["agree"]
        reminder = engine_texts.REMINDER_TEXT.format(title="Elm Park")
        header = texts.polls.POLL_HEADER.format(id=1, title="Elm Park")
        broadcast = texts.organisers.BROADCAST_MESSAGE.format(title="Elm Park", text="")
    member = world.member("Member", language=lang)
    [consent] = member.says(f"/start {code}")
    assert consent.button_texts[0] == yes
    member.taps(yes)
    member.says("/help")
    world.clock.advance(hours=25)
    world.tick()
    assert any(m.text.startswith(reminder) for m in member.messages)
    member.taps(MOST_DAYS[lang])
    member.taps(WALKING[lang])
    member.taps(done)
    member.taps("4")
    member.says("Plus de bancs près de l’étang, s’il vous plaît")
    member.says("Des bancs sous les vieux arbres du parc")
    member.taps(go_on)
    member.says("Merci beaucoup")
    [card] = member.says("/proposals")
    if agree in card.button_texts:
        member.taps(agree, card)
    organiser.says(f"/poll {code} Should the café open on Sundays | Yes | No")
    world.tick()
    poll = next(m for m in member.messages if m.text.startswith(header))
    organiser.says(f"/nudge {code} 1")
    world.tick()
    member.taps("Yes", poll)
    organiser.says(f"/closepoll {code} 1")
    world.tick()
    [_, message] = organiser.says(f"/broadcast {code} Meeting on Friday at the hall")
    organiser.taps("Send to 2", message)
    world.tick()
    assert any(m.text.startswith(broadcast.split("\n")[0]) for m in member.messages)
    member.says("/mydata")
    world.tick()
    member.says("/pause")
    member.says("/resume")

    found = english_in(member, lang)
    assert found == [], [(bots_own(text)[:300], english) for text, english in found]


def test_the_check_finds_an_english_word(world) -> None:
    sofia = world.member("Sofía", language="es")
    sofia.messages.append(Msg(sofia.id, 1, "Gracias. Nothing was erased.", []))
    [(text, found)] = english_in(sofia)
    assert text == "Gracias. Nothing was erased." and "erased" in found


def test_someone_is_written_to_in_their_own_language(world, organiser) -> None:
    """What a use case writes for someone else is in that person's language, not the
    actor's: an English organiser's poll, a hidden proposal's notice, a place on a team and a
    session's closing reach a Polish, an Arabic and a French member in theirs."""
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    people = {lang: world.member(f"Member {lang}", language=lang) for lang in ("pl", "ar", "fr")}
    for person in people.values():
        person.says(f"/start {code}")
        person.taps(person.messages[-1].button_texts[0])
    organiser.says(f"/poll {code} Should the café open on Sundays | Yes | No")
    world.tick()
    headers = {lang: p.messages[-1].text.split("\n")[0] for lang, p in people.items()}
    assert headers["pl"].startswith("📊 Ankieta nr 1")
    assert headers["fr"].startswith("📊 Sondage n° 1")
    assert "استطلاع" in headers["ar"]

    people["pl"].says("/propose Ławki pod starymi drzewami w parku")
    organiser.says(f"/hide {code} 1")
    organiser.says(f"/team {code} add {people['fr'].id} coordinator")
    world.tick()
    assert "Organizatorzy „Elm Park” ukryli Twoją propozycję" in people["pl"].last_reply().text
    assert "bez podanego powodu" in people["pl"].last_reply().text
    assert "vous a nommé coordinateur de « Elm Park »" in people["fr"].last_reply().text
    close_session(organiser, code)
    world.tick()
    assert people["ar"].last_reply().text.startswith("انتهت")
