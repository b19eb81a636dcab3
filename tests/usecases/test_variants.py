"""Issue 21, part 3: texts that fit the segment. A member reads the first variant whose
segment they are in now, else the plain text, in their language; one who changes the
answer that put them there reads the other variant; reminders too."""

from __future__ import annotations

from pathlib import Path

import dialogs
from dialogs.loader import FlowFile
from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session

PARK_VOICES = """\
title: Park voices
languages: [en, es]
segments:
  regulars: "visit = daily"
engagement:
  nudge_after: 1h
  reminder_text:
    en: "A reminder about {title}."
    es: "Un recordatorio sobre {title}."
  variants:
    regulars:
      reminder_text:
        en: "You are here most days: tell us about {title}."
        es: "Vienes casi todos los días: cuéntanos sobre {title}."
steps:
  - id: visit
    kind: choice
    label: {en: Visits, es: Visitas}
    prompt: {en: "How often do you visit?", es: "¿Con qué frecuencia vienes?"}
    options:
      - {id: daily, label: {en: Most days, es: Casi a diario}}
      - {id: rarely, label: {en: Rarely, es: Rara vez}}
  - id: wish
    kind: text
    label: {en: Wish, es: Deseo}
    prompt: {en: "What would you change?", es: "¿Qué cambiarías?"}
    variants:
      newcomers:
        en: "Newcomer: what would make you come back?"
        es: "Recién llegado: ¿qué te haría volver?"
      regulars:
        en: "You know the park well: what would you change first?"
        es: "Conoces bien el parque: ¿qué cambiarías primero?"
"""


def install(world) -> None:
    flow = dialogs.parse_flow(PARK_VOICES, "park_voices.yaml")
    world.services.flows.add(FlowFile(flow, PARK_VOICES, Path("park_voices.yaml")))


def test_each_member_reads_the_variant_of_their_segment_live(world, organiser, alice, bob):
    install(world)
    code = open_session(organiser, "Elm Park", flow="park_voices")
    join(alice, code)
    [*_, asked] = alice.taps("Most days")
    assert "You know the park well: what would you change first?" in asked.text
    join(bob, code)
    [*_, plain] = bob.taps("Rarely")
    assert "What would you change?" in plain.text, "in no segment: the plain text"
    alice.says("/back")
    [*_, changed] = alice.taps("Rarely")
    assert "What would you change?" in changed.text, "out of the segment: the plain text"
    assert "know the park well" not in changed.text


def test_a_segment_the_team_adds_later_brings_its_variant(world, organiser, alice):
    install(world)
    code = open_session(organiser, "Elm Park", flow="park_voices")
    organiser.says(f"/segment {code} add newcomers visit = rarely")
    join(alice, code)
    [*_, asked] = alice.taps("Rarely")
    assert "Newcomer: what would make you come back?" in asked.text


def test_variants_in_the_members_language_and_in_reminders(world, organiser, bob):
    install(world)
    code = open_session(organiser, "Elm Park", flow="park_voices")
    alice = world.member("Ana", language="es")
    join(alice, code)
    [*_, asked] = alice.taps("Casi a diario")
    assert "Conoces bien el parque: ¿qué cambiarías primero?" in asked.text
    join(bob, code)
    bob.taps("Rarely")
    world.clock.advance(hours=1, minutes=1)
    world.tick()
    reminder = next(m for m in reversed(alice.messages) if "Vienes casi" in m.text)
    assert "Elm Park" in reminder.text
    plain = next(m for m in reversed(bob.messages) if "A reminder about" in m.text)
    assert "Elm Park" in plain.text
