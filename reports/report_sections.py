"""The report's sections drawn from the session itself: what was asked, who took part, the
proposals, the polls, the opinion groups, how members joined, their tone, and replies to
reminders. Each is a function of `ReportData` to a `Part`, or None when it has nothing to
show; `reports.report.SECTIONS` puts them in order.

Proposals: hidden ones are left out (a line says how many) unless the report is asked to
show them marked as moderated; a proposal is ranked from `RANK_FROM` votes, and is among the
most agreed or the most divisive, never both."""

from __future__ import annotations

from collections.abc import Sequence

import texts.report as t
from reports.figures import divisiveness
from reports.markup import (
    COLOURS,
    Bar,
    Part,
    bars,
    day,
    e,
    items,
    line_chart,
    para,
    share_text,
    stacked,
    words,
)
from reports.report_data import Asked, PollShown, ReportData
from reports.summaries import group_lines
from storage.exports import Tally

RANK_FROM = 5  # votes a proposal needs before it is ranked
TOP_AGREED, TOP_DIVISIVE = 5, 3
INVITERS = 3  # members named among those who brought most
FEW_POINTS = 3  # fewer points of tone over time: no chart, "not enough data yet"


def asked(r: ReportData) -> Part:
    if not r.asked:
        return Part("asked", t.ASKED, para(t.ASKED_NONE))
    return Part("asked", t.ASKED, items((_asked(a, r.language) for a in r.asked), "ol", "asked"))


def _asked(a: Asked, language: str) -> str:
    if a.kind == "vote":  # its prompt is how to use the buttons: said in plain words instead
        return f'<p class="prompt">{e(t.ASKED_KINDS["vote"])}</p>'
    how = t.ASKED_KINDS.get(a.kind, "")
    if a.kind == "choice":
        options = ", ".join(f"“{o}”" for o in a.options)
        how = t.ASKED_KINDS["choices" if a.multiple else "choice"].format(options=options)
    elif a.kind == "scale" and a.scale is not None:
        low, high, low_words, high_words = a.scale
        plain = not (low_words and high_words)
        how = t.ASKED_KINDS["scale_plain" if plain else "scale"].format(
            low=low, high=high, low_words=low_words, high_words=high_words
        )
    if not a.everyone:
        how += t.SOME_ONLY
    if a.optional:
        how += t.OPTIONAL
    return words(a.prompt, language, "p", "prompt") + para(how, cls="meta")


def participation(r: ReportData) -> Part:
    joined = r.stats.members
    if not joined:
        return Part("participation", t.PARTICIPATION, para(t.PARTICIPATION_NONE))
    rows = [
        Bar(e(t.STAGES[stage.name]), share_text(stage.count, joined), stage.count / joined)
        for stage in r.stats.funnel
        if stage.name in t.STAGES
    ]
    declined = para(t.DECLINED.format(n=r.declined), cls="meta") if r.declined else ""
    body = para(t.PARTICIPATION_LEDE.format(joined=joined)) + bars(rows) + declined
    return Part("participation", t.PARTICIPATION, body)


# -- proposals -------------------------------------------------------------------------------


def rankable(p: Tally) -> bool:
    return p.votes >= RANK_FROM and not p.hidden


def divided(p: Tally) -> bool:
    """The smaller side holds more than a third of those who took a side."""
    return 3 * min(p.agree, p.disagree) > p.agree + p.disagree


def standing(proposals: Sequence[Tally]) -> tuple[list[Tally], list[Tally]]:
    """(the most agreed, the most divisive): both ranked, none in both."""
    ranked = [p for p in proposals if rankable(p)]
    split = sorted((p for p in ranked if divided(p)), key=lambda p: (-divisiveness(p), p.number))
    agreed = [p for p in ranked if p.agree > p.disagree and not divided(p)]
    agreed.sort(key=lambda p: (-(p.agree + 1) / (p.votes + 2), -p.agree, p.number))
    return agreed[:TOP_AGREED], split[:TOP_DIVISIVE]


