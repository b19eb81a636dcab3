"""Themes in the words (`reports.themes`): clear themes are found, the result is the same for
the same answers in any order, too few answers are not grouped, labels are the answers' own
words and quotes come from the theme they illustrate."""

from __future__ import annotations

import random

import pytest

from reports.theme_words import features, words
from reports.themes import MIN_ANSWERS, Said, group

LIGHT = [
    "the street lamps are broken",
    "too dark, we need more lights",
    "lamp post by the gate is out",
    "brighter lighting on the path please",
    "no lights at all near the garages",
    "can't see a thing at night, dark everywhere",
    "the lights flicker all night",
    "put a lamp by the bus stop",
    "lighting in the underpass is awful",
    "more street lights",
]
BINS = [
    "bins are always overflowing",
    "rubbish all over the grass",
    "more bins please",
    "litter everywhere after the weekend",
    "someone dumped rubbish by the bins",
    "recycling bins never emptied",
    "cans and litter on the path",
    "bin collection should be weekly",
    "fly tipping by the lane again",
    "too much litter near the shops",
]
DOGS = [
    "dog poo on the grass",
    "dogs off the lead near the kids",
    "a fenced area for dogs",
    "more dog poo bins",
    "dog owners should clean up",
    "barking dogs all day",
    "dogs running in the flower beds",
    "keep dogs on leads",
    "my dog was chased by another dog",
    "dog walkers leave bags of poo",
]
TOPICS = {"light": LIGHT, "bins": BINS, "dogs": DOGS}


def answers(polarity: float | None = None) -> list[Said]:
    return [
        Said(text, polarity, who=f"m-{topic}{n}")
        for topic, texts in TOPICS.items()
        for n, text in enumerate(texts)
    ]


def test_clear_themes_are_found_answer_for_answer() -> None:
    said = answers()
    found = group(said)
    assert not found.too_few and found.unsorted == 0
    truth = [topic for topic, texts in TOPICS.items() for _ in texts]
    labels = found.labels()
    for topic in TOPICS:
        mine = {labels[i] for i, t in enumerate(truth) if t == topic}
        assert len(mine) == 1, (topic, mine)  # one theme holds the whole topic...
    assert len({labels[truth.index(t)] for t in TOPICS}) == 3  # ...and each its own
    assert sorted(t.size for t in found.themes) == [10, 10, 10]


def test_labels_are_the_themes_own_words() -> None:
    found = group(answers())
    by_label = {t.label: t for t in found.themes}
    assert any("lamp" in label or "lights" in label for label in by_label)
    assert any("dog" in label for label in by_label)
    assert any("bins" in label or "litter" in label for label in by_label)
    said = answers()
    for theme in found.themes:
        assert theme.label == ", ".join(theme.words) and 1 <= len(theme.words) <= 3
        written = {w for i in theme.answers for w in words(said[i].text)}
        assert set(theme.words) <= written


def test_quotes_are_drawn_from_the_theme_they_illustrate() -> None:
    said = answers()
    found = group(said)
    for theme in found.themes:
        inside = [said[i] for i in theme.answers]
        assert 2 <= len(theme.quotes) <= 3
        assert all(q in inside for q in theme.quotes)
        assert len({q.text for q in theme.quotes}) == len(theme.quotes)


def test_the_same_answers_in_any_order_give_the_same_themes() -> None:
    said = answers()
    first = group(said)
    assert group(said) == first
    shuffled = said[:]
    random.Random(3).shuffle(shuffled)
    again = group(shuffled)

    def shape(result, given):
        return sorted(
            (t.label, t.size, t.quotes, frozenset(given[i] for i in t.answers))
            for t in result.themes
        )

    assert shape(again, shuffled) == shape(first, said)


def test_sentiment_is_the_mean_of_the_polarities_read() -> None:
    said = answers()
    said = [Said(s.text, -0.5 if "dog" in s.text else (0.25 if n % 2 else None), s.who)
            for n, s in enumerate(said)]  # fmt: skip
    found = group(said)
    for theme in found.themes:
        known = [said[i].polarity for i in theme.answers if said[i].polarity is not None]
        expected = round(sum(known) / len(known), 3) if known else None
        assert theme.sentiment == expected
    assert group(answers(None)).themes[0].sentiment is None


@pytest.mark.parametrize("count", [0, 1, MIN_ANSWERS - 1])
def test_too_few_answers_are_not_grouped(count: int) -> None:
    found = group(answers()[:count])
    assert found.too_few and found.themes == () and found.answers == count
    assert found.labels() == [-1] * count


def test_answers_without_words_are_left_unsorted_and_counted() -> None:
    said = [*answers(), Said("👍"), Said("ok thanks"), Said("...")]
    found = group(said)
    assert found.unsorted == 3 and found.answers == 33
    assert found.labels()[-3:] == [-1, -1, -1]
    assert sum(t.size for t in found.themes) == 30
    # below the least with words: too few, even if more were given
    mostly_empty = [Said("👍")] * 30 + answers()[: MIN_ANSWERS - 1]
    assert group(mostly_empty).too_few


def test_a_large_set_is_grouped_from_a_sample_and_every_answer_placed() -> None:
    said = [Said(f"{s.text} {'x' * (n % 7 + 2)}") for n in range(30) for s in answers()]
    found = group(said)
    assert sum(t.size for t in found.themes) == len(said) == 900
    assert all(label >= 0 for label in found.labels())


def test_concepts_join_words_that_share_no_letters() -> None:
    _, lamp = features("the lamp is broken")
    _, bulb = features("bulb gone")
    assert "@light" in lamp and "@light" in bulb
    stems, _ = features("Please, the benches!")
    assert stems == ["bench"]  # common words left out, stemmed
