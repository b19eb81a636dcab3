"""/audit is complete and paged (issue 18.21): every entry reachable page by page, reads
recorded, role changes of the team shown, a broadcast with its text, a poll closed by its
clock."""

from __future__ import annotations

from storage import members, teams
from storage.models import CoSession
from tests.usecases.conftest import Person, World, close_session, open_session
from tests.usecases.conftest import join_session as join

GUS = 1201


def whole_audit(person: Person, code: str) -> str:
    """Every page of /audit <code>, joined."""
    [first] = person.says(f"/audit {code}")
    texts, page = [first.text], 1
    while f"/audit {code} {page + 1}" in texts[-1]:
        page += 1
        [more] = person.says(f"/audit {code} {page}")
        texts.append(more.text)
    return "\n".join(texts)


def test_every_entry_is_reachable_page_by_page(world: World, organiser: Person) -> None:
    code = open_session(organiser, "Oak Square")
    organiser.says(f"/export {code} csv --names")
    for _ in range(80):
        organiser.says(f"/export {code} json")
    [first] = organiser.says(f"/audit {code}")
    assert f"/audit {code} 2" in first.text, "a second page is offered"
    everything = whole_audit(organiser, code)
    assert "exported it (CSV, with names)" in everything
    assert everything.count("exported it (JSON)") == 80
    assert "created it" in everything


def test_reads_role_changes_broadcasts_and_closing_polls(
    world: World, organiser: Person, alice: Person
) -> None:
    gus = world.person(GUS, "Gus")
    code = open_session(organiser, "Oak Square")
    join(alice, code)
    organiser.says(f"/grant {GUS} organiser")
    organiser.says(f"/team {code} add {GUS} organiser")
    gus.says(f"/broadcast {code} Meet at the oak at noon")
    gus.taps("Send to 1")
    organiser.says(f"/poll {code} Market day? | Saturday | Sunday --closes 2h")
    for read in (
        f"/stats {code}", f"/proposals {code}", f"/feedback {code}",
        f"/answers {code} visit_frequency", "/results 1",
    ):  # fmt: skip
        gus.says(read)
    world.clock.advance(hours=3)
    world.tick()
    everything = whole_audit(organiser, code)
    assert "gave user 1201 the organiser role" in everything
    assert "Meet at the oak at noon" in everything
    assert "closed poll #1 at its closing time" in everything
    for what in (
        "read its numbers", "read its proposals", "read its feedback",
        "read the answers to “How often you visit”", "read the results of poll #1",
    ):  # fmt: skip
        assert f"Gus (1201) {what}" in everything, what
    organiser.says(f"/revoke {GUS} organiser")
    assert "took the organiser role from user 1201" in whole_audit(organiser, code)


def test_a_read_after_closing_does_not_stop_reopening(world: World, organiser: Person) -> None:
    code = open_session(organiser, "Oak Square")
    close_session(organiser, code)
    organiser.says(f"/stats {code}")
    [reopened] = organiser.says(f"/open {code}")
    assert "is open again" in reopened.text


def test_what_was_read_is_said_in_the_readers_language(world: World, organiser: Person) -> None:
    """Entries keep what was read as data (a step, a format, a language), said in the words
    of whoever reads the audit; those older versions wrote in words (English, or the
    report's in the reader's language then) are recognised and said so too."""
    code = open_session(organiser, "Oak Square", flow="park_redesign")
    organiser.says(f"/stats {code}")
    organiser.says(f"/export {code} sheets")
    organiser.says(f"/answers {code} visit_frequency")
    organiser.says(f"/report {code}")
    [cosession] = world.rows(CoSession, CoSession.join_code == code)
    older = [("read", {"what": "its numbers"}), ("read", {"what": "the answers to uses"}),
             ("read", {"what": "the themes of its answers"}),
             ("read", {"what": "el informe con las propuestas moderadas"}),
             ("exported", {"format": "spreadsheet"}),
             ("read", {"what": "something new"})]  # fmt: skip
    with world.db.transaction() as db:
        for action, detail in older:
            teams.record(db=db, session_id=cosession.id, actor_id=organiser.id, action=action,
                         now=world.clock.now(), detail=detail)  # fmt: skip
    english = whole_audit(organiser, code)
    for said in ("read its numbers", "read the answers to “How often you visit”",
                 "read the report", "exported it (spreadsheet)",
                 "read the answers to “What you use the park for”",
                 "read the themes of its answers", "read the report with moderated proposals",
                 "read something new"):  # fmt: skip
        assert f"Olivia (9001) {said}" in english, said
    with world.db.transaction() as db:
        me = members.get_member(db=db, telegram_id=organiser.id)
        assert me is not None
        members.set_language(db=db, member=me, language="es")  # as /language would
    spanish = whole_audit(organiser, code)
    for said in ("leyó sus cifras", "la exportó (hojas de cálculo)", "leyó el informe",
                 "leyó las respuestas a “Para qué usas el parque”",
                 "leyó los temas de sus respuestas",
                 "leyó el informe con las propuestas moderadas"):  # fmt: skip
        assert f"Olivia (9001) {said}" in spanish, said
