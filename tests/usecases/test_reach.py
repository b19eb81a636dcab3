"""Issue 20: the trust funnel, the cascades and the champions as the team reads them (/funnel,
/reach, /champions, their pictures), and who invited whom as GraphML. The done-when session:
A invites B and C, B invites D, and D never answers."""

from __future__ import annotations

import csv
import io
import json
import math
import zipfile

import networkx as nx
from PIL import Image
from sqlalchemy import update
from sqlmodel import col

from reports.pseudonyms import pseudonym
from reports.reach import Reach
from storage.models import Answer, CoSession, Participation
from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session
from tests.usecases.test_exports import coordinator, exported
from tests.usecases.test_report import report_of
from usecases import reach
from usecases.exports import write_graph


def ref_of(world, person, code: str) -> str:
    [cosession] = world.rows(CoSession, CoSession.join_code == code)
    [mine] = world.rows(
        Participation,
        Participation.session_id == cosession.id,
        Participation.member_id == world.rows_member_id(person),
    )
    return mine.ref_code


def activate(world) -> None:
    """What the joins' work records at a member's first answer: activated then."""
    with world.db.transaction() as db:
        for answer in db.exec(Answer.__table__.select()).all():  # type: ignore[attr-defined]
            db.execute(
                update(Participation)
                .where(
                    col(Participation.member_id) == answer.member_id,
                    col(Participation.activated_at).is_(None),
                )
                .values(activated_at=answer.created_at)
            )


def invited(world, organiser, alice, bob, carol, dave) -> str:
    """Alice comes through the organisers' link and invites Bob and Carol; Bob invites
    Dave; each answers the first question, a few minutes after joining, but Dave."""
    code = open_session(organiser, "Market Square", flow="engagement_check")
    join(alice, code)
    world.clock.advance(minutes=2)
    alice.taps("Often")
    for person, inviter in ((bob, alice), (carol, alice), (dave, bob)):
        world.clock.advance(hours=1)
        join(person, f"{code}-{ref_of(world, inviter, code)}")
        world.clock.advance(minutes=4)
        if person is not dave:
            person.taps("Rarely")
    activate(world)
    world.tick()  # what the engagement loop sent meanwhile (reminders, notices)
    return code


def test_champions_rank_a_with_reach_two(world, organiser, alice, bob, carol, dave) -> None:
    code = invited(world, organiser, alice, bob, carol, dave)
    [said] = organiser.says(f"/champions {code}")  # its parts joined into one message
    ranking, more = said.text.split("\n\nWho to involve next\n")
    assert ranking.splitlines()[:3] == [
        "🏅 Champions of “Market Square”: members whose invitations brought people who took part",
        "1. Alice @alice: reached 2 (2 directly; generations below: 2), no opinion groups yet; "
        "answers, proposals and votes: 1",
        "2. Bob @bob: reached 0 (0 directly; generations below: 1), no opinion groups yet; "
        "answers, proposals and votes: 1",
    ], "D joined through B but never answered: reached by nobody"
    assert more == (
        "• Alice @alice brings people (reached 2) but takes little part (1): ask what they "
        "think, give them a role.\n\n"
        "Power and interest: key players 0, to involve 1, to ask to invite 0, "
        "to keep informed 2."
    )
    assert world.tick() == 1
    picture = organiser.messages[-1]
    assert picture.caption == (
        "Influence against participation in “Market Square”, in four quadrants."
    )
    image = Image.open(io.BytesIO(picture.photo.data))
    assert (image.format, image.size) == ("PNG", (1200, 800))


def test_a_coordinator_reads_pseudonyms(world, organiser, alice, bob, carol, dave) -> None:
    code = invited(world, organiser, alice, bob, carol, dave)
    cora = coordinator(world, organiser, code)
    [ranking] = cora.says(f"/champions {code}")
    [cosession] = world.rows(CoSession, CoSession.join_code == code)
    alias = pseudonym(cosession.pseudonym_salt, world.rows_member_id(alice))
    assert ranking.text.splitlines()[1].startswith(f"1. {alias}: reached 2")
    assert "Alice" not in ranking.text and "Bob" not in ranking.text


