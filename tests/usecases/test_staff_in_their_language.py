"""Issue 19, part 6: a session's team reads the bot in their own language too. An organiser
and a coordinator whose Telegram speaks Spanish (Polish, Arabic) run a session of members
who write in that language: /newsession, /flows, /sessions, /poll (typed and the form),
/results, /nudge, /closepoll, /broadcast, /hide, /outcome, /translate, /stats, /answers,
/themes, /audit, /team, /report, /export in every format, and a flow file sent in chat
(with errors, with warnings, and one that loads), and never read an English word from the
bot: not in a reply, a button, a notice, a file's caption, the report, nor the headings of
a spreadsheet or a Markdown export (JSON keys stay English: a machine format). What is not
the bot's own words is left out: the flow's texts, what people wrote."""

from __future__ import annotations

import csv
import html
import io
import re
import zipfile
from functools import cache

import pytest
import yaml

import texts.members
import texts.proposals
from dialogs import texts as engine_texts
from dialogs.loader import default_flows_dir
from storage.models import CoSession
from tests.usecases.conftest import ORGANISER_ID, Msg, Person, World
from tests.usecases.test_speaking_their_language import MOST_DAYS, WALKING, words
from texts.i18n import speaking

COORDINATOR_ID = 3001

# Common English words the bot might leave in a message: none of them is a word of the
# language checked (those that are, such as "no" in Spanish or "to" in Polish, are left out
# for that language).
COMMON_ENGLISH = frozenset(
    """
    the and of to in is are was were be been it its this that these those with for from
    on at by as or not no yes you your we our they their them he she his her who what
    when where which why how all any some each every more most less many much one two
    three first last new old open closed close closes closing opens hour hours day days
    minute minutes week weeks month months year years today tomorrow yesterday now later
    ago since until before after between about above below under over into out up down
    here there then than also only just very too still again never always member members
    answer answers question questions proposal proposals poll polls vote votes voted
    voter voters session sessions report export file files total share people person
    group groups team organiser organisers coordinator coordinators message messages
    reminder reminders sent send read wrote written said says made make makes take took
    see seen show shows shown please thanks thank agree agreed disagree pass passed
    hidden withdrawn status state text theme themes language languages flow flows step
    steps line error errors warning warnings joined consented finished answering
    declined none nobody nothing average median mean count counts result results winner
    tie so far per cent percent monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november
    december morning evening night mood moods negative positive neutral unknown outcome
    outcomes adopted declined done progress invited link code option options multiple
    anonymous question created opened closed chosen choice chose skipped skip
    """.split()  # noqa: SIM905
)

# What the members (and the team) write, in each language: never the bot's words.
SAYS = {
    "es": {
        "answers": (
            "Más bancos y sombra cerca del estanque",
            "Luces en el camino del estanque, por la noche está oscuro",
            "Un parque infantil más seguro para los pequeños",
        ),
        "proposals": (
            "Poner bancos bajo los árboles viejos",
            "Arreglar las farolas rotas de la puerta norte",
            "Una fuente de agua junto al parque infantil",
        ),
        "feedback": "Muy bien, gracias",
        "poll": "¿Qué tarde os viene bien para la reunión? | Martes | Jueves",
        "poll_form": ("¿Abrimos el café los domingos?", "Sí, claro", "Mejor no"),
        "broadcast": "Reunión el viernes en el centro vecinal",
        "hide_reason": "publicidad",
        "outcome": "El ayuntamiento las pone esta primavera",
        "translation": "Arreglar las farolas rotas de la puerta norte",
        "title": "Parque Olmo",
    },
    "pl": {
        "answers": (
            "Więcej ławek i cienia przy stawie",
            "Światła na ścieżce przy stawie, w nocy jest ciemno",
            "Bezpieczniejszy plac zabaw dla maluchów",
        ),
        "proposals": (
            "Ławki pod starymi drzewami w parku",
            "Naprawić zepsute latarnie przy północnej bramie",
            "Poidełko z wodą obok placu zabaw",
        ),
        "feedback": "Bardzo dobrze, dziękuję",
        "poll": "Który wieczór pasuje na spotkanie? | Wtorek | Czwartek",
        "poll_form": ("Czy kawiarnia ma być otwarta w niedziele?", "Tak, jasne", "Raczej nie"),
        "broadcast": "Spotkanie w piątek w domu sąsiedzkim",
        "hide_reason": "reklama",
        "outcome": "Miasto postawi je tej wiosny",
        "translation": "Naprawić zepsute latarnie przy północnej bramie",
        "title": "Park Wiązów",
    },
    "ar": {
        "answers": (
            "مزيد من المقاعد والظل قرب البركة",
            "أضواء على الممر قرب البركة، المكان مظلم في الليل",
            "ملعب أكثر أمانًا للأطفال الصغار",
        ),
        "proposals": (
            "مقاعد تحت الأشجار القديمة في الحديقة",
            "إصلاح المصابيح المكسورة عند البوابة الشمالية",
            "نافورة مياه بجانب ملعب الأطفال",
        ),
        "feedback": "جيد جدًا، شكرًا",
        "poll": "أي مساء يناسبكم للاجتماع؟ | الثلاثاء | الخميس",
        "poll_form": ("هل نفتح المقهى أيام الأحد؟", "نعم بالتأكيد", "الأفضل لا"),
        "broadcast": "اجتماع يوم الجمعة في قاعة الحي",
        "hide_reason": "إعلان",
        "outcome": "ستضعها البلدية هذا الربيع",
        "translation": "إصلاح المصابيح المكسورة عند البوابة الشمالية",
        "title": "حديقة الدردار",
    },
}

