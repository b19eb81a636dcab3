"""How a member's words are read for sentiment (issue 19): in the language they are written
in among the session's languages (`dialogs.language_id`), else in the member's, by that
language's analyser (`dialogs.sentiment`); a language with no analyser reads as "unknown",
stored as no polarity, and no sentiment rule fires on it. The one place the flow's answers,
proposals, feedback and side answers get their reader."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from dialogs.sentiment import Sentiment, analyse_answer
from usecases.access import Place


def languages(place: Place) -> tuple[str, ...]:
    """The languages members of the place's session write in: the flow's."""
    return (place.flow.language,)


def assumed(place: Place) -> str:
    """The language taken for words whose language cannot be told: the one the member is
    served in (the flow's)."""
    return str(place.flow.language)


def reader(place: Place) -> Callable[[str], Sentiment]:
    """The sentiment of a text the place's member wrote."""
    return partial(analyse_answer, languages=languages(place), assumed=assumed(place))