def test_the_funnel_counts_each_stage(world, organiser, alice, bob, carol, dave) -> None:
    code = invited(world, organiser, alice, bob, carol, dave)
    [said] = organiser.says(f"/funnel {code}")
    funnel, rest = said.text.split("\n\nEach stage: ")
    breakdowns, steps = rest.split("\n\nWhere members stopped")
    assert funnel.splitlines() == [
        f"🧭 Trust funnel of “Market Square” (code {code})",
        "• opened a link: 4",  # no opening recorded: each join counts as one
        "• joined: 4 (4 of 4, 100%, median 0 s)",
        "• agreed to take part: 4 (4 of 4, 100%, median 0 s)",
        "• answered a question: 3 (3 of 4, 75%, median 4 min)",
        "• finished the questions: 0 (0 of 3, 0%)",
        "• proposed or voted: 0",
        "• brought someone in: 2",  # Alice and Bob
        "• brought someone who took part: 1 (1 of 2, 50%, median 4 min)",  # Alice, not Bob
    ]
    assert (
        "By how they came\n• a member's invitation: 3 › 3 › 3 › 2 › 0 › 0 › 1 › 0\n"
        "• your link: 1 › 1 › 1 › 1 › 0 › 0 › 1 › 1"  # Alice came through it, the rest invited
    ) in breakdowns
    assert breakdowns.split("\n\n")[-1].splitlines() == [
        "By the member who invited them",
        "• Alice @alice: 2 › 2 › 2 › 2 › 0 › 0 › 1 › 0",
        "• Bob @bob: 1 › 1 › 1 › 0 › 0 › 0 › 0 › 0",
    ]
    assert steps.splitlines() == [
        " in the questions",
        "• visits: 4 reached it, 1 stopped there",  # Dave
        "• why: 3 reached it, 3 stopped there ← most stopped here",
    ]


def test_reach_and_its_tree(world, organiser, alice, bob, carol, dave) -> None:
    code = invited(world, organiser, alice, bob, carol, dave)
    said = "\n\n".join(m.text for m in organiser.says(f"/reach {code}"))
    assert "Joined: 4; through a member: 3 (75%); the others through your links." in said
    assert "Cascades: 1 (someone who came through your links" in said
    virality = (2 * 2 + 1 * 3 + 1 * 3) * 2 / (4 * 3)  # edges under B (2 below), C, D
    assert math.isclose(virality, 20 / 12)
    assert (
        "The largest comes from Alice @alice: members 4, generations 2, took part 2; "
        "structural virality 1.67." in said
    )
    assert "Took part through members, by generation: generation 1: 2, generation 2: 0." in said
    assert "K-factor 1.00: people who took part through an invitation, per member who " in said
    with world.db.session() as db:
        found = reach.gather(db, world.services, _session(world, code))
    assert math.isclose(found.cascades.largest.virality, virality)
    assert world.tick() == 1
    tree = organiser.messages[-1]
    assert tree.caption == "How people came to “Market Square”: its largest cascades."
    assert Image.open(io.BytesIO(tree.photo.data)).size == (1200, 800)


def _session(world, code: str) -> CoSession:
    [cosession] = world.rows(CoSession, CoSession.join_code == code)
    return cosession


def test_graphml_holds_the_members_and_the_invitations(
    world, organiser, alice, bob, carol, dave
) -> None:
    code = invited(world, organiser, alice, bob, carol, dave)
    cosession = _session(world, code)
    out = io.StringIO()
    with world.db.session() as db:
        assert write_graph(db, world.services, cosession, out) == (4, 3)
    graph = nx.read_graphml(io.StringIO(out.getvalue()))
    salt = cosession.pseudonym_salt
    a, b, c, d = (pseudonym(salt, world.rows_member_id(p)) for p in (alice, bob, carol, dave))
    assert sorted(graph.nodes) == sorted([a, b, c, d])
    assert sorted(graph.edges) == sorted([(a, b), (a, c), (b, d)])
    assert graph.is_directed()
    assert [graph.nodes[n]["activated"] for n in (a, b, c, d)] == [True, True, True, False]
    assert [graph.nodes[n]["generation"] for n in (a, b, c, d)] == [0, 1, 1, 2]
    assert graph.nodes[a]["reach"] == 2 and graph.nodes[a]["label"] == a
    assert "Alice" not in out.getvalue()
    undirected = graph.to_undirected()
    assert math.isclose(nx.average_shortest_path_length(undirected), 20 / 12)
    organiser.says(f"/export {code} graphml --names")
    world.tick()
    [sent] = [m for m in organiser.messages if m.document and m.kind == "document"]
    assert sent.document.file_name.endswith(".graphml")
    assert sent.caption.startswith(
        "Who invited whom in “Market Square”, as GraphML: 4 members and 3 invitations, "
        "members by name."
    )
    named = nx.read_graphml(io.BytesIO(sent.document.data))
    assert sorted(named.nodes[n]["label"] for n in named.nodes) == [
        "Alice @alice", "Bob @bob", "Carol @carol", "Dave @dave",
    ]  # fmt: skip