def proposals(r: ReportData) -> Part:
    everyone = r.stats.proposals
    if not everyone:
        return Part("proposals", t.PROPOSALS, para(t.PROPOSALS_NONE))
    hidden = sum(p.hidden for p in everyone)
    shown = [p for p in everyone if r.moderated or not p.hidden]
    votes = sum(p.votes for p in shown)
    lede = (t.PROPOSALS_LEDE_ONE if len(shown) == 1 else t.PROPOSALS_LEDE).format(
        n=len(shown), votes=votes
    )
    if hidden and r.moderated:
        lede += " " + (t.MODERATED_SHOWN_ONE if hidden == 1 else t.MODERATED_SHOWN.format(n=hidden))
    elif hidden:
        lede += " " + (t.MODERATED_OUT_ONE if hidden == 1 else t.MODERATED_OUT.format(n=hidden))
    if not shown:
        return Part("proposals", t.PROPOSALS, para(lede))
    body = para(lede) + _ranking(shown)
    body += f"<h3>{e(t.ALL_PROPOSALS)}</h3>" + _legend()
    body += items((_proposal(p, r) for p in shown), "ul", "proposals")
    return Part("proposals", t.PROPOSALS, body)


def _ranking(shown: list[Tally]) -> str:
    if not any(rankable(p) for p in shown):
        return para(t.TOO_FEW_TO_RANK.format(least=RANK_FROM), cls="note")
    agreed, split = standing(shown)
    out = para(t.RANK_HOW.format(least=RANK_FROM), cls="note")
    out += f"<h3>{e(t.MOST_AGREED)}</h3>"
    if agreed:
        out += items((_brief(p) for p in agreed), "ol", "ranked")
    else:
        out += para(t.NONE_AGREED.format(least=RANK_FROM))
    if split:
        out += f"<h3>{e(t.MOST_DIVISIVE)}</h3>" + items((_brief(p) for p in split), "ol", "ranked")
    return out


def _text(p: Tally) -> str:
    if p.withdrawn:
        return f'<span class="withdrawn">{e(t.WITHDRAWN_TEXT)}</span>'
    return words(p.text)


def _brief(p: Tally) -> str:
    return (
        f'<span class="number">#{p.number}</span> {_text(p)}'
        f'<span class="meta"> · {e(_votes(p))}</span>'
    )


def _votes(p: Tally) -> str:
    if not p.votes:
        return t.NO_VOTES
    return t.VOTES.format(
        agree=p.agree,
        votes=p.votes,
        share=p.agree / p.votes,
        disagree=p.disagree,
        passed=p.passed,
    )


def _proposal(p: Tally, r: ReportData) -> str:
    badges = "".join(
        f' <span class="badge">{e(label)}</span>'
        for label, on in ((t.MODERATED, p.hidden), (t.WITHDRAWN, p.withdrawn))
        if on
    )
    author = r.stats.authors.get(p.member_id or 0, "")
    by = para(t.BY.format(member=author), cls="meta") if author and not p.withdrawn else ""
    counts = _votes(p) + (f" · {t.NOT_RANKED}" if p.votes and p.votes < RANK_FROM else "")
    drawn = stacked(
        [
            (p.agree, COLOURS["agree"]),
            (p.disagree, COLOURS["disagree"]),
            (p.passed, COLOURS["pass"]),
        ]
    )
    head = f'<p class="text"><span class="number">#{p.number}</span> {_text(p)}{badges}</p>'
    return head + by + (drawn if p.votes else "") + para(counts, cls="votes")


def _legend() -> str:
    keys = zip(t.LEGEND, ("agree", "disagree", "pass"), strict=True)
    return (
        '<p class="legend">'
        + "".join(
            f'<span><svg viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" '
            f'fill="{COLOURS[key]}"/></svg>{e(label)}</span>'
            for label, key in keys
        )
        + "</p>"
    )


# -- polls, opinion groups, joining ----------------------------------------------------------


def polls(r: ReportData) -> Part | None:
    if not r.polls:
        return None
    return Part("polls", t.POLLS, "".join(_poll(p, r) for p in r.polls))


