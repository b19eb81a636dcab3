"""An organiser sends a flow file to the bot: the `flows check` report, a rehearsal and
"use it for a new session", in the chat; a broken file changes nothing. /flows shows the
descriptions authors wrote."""

from __future__ import annotations

from storage.models import CoSession, OwnFlow
from tests.usecases.conftest import ORGANISER_ID, join_session, open_session

OUR_STREET = """\
title: Our street
description: >
  Ask neighbours what one thing
  would make the street nicer.
steps:
  - id: wish
    kind: text
    prompt: One wish for {community}?
  - id: when
    kind: choice
    prompt: When are you around?
    options:
      - {id: am, label: Mornings}
      - {id: pm, label: Evenings}
"""
BROKEN = OUR_STREET.replace("kind: choice", "kind: choise")


def test_an_organiser_sends_a_flow_and_runs_a_session_with_it(world, organiser, alice) -> None:
    [reply] = organiser.sends_flow_file("our_street.yaml", OUR_STREET)
    assert "our_street.yaml: flow file OK" in reply.text
    assert "/newsession <title> --flow our_street" in reply.text
    assert "A rehearsal" in reply.text and "One wish for [community]?" in reply.text
    assert "When are you around?\n[Mornings]  [Evenings]" in reply.text

    [listing] = organiser.says("/flows")
    assert "Flows you sent me:\n• our_street — Our street (2 steps)" in listing.text
    assert "Ask neighbours what one thing would make the street nicer." in listing.text
    assert "park_redesign" in listing.text and "redesign" in listing.text.split("park_redesign")[1]

    code = open_session(organiser, "Elm Street", flow="our_street")
    *_, question = join_session(alice, code)
    assert question.text.startswith("One wish for Elm Street?")
    [stored] = world.rows(CoSession)
    assert stored.flow_id == "our_street" and stored.flow_hash is not None


def test_a_broken_file_changes_nothing(world, organiser) -> None:
    organiser.sends_flow_file("our_street.yaml", OUR_STREET)
    [reply] = organiser.sends_flow_file("our_street.yaml", BROKEN)
    assert "our_street.yaml:10: unknown step kind 'choise'" in reply.text
    assert "1 error in our_street.yaml" in reply.text and "Nothing changed" in reply.text
    [kept] = world.rows(OwnFlow)
    assert kept.source == OUR_STREET
    [unreadable] = organiser.sends_flow_file("our_street.yaml", None)
    assert "at most 256 kB" in unreadable.text
    [taken] = organiser.sends_flow_file("park_redesign.yaml", OUR_STREET)
    assert "is the id of an installed flow" in taken.text


def test_a_flow_is_its_senders_and_members_documents_are_not_flows(
    world, organiser, alice, bob
) -> None:
    organiser.sends_flow_file("our_street.yaml", OUR_STREET)
    world.services.admin_ids = (ORGANISER_ID, bob.id)
    [refused] = bob.says("/newsession Bob street --flow our_street")
    assert refused.text.startswith("There is no flow “our_street”")
    [reply] = alice.sends_flow_file("our_street.yaml", OUR_STREET)
    assert "flow file" not in reply.text and len(world.rows(OwnFlow)) == 1


MISSING_SPANISH = """\
title: {en: Our street, es: Nuestra calle}
languages: [en, es]
steps:
  - id: wish
    kind: text
    label: {en: Wish, es: Deseo}
    prompt:
      en: One wish for {community}?
"""


def test_the_check_speaks_the_organisers_language(world) -> None:
    """A Spanish organiser reads what is wrong in Spanish: the file, the line and the
    language missing named; what loads is named in their words too."""
    organiser = world.person(ORGANISER_ID, "Olivia", language="es")
    [reply] = organiser.sends_flow_file("our_street.yaml", MISSING_SPANISH)
    assert "our_street.yaml:7: prompt: falta el texto en es" in reply.text
    assert "1 error, 1 aviso en our_street.yaml: corrígelo" in reply.text
    [unknown] = organiser.sends_flow_file("our_street.yaml", BROKEN)
    assert "our_street.yaml:10: tipo de paso desconocido 'choise'" in unknown.text
    fixed = MISSING_SPANISH.replace("      en: One wish for {community}?\n",
                                    "      en: One wish for {community}?\n"
                                    "      es: ¿Un deseo para {community}?\n")  # fmt: skip
    said = organiser.sends_flow_file("our_street.yaml", fixed)
    text = "\n".join(m.text for m in said)
    assert "aviso: aquí ningún analizador de tono lee 'es'" in text
    assert "“Nuestra calle”" in text, "the flow named in the reader's language"