def test_members_are_refused_and_no_code_offers_sessions(world, organiser, alice) -> None:
    code = open_session(organiser, "Market Square", flow="engagement_check")
    join(alice, code)
    for command in ("funnel", "reach", "champions"):
        [refused] = alice.says(f"/{command} {code}")
        assert refused.text.startswith("Sorry, only organisers and coordinators can use")
        [offer] = organiser.says(f"/{command}")
        assert offer.button_texts == [f"Market Square ({code})"]
    assert world.tick() == 0


def test_exports_and_report_keep_small_groups_apart(
    world, organiser, alice, bob, carol, dave
) -> None:
    code = invited(world, organiser, alice, bob, carol, dave)
    cosession = _session(world, code)
    alias = pseudonym(cosession.pseudonym_salt, world.rows_member_id(alice))
    _, sent = exported(world, organiser, f"{code} json")
    doc = json.loads(sent.document.data.decode("utf-8"))
    funnel = doc["funnel"]
    assert (funnel["joined"], funnel["consented"]) == (4, 4), "the participation counts stay"
    assert [s["count"] for s in funnel["stages"]] == [4, 4, 4, 3, 0, 0, 2, 1]
    assert funnel["stages"][3] == {
        "stage": "answered", "count": 3, "from_stage_before": 3, "conversion": 0.75,
        "median_seconds": 240.0,
    }  # fmt: skip
    assert funnel["by_source"] == [
        {"source": "invite", "fewer_than": 5},
        {"source": "link", "fewer_than": 5},
    ]
    assert funnel["by_champion"][0] == {"champion": alias, "fewer_than": 5}
    assert funnel["flow_steps"][0] == {
        "step": "visits", "reached": 4, "stopped": 1, "most_stopped": False,
    }  # fmt: skip
    cascade = doc["cascade"]
    assert (cascade["members"], cascade["through_members"], cascade["k_factor"]) == (4, 3, 1.0)
    assert cascade["cascades"] == [{
        "root": alias, "members": 4, "took_part": 2, "generations": 2,
        "structural_virality": round(20 / 12, 4), "took_part_by_generation": [2, 0],
    }]  # fmt: skip
    assert cascade["champions"][0]["reach"] == 2
    assert cascade["champions"][0]["opinion_groups_reached"] is None, "fewer than 5 reached"

    _, sheets = exported(world, organiser, f"{code} sheets")
    with zipfile.ZipFile(io.BytesIO(sheets.document.data)) as archive:
        rows = list(csv.reader(io.StringIO(archive.read("funnel.csv").decode("utf-8-sig"))))
    assert rows[0][:10] == [
        "breakdown", "group", "opened", "joined", "consented", "answered", "finished",
        "contributed", "invited", "invitee_activated",
    ]  # fmt: skip
    assert rows[1][:10] == ["session", "", "4", "4", "4", "3", "0", "0", "2", "1"]
    assert rows[1][12] == "0.07", "the median from consenting to answering: 4 minutes"
    assert rows[2][:2] == ["source", "invite"] and rows[2][-1] == "fewer than 5"
    assert rows[3][:2] == ["source", "link"] and rows[3][-1] == "fewer than 5"
    assert set(rows[3][2:-1]) == {""}
    assert rows[4][:2] == ["champion", alias] and rows[4][-1] == "fewer than 5"

    page = report_of(world, code)
    assert '<section id="funnel">' in page and '<section id="reach">' in page
    assert "your link: fewer than 5 people, not shown in detail" in page
    assert "Members whose invitations reached fewer than 5 people who took part: 1." in page
    assert f"{alias}: reached" not in page
    assert "Alice" not in page.split("<main>")[1], "members by pseudonym only"


def test_a_large_enough_group_is_shown_in_detail() -> None:
    """The exports' rule on records written by hand: a tag of six people is shown."""
    from reports.reach_exports import funnel_json
    from reports.reach_figures import figures
    from tests.core.test_reach_figures import member

    people = [member(n, tag="flyer", joined=0, consented=1, answered=2) for n in range(1, 7)]
    found = figures(Reach(people))
    [tag] = funnel_json(found, str)["by_tag"]
    assert tag["tag"] == "flyer"
    assert [s["count"] for s in tag["stages"]] == [6, 6, 6, 6, 0, 0, 0, 0]