def _poll(p: PollShown, r: ReportData) -> str:
    if not p.closed:
        state: str = t.POLL_OPEN
    else:
        closed = day(p.closed_at, r.zone) if p.closed_at else ""
        state = t.POLL_CLOSED.format(when=closed).strip()
    voted = t.POLL_VOTERS_ONE if p.voters == 1 else t.POLL_VOTERS.format(n=p.voters)
    head = (
        f'<h3><span class="number">{e(t.POLL_HEAD.format(number=p.number))}</span> '
        f"{words(p.question)}</h3>" + para(f"{voted} · {state}", cls="meta")
    )
    if p.counts_hidden:
        return f'<div class="card">{head}{para(t.POLL_HIDDEN)}</div>'
    whole = max(p.voters, 1)  # each bar as long as its share of those who voted
    rows = [Bar(words(o.label), share_text(o.count, p.voters), o.count / whole) for o in p.options]
    notes = para(t.POLL_MULTIPLE.format(n=p.voters), cls="note") if p.multiple else ""
    notes += para(t.POLL_ANONYMOUS, cls="note") if p.anonymous else ""
    return f'<div class="card">{head}{bars(rows)}{notes}</div>'


def groups(r: ReportData) -> Part:
    lines = [_sentence(line.removeprefix(t.GROUPS_PREFIX)) for line in group_lines(r.stats)]
    plain = [line for line in lines if not line.startswith("• ")]
    listed = [e(line[2:]) for line in lines if line.startswith("• ")]
    body = para(*plain) + items(listed) + para(t.GROUPS_HOW, cls="note")
    return Part("groups", t.GROUPS, body)


def _sentence(line: str) -> str:
    return line[:1].upper() + line[1:]


def joining(r: ReportData) -> Part | None:
    j = r.joining
    if j is None:
        return None
    if not j.joined:
        return Part("joining", t.JOINING, para(t.JOINING_NONE))
    rows = [
        Bar(e(t.JOINING_DIRECT), share_text(j.direct, j.joined), j.direct / j.joined),
        Bar(e(t.JOINING_INVITED), share_text(j.invited, j.joined), j.invited / j.joined),
    ]
    body = para(t.JOINING_LEDE) + bars(rows)
    if j.inviters:
        n = len(j.inviters)
        body += para(t.INVITERS_ONE if n == 1 else t.INVITERS.format(n=n))
        body += items(e(t.INVITER.format(member=m, n=k)) for m, k in j.inviters[:INVITERS])
    return Part("joining", t.JOINING, body)


# -- tone, reminders -------------------------------------------------------------------------


def feelings(r: ReportData) -> Part:
    moods = r.stats.moods
    total = sum(m.messages for m in moods)
    if not total:
        return Part("feelings", t.FEELINGS, para(t.FEELINGS_NONE))
    negative = sum(m.negative for m in moods)
    positive = sum(m.positive for m in moods)
    counts = (
        ("positive", positive, COLOURS["agree"]),
        ("neutral", total - negative - positive, COLOURS["pass"]),
        ("negative", negative, COLOURS["disagree"]),
    )
    rows = [Bar(e(t.FEELING_NAMES[k]), share_text(n, total), n / total, c) for k, n, c in counts]
    body = para(t.FEELINGS_LEDE.format(n=total)) + bars(rows)
    unit = "hour" if r.stats.hourly else "day"
    body += f"<h3>{e(t.FEELINGS_OVER_TIME.format(unit=unit))}</h3>"
    if len(moods) < FEW_POINTS:
        body += para(t.FEELINGS_FEW_POINTS, cls="note")
    else:
        body += line_chart(
            [m.mean for m in moods],
            moods[0].bucket,
            moods[-1].bucket,
            t.FEELINGS_LOW,
            t.FEELINGS_HIGH,
        )
    return Part("feelings", t.FEELINGS, body + para(t.FEELINGS_HOW, cls="note"))


def reminders(r: ReportData) -> Part | None:
    sent = [rate for rate in r.stats.rates if rate.sent]
    if not sent:
        return None
    rows = [
        Bar(
            e(t.REMINDER_KINDS.get(rate.kind, rate.kind)),
            share_text(rate.answered, rate.sent),
            rate.answered / rate.sent,
        )
        for rate in sent
    ]
    body = para(t.REMINDERS_LEDE) + bars(rows)
    invited = next((rate for rate in sent if rate.kind == "champion"), None)
    if invited is not None:  # answered: someone joined through their link and took part
        body += para(t.REMINDERS_CHAMPION.format(n=invited.brought), cls="note")
    return Part("reminders", t.REMINDERS, body)