TRANSLATION = "Fix the broken lamps by the north gate"  # proposal 2, translated into English

BAD_FLOW = """id: broken_flow
title: Broken
languages: [en, es]
steps:
  - id: first
    kind: choice
    prompt:
      en: Which colour?
    options:
      - {id: red, label: {en: Red, es: Rojo}}
      - {id: red, label: {en: Blue, es: Azul}}
    next: nowhere
  - id: first
    kind: scale
    min: 5
    max: 1
    prompt:
      en: How much?
      es: ¿Cuánto?
"""

WARNED_FLOW = """id: warned_flow
title: {en: Warned, es: Avisado, pl: Ostrzeżony, ar: تحذير}
languages: [en, es, pl, ar]
steps:
  - id: first
    kind: text
    prompt: {en: Tell us, es: Cuéntanos, pl: Powiedz nam, ar: أخبرنا}
    next: end
  - id: lonely
    kind: text
    prompt: {en: Never asked, es: Nunca, pl: Nigdy, ar: أبدًا}
"""


# Words a language shares with English, which the check leaves to it.
SHARED = {
    "es": {"no", "a", "he", "me", "son", "solo", "total", "con", "sin", "once", "may"},
    "fr": {"a", "on", "me", "son", "total", "plus", "options", "question", "questions"},
    "pl": {"a", "i", "to", "do", "na", "no", "we", "nie", "mi", "by", "link", "status"},
    "ar": set(),
}
# What people type and the bot quotes as it is: a command with its codes and keywords,
# flags, links, file names, ids (`one_change`), keys and ids of a flow file in quotes, a
# sentiment class quoted ("unknown"), a placeholder's name ([session]), pseudonyms, zones,
# join codes.
KEYWORDS = (
    r"(?:\d+|[a-z0-9]{8}|<[^<>]+>|done|adopted|declined|in_progress|names|on|off|votes|add|"
    r"remove|invite|organiser|coordinator|csv|json|md|sheets|en|es|fr|pl|ar)"
)
QUOTED = re.compile(
    rf"(?<![\w/])/\w+(?: {KEYWORDS}(?!\w))*|--[\w-]+|https?://\S+|t\.me/\S+|codesign \w+ \w+"
    r"|\b\w+\.(?:csv|zip|md|json|html|yaml|png)\b|\b\w+(?:_\w+)+\b|'[^'\n]*'|\"[^\"\n]*\""
    r"|\[(?:session|community|organiser)\]|\bm-[a-z0-9]{8}\b|\bUTC\b"
    r"|\b(?=\w*\d)\w+\b"  # a code or a pseudonym: letters with digits (a3us873p)
)
STEP_IDS = ("welcome", "uses", "safety", "proposal", "vote", "feedback")  # without a _
# names, a test flow's title, and the organiser's own words in the flow file they send
NAMES = ("Olivia", "Cora", "M0", "M1", "M2", "Engagement check", "Tell us", "Never asked")


@cache
def english_words(lang: str) -> frozenset[str]:
    """English words that are not words of `lang` too: common ones, and the English
    catalogue's that `lang`'s does not use."""
    from tests.usecases.test_speaking_their_language import english_only

    return frozenset((english_only(lang) | COMMON_ENGLISH) - SHARED[lang])


