"""Issue 21: segments, named rules over what the bot knows of members, evaluated live."""

from __future__ import annotations

from storage.models import AuditEntry, Segment
from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session
from usecases import segments


def visits(person, code: str, how_often: str) -> None:
    join(person, code)
    person.taps(how_often)


def test_a_segment_is_defined_previewed_and_follows_changed_answers(
    world, organiser, alice, bob, carol
) -> None:
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    visits(alice, code, "Most days")
    visits(bob, code, "Rarely or never")
    visits(carol, code, "Most days")
    [added] = organiser.says(f"/segment {code} add regulars visit_frequency = daily")
    assert "Segment regulars added: visit_frequency = daily" in added.text
    assert "2 members are in it now, 2 of them can be messaged" in added.text
    [stored] = world.rows(Segment)
    assert (stored.name, stored.rule, stored.origin) == (
        "regulars",
        "visit_frequency = daily",
        "team",
    )
    [shown] = organiser.says(f"/segment {code} show regulars")
    assert "2 members are in it now" in shown.text
    assert "Alice" not in shown.text and "Carol" not in shown.text
    assert shown.text.count("m-") == 2
    alice.says("/back")
    alice.taps("Once or twice a week")
    [listed] = organiser.says(f"/segments {code}")
    assert "regulars (added by the team): 1 member" in listed.text
    actions = [a.action for a in world.rows(AuditEntry)]
    assert "segment_added" in actions


def test_a_rule_that_does_not_read_says_where_and_stores_nothing(world, organiser) -> None:
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    [said] = organiser.says(f"/segment {code} add bad visit_frequency = sometimes")
    assert "At character 19: step visit_frequency has no option “sometimes”" in said.text
    [said] = organiser.says(f"/segment {code} add bad (safety <= 2 or")
    assert "expected" in said.text and "found the end of the rule" in said.text
    [said] = organiser.says(f"/segment {code} add Bad-Name safety <= 2")
    assert "cannot name a segment" in said.text
    assert world.rows(Segment) == []


def test_read_to_takes_the_option_out() -> None:
    assert segments.read_to("abc --to night Lamps go up") == ("abc Lamps go up", "night")
    assert segments.read_to("abc Lamps --to=night") == ("abc Lamps", "night")
    assert segments.read_to("abc Lamps") == ("abc Lamps", None)
    assert segments.read_to("abc Lamps --to") is None
