"""A session played through as a community would (issue 17): the park flow with ten members,
a co-organiser and a coordinator, members who answer, propose, invite neighbours and vote,
a proposal the organisers hide, and two polls (one closed). For the report's tests."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from storage.models import Member, Participation
from tests.usecases.conftest import Person, World
from texts.proposals import NEXT

CO_ORGANISER_ID, COORDINATOR_ID = 9002, 3001
TITLE, COMMUNITY = "Elm Park", "Elm Street residents"


@dataclass(frozen=True)
class Plays:
    """How one member answers the park flow."""

    name: str
    often: str  # "Most days", ...
    uses: tuple[str, ...]
    safety: str  # "1".."5"
    change: str
    proposal: str | None = None
    unsafe: str = "It is dark in the evening and the lamps are broken"
    feedback: str | None = None
    invited_by: str | None = None  # joins through this member's invitation link


PLAYS = (
    Plays("Alice", "Most days", ("Walking", "Sitting and relaxing"), "4",
          "More shade by the benches please, it gets very hot",
          "Put lights along the path by the pond", feedback="Quick and easy, thank you"),
    Plays("Bob", "Once or twice a week", ("Walking the dog",), "2",
          "The gate lamps have been broken for months and nobody fixes them",
          "Fix the broken lamps by the north gate", invited_by="Alice"),
    Plays("Carol", "Most days", ("Children's play", "Walking"), "3",
          "A safer playground with a soft floor for the little ones",
          "A water fountain by the playground", invited_by="Alice"),
    Plays("Dave", "Rarely or never", (), "2", "Nothing, it is fine",
          "Buy cheap watches at example dot com today"),
    Plays("Erin", "A few times a month", ("Sport and exercise",), "4",
          "Keep the cars out, the Sunday traffic is awful",
          "Close the park road to cars on Sundays", invited_by="Bob"),
    Plays("Finn", "Most days", ("Walking", "Walking the dog"), "5",
          "I love the park as it is, maybe more benches",
          "More benches in the shade near the pond", feedback="Nice to be asked"),
    Plays("Gita", "Once or twice a week", ("Events and markets",), "3",
          "A monthly market on the lawn would bring people together"),
    Plays("Hana", "Most days", ("Children's play",), "1",
          "Broken glass in the sandpit, it is dangerous and dirty",
          unsafe="Groups drinking at night and broken glass everywhere"),
    Plays("Ivan", "A few times a month", ("Walking",), "4",
          "More bins along the paths", invited_by="Finn"),
    Plays("Jo", "Most days", ("Sitting and relaxing",), "4", "Flowers by the entrance"),
)  # fmt: skip

# how each member votes on each proposal (by its number): A agree, D disagree, P pass
VOTES = {
    "Alice": {2: "A", 3: "A", 5: "D", 6: "A"},
    "Bob": {1: "A", 3: "A", 5: "A", 6: "A"},
    "Carol": {1: "A", 2: "A", 5: "D", 6: "P"},
    "Erin": {1: "A", 2: "A", 6: "A"},
    "Finn": {1: "A", 2: "A", 5: "A"},
    "Gita": {1: "A", 2: "P", 5: "D", 6: "A"},
    "Hana": {1: "A", 2: "A", 5: "A"},
    "Ivan": {1: "D", 5: "D"},
    "Jo": {1: "A", 2: "A", 5: "A"},
}
CHOICE = {"A": "Agree", "D": "Disagree", "P": "Pass"}


@dataclass
class Played:
    code: str
    organiser: Person
    people: dict[str, Person] = field(default_factory=dict)


def play(world: World, organiser: Person) -> Played:
    """Create, play and partly close the session; returns its code and its people."""
    [created] = organiser.says(f"/newsession {TITLE} --flow park_redesign --community {COMMUNITY}")
    code = created.text.split("Join code: ")[1].split()[0]
    organiser.says(f"/open {code}")
    oscar = world.person(CO_ORGANISER_ID, "Oscar Ortiz")
    cora = world.person(COORDINATOR_ID, "Cora")
    for staff, role in ((oscar, "organiser"), (cora, "coordinator")):
        staff.says("/start")  # the bot meets them: it knows their Telegram name
        organiser.says(f"/team {code} add {staff.id} {role}")
    played = Played(code, organiser, {"Oscar": oscar, "Cora": cora})
    for n, plays in enumerate(PLAYS):
        person = world.person(1001 + n, plays.name)
        played.people[plays.name] = person
        link = code if plays.invited_by is None else f"{code}-{_ref(world, played, plays)}"
        person.says(f"/start {link}")
        person.taps("I agree")
        _answer(person, plays)
        world.clock.advance(hours=5)
    organiser.says(f"/hide {code} 4 advertising")
    for name, votes in VOTES.items():
        _vote(played.people[name], votes)
    organiser.says(f"/poll {code} Which evening suits you for the open meeting? | "
                   "Tuesday 7pm | Thursday 7pm | Saturday 10am")  # fmt: skip
    organiser.says(f"/poll {code} What should the meeting cover first? | Lighting | "
                   "The playground | Traffic --multi")  # fmt: skip
    world.tick()
    picks = {"Alice": "Tuesday 7pm", "Bob": "Thursday 7pm", "Carol": "Tuesday 7pm",
             "Erin": "Tuesday 7pm", "Finn": "Saturday 10am", "Hana": "Tuesday 7pm"}  # fmt: skip
    for name, pick in picks.items():
        person = played.people[name]
        poll = next(m for m in person.messages if pick in m.button_texts)
        person.taps(pick, poll)
    for name in ("Alice", "Hana", "Jo"):
        person = played.people[name]
        poll = next(m for m in person.messages if "Lighting" in m.button_texts)
        person.taps("Lighting", poll)
        if name == "Hana":
            person.taps("The playground", poll)
    organiser.says(f"/closepoll {code} 1")
    world.tick()
    return played


def _ref(world: World, played: Played, plays: Plays) -> str:
    inviter = played.people[plays.invited_by or ""]
    [member] = world.rows(Member, Member.telegram_id == inviter.id)
    [joined] = world.rows(Participation, Participation.member_id == member.id)
    return joined.ref_code


def _answer(person: Person, plays: Plays) -> None:
    person.taps(plays.often)
    if plays.often == "Rarely or never":
        person.says("/skip")  # what keeps them away: optional
    for use in plays.uses or ("Walking",):
        person.taps(use)
    person.taps("Done")
    person.taps(plays.safety)
    if int(plays.safety) <= 2:
        person.says(plays.unsafe)
    [*_, asked] = person.says(plays.change)
    if asked.text.startswith("Thanks for being honest"):
        person.says("/skip")
    if plays.proposal is not None:
        person.says(plays.proposal)
    else:
        person.says("/skip")
    person.taps("Continue")
    person.says(plays.feedback if plays.feedback is not None else "/skip")


def _vote(person: Person, votes: dict[int, str]) -> None:
    """Vote through the cards /proposals shows, as the table says (the rest left unvoted:
    Next goes past them)."""
    [card] = person.says("/proposals")
    seen: set[int] = set()
    while True:
        card = person.message(card.message_id)
        found = re.search(r"\(#(\d+)\)", card.text)
        number = int(found.group(1)) if found else 0
        if number in seen or not number:
            return
        seen.add(number)
        if number in votes and "Agree" in card.button_texts:
            person.taps(CHOICE[votes[number]], card)  # on to the next one not voted on
        elif NEXT in card.button_texts:
            person.taps(NEXT, card)
        else:
            return