@cache
def flow_texts(lang: str) -> tuple[str, ...]:
    """The shipped flow's texts in `lang` (as the team reads them), the session's names
    filled in, longest first; its English ones are English to a Spanish reader."""
    flow = yaml.safe_load((default_flows_dir() / "park_redesign.yaml").read_text())
    names = {"{session}": SAYS[lang]["title"], "{community}": SAYS[lang]["title"],
             "{organiser}": "Olivia"}  # fmt: skip
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == lang and isinstance(value, str):
                    for name, filled in names.items():
                        value = value.replace(name, filled)
                    found.add(" ".join(value.split()))
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(flow)
    return tuple(sorted(found, key=len, reverse=True))


def people_wrote(lang: str) -> tuple[str, ...]:
    """What the members and the team wrote (the bot quotes it as written), longest first."""
    found = [TRANSLATION, *NAMES]
    for value in SAYS[lang].values():
        found += [value] if isinstance(value, str) else list(value)
    found += [part.strip() for text in found if "|" in text for part in text.split("|")]
    return tuple(sorted(found, key=len, reverse=True))


def bots_words(text: str, lang: str) -> set[str]:
    """The words of what the bot wrote: without the flow's texts in `lang`, what people
    wrote, and what it quotes as it is."""
    ids = "|".join(STEP_IDS)
    text = re.sub("[\u2066-\u2069]", "", text)  # Arabic's isolation marks around values
    text = re.sub(rf"\b(?:{ids})(?=:$)", " ", text, flags=re.M)  # "question proposal:"
    text = " ".join(text.split())
    for own in (*flow_texts(lang), *people_wrote(lang)):
        text = re.sub(rf"(?<!\w){re.escape(own)}(?!\w)", " ", text)
    return words(QUOTED.sub(" ", text))


def english_in(texts_seen: list[str], lang: str) -> list[tuple[str, list[str]]]:
    found = []
    for text in texts_seen:
        english = sorted(bots_words(text, lang) & english_words(lang))
        if english:
            found.append((text[:300], english))
    return found


def seen_by(person: Person) -> list[str]:
    seen: list[str] = []
    for message in person.messages:
        seen += [message.text, *message.edits, *message.button_texts]
        seen += file_headings(message)
    return seen + person.toasts


