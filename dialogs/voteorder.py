"""The order a member is shown proposals to vote on: relevant first, never a bubble (0037).

1. Pinned first: the proposals the organisers pinned (`/pin`), in their order.
2. Then the others the member has still to vote on, drawn one after another with a chance
   proportional to a weight (a weighted random order, Efraimidis and Spirakis' keys
   u^(1/w), u from a hash of the seed and the proposal: the same seed, the same order):
   - Pol.is's comment-routing priority (`math/src/polismath/math/conversation.clj`):
     importance = (1 - p)(E + 1)a with p = (passes + 1)/(S + 2), a = (agrees + 1)/(S + 2),
     S the votes it has, and priority = (importance (1 + 8 * 2^(-S/5)))^2, so new
     proposals, seen by few, get a boost, and those passed on fade. E, how far the opinion
     groups are apart on it (the largest difference of their agree shares), stands in for
     Pol.is's extremity on the principal axes;
   - times `1 + RELEVANCE * m`, m the share of the proposal's topics among the member's
     interests (0 when either is unknown). A member's interests are the topics they picked
     in the flow's `interests` steps; a proposal's topics are its author's interests and
     the topics its words name (`topics_in`: a topic's id or label, in any language).
3. Never a bubble: in every run of `EVERY` proposals shown after the pinned ones, at least
   one comes from a member of another opinion group than the member's, whenever such a
   proposal is left: when a run would end without one, the next such proposal in the drawn
   order takes its last place.
4. Last, those the member is done with (voted on, or their own), by id: browsing still
   reaches them, and the first proposals shown are always ones to vote on.

A proposal's votes are counted without the member's own, so their vote does not move what
they see. Pure: no database, no clock; `tests/dialogs/test_voteorder.py` checks the rules
for any input.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

EVERY = 5  # at least one in this many shown comes from another opinion group
RELEVANCE = 2.0  # a proposal wholly about the member's interests weighs three times as much


@dataclass(frozen=True)
class Candidate:
    proposal_id: int
    votes: int = 0  # agree, disagree and pass, the member's own not counted
    agrees: int = 0
    passes: int = 0
    topics: frozenset[str] = frozenset()
    group: int | None = None  # the opinion group of its author (None: none, or unknown)
    extremity: float = 0.0  # 0..1: how far the groups are apart on it


def topics_in(text: str, words: Mapping[str, Iterable[str]]) -> frozenset[str]:
    """The topics a proposal's words name: a topic whose id or label (in any of the flow's
    languages, `words`: topic id -> labels) appears in the text as whole words, ignoring
    case."""
    folded = " ".join(re.findall(r"\w+", text.casefold()))
    found = set()
    for topic, labels in words.items():
        for label in (topic.replace("_", " "), *labels):
            phrase = " ".join(re.findall(r"\w+", label.casefold()))
            if phrase and re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded):
                found.add(topic)
                break
    return frozenset(found)


def priority(c: Candidate) -> float:
    """Pol.is's priority of a proposal (see the module)."""
    s = max(c.votes, 0)
    p = (c.passes + 1) / (s + 2)
    a = (c.agrees + 1) / (s + 2)
    importance = (1 - p) * (c.extremity + 1) * a
    return (importance * (1 + 8 * 2 ** (-s / 5))) ** 2


def relevance(c: Candidate, interests: frozenset[str]) -> float:
    """The share of the proposal's topics that are among the member's interests."""
    if not c.topics or not interests:
        return 0.0
    return len(c.topics & interests) / len(c.topics)


def weight(c: Candidate, interests: frozenset[str]) -> float:
    return max(priority(c), 1e-9) * (1 + RELEVANCE * relevance(c, interests))


def _key(seed: str, proposal_id: int, w: float) -> float:
    """Efraimidis and Spirakis' key: u^(1/w), drawn in descending order (as log u / w)."""
    digest = hashlib.sha256(f"{seed}:{proposal_id}".encode()).digest()
    u = (int.from_bytes(digest[:8], "big") + 1) / (2**64 + 2)  # in (0, 1)
    return math.log(u) / w


def other(c: Candidate, group: int | None) -> bool:
    """From a member of another opinion group than `group`."""
    return group is not None and c.group is not None and c.group != group


def vote_order(
    candidates: Iterable[Candidate],
    *,
    done: Iterable[int] = (),
    interests: Iterable[str] = (),
    group: int | None = None,
    pinned: Sequence[int] = (),
    seed: str = "",
) -> list[int]:
    """Every candidate's id, in the order to show them (see the module)."""
    by_id = {c.proposal_id: c for c in candidates}
    finished = set(done) & set(by_id)
    wanted = frozenset(interests)
    pins = list(dict.fromkeys(p for p in pinned if p in by_id and p not in finished))
    rest = [c for p, c in by_id.items() if p not in finished and p not in set(pins)]
    drawn = sorted(
        rest, key=lambda c: (-_key(seed, c.proposal_id, weight(c, wanted)), c.proposal_id)
    )
    return [*pins, *_with_others(drawn, group), *sorted(finished)]


def _with_others(drawn: list[Candidate], group: int | None) -> list[int]:
    """The drawn order with at least one of another group in every run of EVERY, while any
    is left."""
    left = list(drawn)
    shown: list[int] = []
    since_other = 0  # shown since the last one of another group
    while left:
        if since_other == EVERY - 1:
            pick = next((c for c in left if other(c, group)), left[0])
        else:
            pick = left[0]
        left.remove(pick)
        shown.append(pick.proposal_id)
        since_other = 0 if other(pick, group) else since_other + 1
    return shown
