"""Complaint cues: what members write when something is wrong without a word of sentiment
(issue 18). A wish for better ("could be better", "better lights", "should be cleaner"), a
need ("needs more benches"), "should" ("they should fix the fence"), a repair ("the swings
need repairing"), upkeep not done ("never emptied"), "can't" / "won't" with nothing rated
after ("I can't push a pram along there"), a near miss ("nearly knock me over") and a few
phrases ("after dark", "out of order", "takes ages", "not... any more"). Each scores on the
rules' scale and is read by the rules only (`extra`, which the TextBlob reading adds as
well); the praise it turns ("better" in "could be better", "more" in "needs more", "clean"
in "should clean") is muted. A hedge opening a clause ("Honestly, ...") is not praise."""

from __future__ import annotations

from dialogs.sentiment.marks import Marked, rated_after
from dialogs.sentiment.words import (
    CANT,
    CANT_VALENCE,
    COMPARATIVE,
    HARM,
    HARM_VALENCE,
    HEDGES,
    MODAL,
    NEAR,
    NEED_VALENCE,
    NEEDING,
    NEGATED_PHRASES,
    NOT_A_VERB,
    NOT_CANT,
    NOT_NEEDING_AFTER,
    NOT_WISHING,
    PHRASES,
    REPAIRING,
    SHOULD,
    UPKEEP,
    WISH_VALENCE,
)

_SOFTENERS = {"much", "a", "bit", "lot", "far", "way", "little", "so"}


def score_cues(m: Marked) -> None:
    """Mark each cue on the word that carries it."""
    if m.lower[0] in COMPARATIVE:  # "Better lighting on the main path"
        cue(m, 0, WISH_VALENCE)
    for i, word in enumerate(m.lower):
        phrase(m, i)
        if word in HEDGES and (i == 0 or m.ends[i - 1]):
            m.scores[i], m.muted[i] = 0.0, True  # "Honestly, I avoid it"
        elif word == "full" and i + 1 < m.n and m.lower[i + 1] == "of":
            m.scores[i], m.muted[i] = 0.0, True  # "full of holes" does not praise
        elif word in UPKEEP and m.negated[i]:
            cue(m, i, NEED_VALENCE)  # "the bins are never emptied"
        elif word in CANT and i + 1 < m.n and m.lower[i + 1] not in NOT_CANT:
            if not rated_after(m, i):
                cue(m, i, CANT_VALENCE)  # "I can't push a pram along that path"
        elif m.negated[i]:
            continue
        elif word in MODAL and (j := wished(m, i)) is not None:
            cue(m, j, WISH_VALENCE)  # "could be better", "should be much cleaner"
        elif wishing(m, i):
            cue(m, i, NEED_VALENCE)  # "needs more", "should fix", "need repairing"
            mute_wished(m, i)
        elif word in NEAR and i + 1 < m.n and m.lower[i + 1] in HARM:
            cue(m, i + 1, HARM_VALENCE)  # "nearly knock me over"


def wishing(m: Marked, i: int) -> bool:
    """ "needs more benches", "they should fix the fence", "repair the swings"; not "if you
    need a ride", "should be a good game"."""
    word, after = m.lower[i], m.lower[i + 1] if i + 1 < m.n else ""
    before = m.lower[max(0, i - 2) : i]
    if word in NEEDING:  # a thing needs, or more of something is needed
        wanted = word == "needs" or after == "more" or after.endswith("ing")
        return wanted and not NOT_NEEDING_AFTER.intersection(before)
    if word in SHOULD:
        return bool(after) and after not in NOT_A_VERB and not NOT_WISHING.intersection(before)
    return word in REPAIRING


def wished(m: Marked, i: int) -> int | None:
    """The comparative after "could be" / "would be much", if any."""
    j = i + 1
    if j < m.n and m.lower[j] == "be":
        j += 1
        while j < m.n and m.lower[j] in _SOFTENERS:
            j += 1
        return j if j < m.n and m.lower[j] in COMPARATIVE else None
    return None


def phrase(m: Marked, i: int) -> None:
    """ "out of order", "after dark"; "any more" only after a negation."""
    for table, negated_only in ((PHRASES, False), (NEGATED_PHRASES, True)):
        for words, value in table.items():
            end = i + len(words)
            found = end <= m.n and tuple(m.lower[i:end]) == words
            if found and (not negated_only or any(m.negated[: i + 1])):
                cue(m, end - 1, value)
                mute_wished(m, end - 1)


def mute_wished(m: Marked, i: int) -> None:
    """What is wished for is not praise of what is there: "needs more benches" (TextBlob's
    "more" is +0.5), "should clean the pond" ("clean" is +1.7)."""
    for j in range(i + 1, min(m.n, i + 4)):
        if m.lower[j] == "more" or (m.valences[j] or 0.0) > 0:
            m.scores[j], m.muted[j] = 0.0, True
        if m.ends[j]:
            break


def cue(m: Marked, i: int, value: float) -> None:
    m.scores[i] = value
    m.extra.append((i, value))
    m.muted[i] = True
