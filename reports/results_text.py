"""Results per question as words: a question's counts (a choice's options, a scale's points
with mean and median) and its quotes, one line per question for /stats, and every question
in full for `codesign stats`. Pure: takes `reports.results.Question`s, returns text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import texts.reports
from reports.cells import visible
from reports.figures import share_text
from reports.results import Question, Quote

PROMPT = 300  # characters of a prompt in a heading

When = Callable[[datetime], str]


def short(text: str, limit: int) -> str:
    """Words on one line, cut to `limit` characters."""
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


def utc(at: datetime) -> str:
    """A time in a file or a terminal, which has no reader's clock: "2026-05-04 10:05 UTC"."""
    return (
        at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        if at.tzinfo
        else f"{at:%Y-%m-%d %H:%M} UTC"
    )


def counted(q: Question) -> str:
    """ "7 answered, 1 skipped" (erased answers said too)."""
    parts = [texts.reports.RESULTS_ANSWERED.format(answered=q.answered)]
    if q.skipped:
        parts.append(texts.reports.RESULTS_SKIPPED.format(n=q.skipped))
    if q.erased:
        parts.append(texts.reports.RESULTS_ERASED.format(n=q.erased))
    return ", ".join(parts)


def tally_lines(q: Question) -> list[str]:
    """How many answered, then a choice's options or a scale's points with their shares."""
    lines = [counted(q)]
    for c in q.counts:
        lines.append(
            texts.reports.RESULTS_OPTION.format(
                label=visible(c.label), share=share_text(c.count, q.answered)
            )
        )
    if q.multiple:
        lines.append(texts.reports.RESULTS_MULTIPLE)
    if q.mean is not None and q.median is not None:
        lines.append(texts.reports.RESULTS_SCALE.format(mean=q.mean, median=q.median))
    if q.written and q.answers:
        lines.append(texts.reports.RESULTS_WRITTEN)
    return lines


def mood(quote: Quote) -> str:
    if quote.polarity is None:
        return texts.reports.MOOD_UNKNOWN
    return texts.reports.MOOD.format(label=quote.mood, polarity=quote.polarity)


def quote_entry(quote: Quote, when: When) -> str:
    """A member's words with who (pseudonym), when and their sentiment."""
    if quote.side:
        return texts.reports.SIDE_ANSWER_LINE.format(
            author=quote.member,
            when=when(quote.at),
            kind=texts.reports.SIDE_NAMES.get(quote.kind, quote.kind),
            mood=f" · {mood(quote)}",
            text=visible(quote.text),
        )
    return texts.reports.ANSWER_LINE.format(
        author=quote.member,
        when=when(quote.at),
        mood=f" · {mood(quote)}",
        flags=texts.reports.ANSWER_HIDDEN_FLAG if quote.hidden else "",
        text=visible(quote.text),
    )


def entries(q: Question, when: When) -> list[str]:
    """A question's results as entries of a reading: its counts first, then every quote."""
    return ["\n".join(tally_lines(q)), *(quote_entry(quote, when) for quote in q.quotes)]


def heading(q: Question) -> str:
    return f"{q.step_id} · {visible(short(q.prompt, PROMPT))}"


def brief_line(q: Question) -> str:
    """One line for /stats: the most chosen option, a scale's mean and median, or how many
    wrote and how they felt."""
    label = visible(short(q.label, 60))
    if not q.answered and not q.skipped and not q.erased:
        return texts.reports.RESULTS_BRIEF_EMPTY.format(label=label)
    top = max((c.count for c in q.counts), default=0)
    if q.kind == "choice" and top:
        tied = [visible(c.label) for c in q.counts if c.count == top]
        return texts.reports.RESULTS_BRIEF_CHOICE.format(
            label=label,
            counted=counted(q),
            top=texts.reports.RESULTS_TIED.join(tied),
            share=share_text(top, q.answered),
        )
    if q.mean is not None and q.median is not None:
        return texts.reports.RESULTS_BRIEF_SCALE.format(
            label=label, counted=counted(q), mean=q.mean, median=q.median
        )
    moods = [quote.mood for quote in q.answers]
    felt = (
        texts.reports.RESULTS_BRIEF_MOODS.format(
            negative=moods.count("negative"), positive=moods.count("positive")
        )
        if q.written and q.answers
        else ""
    )
    return texts.reports.RESULTS_BRIEF_WRITTEN.format(label=label, counted=counted(q), moods=felt)


def brief_lines(questions: list[Question], code: str) -> list[str]:
    if not questions:
        return [texts.reports.NO_QUESTIONS_ASKED]
    head = texts.reports.RESULTS_BRIEF_HEAD.format(code=code)
    return [head, *(brief_line(q) for q in questions)]


def full_lines(questions: list[Question], when: When) -> list[str]:
    """Every question in full, its quotes too (`codesign stats`)."""
    lines = [texts.reports.RESULTS_HEAD, ""]
    if not questions:
        return [*lines, texts.reports.NO_QUESTIONS_ASKED]
    for q in questions:
        lines += [heading(q), *tally_lines(q), ""]
        for quote in q.quotes:
            lines += [quote_entry(quote, when), ""]
    return lines