def file_headings(message: Msg) -> list[str]:
    """What a file the bot made shows a person as headings: a CSV's header row, each
    spreadsheet's, a Markdown file's headings and table heads, the report's whole text."""
    if message.content is None or not message.file_name:
        return []
    name, data = message.file_name, message.content
    if name.endswith(".csv"):
        return [_first_row(data)]
    if name.endswith(".zip"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return [_first_row(archive.read(n)) for n in archive.namelist()]
    if name.endswith(".md"):
        lines = data.decode().splitlines()
        return [line for line in lines if line.startswith(("#", "|", "- ", "_"))]
    if name.endswith(".html"):
        body = data.decode().split("<body>", 1)[1]
        body = re.sub(r"<(style|script)\b.*?</\1>", " ", body, flags=re.S)
        return [" ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())]
    return []


def _first_row(data: bytes) -> str:
    return " ".join(next(csv.reader(io.StringIO(data.decode("utf-8-sig")))))


def session_code(world: World) -> str:
    [cosession] = world.rows(CoSession)
    return cosession.join_code


def member_walk(world: World, person: Person, code: str, lang: str, n: int) -> None:
    said = SAYS[lang]
    with speaking(lang):
        yes, done, go_on = texts.members.CONSENT_YES, engine_texts.DONE, engine_texts.CONTINUE
    person.says(f"/start {code}")
    person.taps(yes)
    person.taps(MOST_DAYS[lang])
    person.taps(WALKING[lang])
    person.taps(done)
    person.taps(str(2 + n))
    if 2 + n <= 2:
        person.says(said["answers"][(n + 1) % 3])
    person.says(said["answers"][n])
    person.says(said["proposals"][n])
    with speaking(lang):
        agree = texts.proposals.VOTE_LABELS["agree"]
    while agree in person.last_reply().button_texts:
        person.taps(agree)
    person.taps(go_on)  # on the latest message that shows it
    person.says(said["feedback"])


def organiser_walk(world: World, lang: str) -> tuple[Person, Person, str]:
    said = SAYS[lang]
    organiser = world.person(ORGANISER_ID, "Olivia", language=lang)
    cora = world.person(COORDINATOR_ID, "Cora", language=lang)
    organiser.says("/help")
    organiser.says("/flows")
    organiser.says(f"/newsession {said['title']} --flow park_redesign --languages {lang},en")
    code = session_code(world)
    organiser.says(f"/open {code}")
    cora.says("/start")
    organiser.says(f"/team {code} add {cora.id} coordinator")
    organiser.says(f"/team {code}")
    members = [world.member(f"M{n}", language=lang) for n in range(3)]
    for n, member in enumerate(members):
        member_walk(world, member, code, lang, n)
        world.clock.advance(hours=3)
        world.tick()
    organiser.says("/sessions")
    organiser.says(f"/poll {code} {said['poll']} --closes 2h")
    # the guided form, every step
    organiser.says("/poll")
    organiser.taps(organiser.last_reply().button_texts[0])
    question, *options = said["poll_form"]
    organiser.says(question)
    for option in options:
        organiser.says(option)
    organiser.says("/done")
    organiser.taps(organiser.last_reply().button_texts[0])  # multiple: yes
    organiser.taps(organiser.last_reply().button_texts[1])  # anonymous: no
    organiser.taps(organiser.last_reply().button_texts[2])  # closes in 3 days
    organiser.taps(organiser.last_reply().button_texts[0])  # send
    world.tick()
    for member in members:
        poll = next(m for m in member.messages if said["poll"].split(" | ")[1] in m.button_texts)
        member.taps(said["poll"].split(" | ")[1], poll)
    organiser.says(f"/results {code} 1")
    organiser.says(f"/results {code} 2")
    organiser.says(f"/nudge {code}")
    organiser.says(f"/nudge {code} 2")
    organiser.says(f"/nudge {code} votes")
    world.clock.advance(hours=3)
    world.tick()  # poll 1 closes at its time
    organiser.says(f"/closepoll {code} 2")
    [_, ask] = organiser.says(f"/broadcast {code} {said['broadcast']}")
    organiser.taps(ask.button_texts[0], ask)
    organiser.says(f"/hide {code} 3 {said['hide_reason']}")
    organiser.says(f"/unhide {code} 3")
    organiser.says(f"/outcome {code} 1 in_progress {said['outcome']}")
    organiser.says(f"/outcome {code} 2 done --ask-after 3d")
    organiser.says(f"/translate {code} 2 en {TRANSLATION}")
    organiser.says(f"/proposals {code}")
    world.tick()
    for asker in (organiser, cora):
        asker.says(f"/stats {code}")
        asker.says(f"/answers {code}")
        asker.says(f"/answers {code} one_change")
        asker.says(f"/answers {code} proposal")
        asker.says(f"/answers {code} feedback")
        asker.says(f"/themes {code}")
        asker.says(f"/results {code} 1")
        asker.says(f"/report {code}")
        for fmt in ("csv", "md", "sheets", "json"):
            asker.says(f"/export {code} {fmt}")
        world.tick()
        asker.says(f"/audit {code}")
    organiser.sends_flow_file("broken_flow.yaml", BAD_FLOW)
    organiser.sends_flow_file("warned_flow.yaml", WARNED_FLOW)
    organiser.sends_flow_file("notes.txt", "hello")
    organiser.says("/flows")
    organiser.says(f"/close {code}")
    organiser.taps(organiser.last_reply().button_texts[0])
    world.tick()
    return organiser, cora, code


@pytest.mark.parametrize("lang", ["es", "pl", "ar"])
def test_a_team_hears_no_english(world: World, lang: str) -> None:
    organiser, cora, _ = organiser_walk(world, lang)
    assert any(m.file_name and m.file_name.endswith(".zip") for m in cora.messages)
    for person in (organiser, cora):
        found = english_in(seen_by(person), lang)
        assert found == [], found


def test_the_check_finds_english_and_leaves_what_is_quoted() -> None:
    said = "Hojas de cálculo de “Parque Olmo”: the spreadsheet was sent to 3 members."
    [(_, found)] = english_in([said], "es")
    assert {"the", "spreadsheet", "was", "sent", "members"} <= set(found)
    quoted = ("Usa /outcome ab12cd34 2 done <por qué>; responses.csv, paso one_change, "
              "m-ab12cd34 y t.me/codesign_test_bot?start=ab12cd34")  # fmt: skip
    assert english_in([quoted], "es") == []
