"""A session's figures as words: the /stats message (and `codesign stats`), and the summary on
top of the Markdown export. Pure: takes `SessionStats`, returns text."""

from __future__ import annotations

import texts.organisers
import texts.outcomes
import texts.reach
import texts.reports
import texts.targeting
from dialogs import opinions
from dialogs.opinions import Groups
from reports import outcomes, reach_text, results_text, uplift
from reports.cells import SMALL, markdown_inline, small, visible
from reports.figures import (
    RANK_FROM,
    SessionStats,
    proposal_number,
    reply_share,
    share_text,
)
from reports.repness import Description, Portrait
from storage.exports import Tally

SHORT = 70  # characters of a proposal quoted in a summary
MOODS_SHOWN = 12  # the latest days (or hours) of sentiment in the text; all in the chart


def short(text: str, limit: int = SHORT) -> str:
    """A member's words on one line, cut to `limit` characters."""
    return results_text.short(text, limit)


def proposal_text(t: Tally) -> str:
    return texts.reports.WITHDRAWN_TEXT if t.withdrawn else t.text


def stats_lines(s: SessionStats) -> list[str]:
    """Every section, as lines (headings are lines of their own, sections end with "")."""
    lines: list[str] = [texts.reports.STATS_FUNNEL]
    for stage in s.funnel:
        name = texts.reports.STATS_STAGE_NAMES[stage.name]
        if stage.share is not None and stage.name != "joined":
            line = texts.reports.STATS_STAGE_SHARE.format(
                name=name, count=stage.count, share=stage.share
            )
        else:
            line = texts.reports.STATS_STAGE.format(name=name, count=stage.count)
        lines.append(line)
    if s.reach is not None:
        lines += ["", *reach_text.stats_lines(s.code, s.reach.funnel.session, s.reach.cascades)]
    lines += ["", texts.reports.STATS_REPLIES]
    for rate in s.rates:
        kind = texts.reports.REPROMPT_NAMES[rate.kind]
        replied = reply_share(rate)
        if replied is not None and rate.kind == "champion":  # someone joined and took part
            lines.append(
                texts.reports.STATS_CHAMPION_REPLY.format(
                    kind=kind,
                    answered=rate.answered,
                    sent=rate.sent,
                    share=replied,
                    within=rate.answered_within,
                    brought=rate.brought,
                )
            )
            continue
        lines.append(
            texts.reports.STATS_REPLY_NONE.format(kind=kind)
            if replied is None
            else texts.reports.STATS_REPLY.format(
                kind=kind,
                answered=rate.answered,
                sent=rate.sent,
                share=replied,
                within=rate.answered_within,
            )
        )
    lines += ["", *results_text.brief_lines(s.questions, s.code)]
    lines += ["", *mood_lines(s), "", *proposal_lines(s), "", *group_lines(s)]
    if s.outcomes:
        lines += ["", *outcomes.stats_lines(s.outcomes, short)]
    if s.targeted:
        lines += ["", *uplift.lines(s.targeted)]
    return lines


def mood_lines(s: SessionStats) -> list[str]:
    if not s.moods:
        return [texts.reports.STATS_NO_MOODS]
    lines = [moods_heading(s)]
    if len(s.moods) > MOODS_SHOWN:
        lines.append(texts.reports.STATS_EARLIER_MOODS.format(n=len(s.moods) - MOODS_SHOWN))
    for m in s.moods[-MOODS_SHOWN:]:
        lines.append(
            texts.reports.STATS_MOOD.format(
                bucket=m.bucket, n=m.messages, mean=m.mean, neg=m.negative, pos=m.positive
            )
        )
    return lines


def moods_heading(s: SessionStats) -> str:
    return texts.reports.STATS_MOODS.format(unit="hour" if s.hourly else "day")


def proposal_lines(s: SessionStats) -> list[str]:
    """The most agreed and the most divisive proposals, raw shares beside their counts; or
    why none are ranked."""
    if not any(t.votes for t in s.proposals):
        return [texts.reports.STATS_NO_VOTES]
    if s.too_few_to_rank:
        return [texts.reports.STATS_TOO_FEW_TO_RANK.format(least=RANK_FROM)]
    lines = [texts.reports.STATS_RANKED, texts.reports.STATS_RANKED_HOW.format(least=RANK_FROM)]
    lines += [_proposal(t) for t in s.ranked] or [
        texts.reports.STATS_NONE_AGREED.format(least=RANK_FROM)
    ]
    if s.divisive:
        lines += ["", texts.reports.STATS_DIVISIVE, texts.reports.STATS_DIVISIVE_HOW]
        lines += [_proposal(t) for t in s.divisive]
    return lines


def quoted(t: Tally | None) -> str:
    if t is None:
        return ""
    if t.withdrawn:
        return texts.reports.WITHDRAWN_TEXT
    return texts.reports.QUOTED.format(text=visible(short(t.text)))


def named(s: SessionStats, proposal_id: int) -> str:
    """ "#3 “Lights by the pond”" (or "#3" alone, for a proposal no longer listed)."""
    text, number = quoted(s.tally(proposal_id)), proposal_number(s.number_of(proposal_id))
    return f"{number} {text}" if text else number


def _proposal(t: Tally) -> str:
    return texts.reports.STATS_PROPOSAL.format(
        number=proposal_number(t.number),
        text=quoted(t),
        agree=share_text(t.agree, t.votes),
        disagree=t.disagree,
        passed=t.passed,
    )


def group_sizes(g: Groups) -> str:
    """ "A: 12, B: 7, C: fewer than 5" (a small group's size is not shown)."""
    return ", ".join(
        texts.reports.GROUP_SIZE_SMALL.format(label=opinions.label(n), least=SMALL)
        if small(len(members))
        else texts.reports.GROUP_SIZE.format(label=opinions.label(n), n=len(members))
        for n, members in enumerate(g.groups)
    )


def group_lines(s: SessionStats) -> list[str]:
    """Whether there are opinion groups; if so what sets each apart, and the common ground."""
    g = s.groups
    if g.status == "too_few_votes":
        return [
            texts.reports.GROUPS_FEW.format(
                members=g.members,
                proposals=g.proposals,
                least=opinions.MIN_VOTES,
                need_members=opinions.MIN_MEMBERS,
                need_proposals=opinions.MIN_PROPOSALS,
            )
        ]
    if g.status == "no_structure":
        lines = [texts.reports.GROUPS_NONE.format(members=g.members, least=opinions.MIN_VOTES)]
    else:
        lines = [texts.reports.GROUPS_FOUND.format(n=len(g.groups), sizes=group_sizes(g))]
    described = s.described
    if described is None:
        return lines
    if g.status == "groups":
        lines += ["", texts.reports.GROUPS_APART_HOW]
        for portrait in described.groups:
            lines += portrait_lines(s, portrait)
    return [*lines, "", *common_lines(s, described)]


def portrait_lines(s: SessionStats, p: Portrait) -> list[str]:
    label = opinions.label(p.group)
    if p.small:
        return [texts.reports.GROUP_SMALL.format(label=label, least=SMALL)]
    if not p.apart:
        return [texts.reports.GROUP_NOTHING_APART.format(label=label, n=p.size)]
    lines = [texts.reports.GROUP_HEAD.format(label=label, n=p.size)]
    for a in p.apart:
        lines.append(
            texts.reports.GROUP_APART.format(
                proposal=named(s, a.proposal_id),
                way=texts.reports.GROUP_WAYS[a.way],
                mine=share_text(a.group.count(a.way), a.group.votes),
                label=label,
                rest=share_text(a.rest.count(a.way), a.rest.votes),
            )
        )
    return lines


def common_lines(s: SessionStats, d: Description) -> list[str]:
    """The proposals every group agrees (or disagrees) with, each group's share said."""
    one = s.groups.status != "groups"
    lines: list[str] = [texts.reports.COMMON_HEAD_ONE if one else texts.reports.COMMON_HEAD]
    if not d.common:
        return [*lines, texts.reports.COMMON_NONE_ONE if one else texts.reports.COMMON_NONE]
    for c in d.common:
        proposal = named(s, c.proposal_id)
        way = texts.reports.GROUP_WAYS[c.way]
        [first, *_] = c.stances
        if one and first is not None:
            of = share_text(first.count(c.way), first.votes)
            lines.append(texts.reports.COMMON_ONE.format(proposal=proposal, way=way, share=of))
            continue
        shares = [
            texts.reports.COMMON_SMALL.format(label=opinions.label(n))
            if stance is None
            else texts.reports.COMMON_SHARE.format(
                label=opinions.label(n), share=share_text(stance.count(c.way), stance.votes)
            )
            for n, stance in enumerate(c.stances)
        ]
        lines.append(
            texts.reports.COMMON_EVERY.format(proposal=proposal, way=way, shares="; ".join(shares))
        )
    return lines


def stats_text(s: SessionStats) -> str:
    """The /stats message."""
    head = texts.reports.STATS_HEAD.format(title=s.title, code=s.code, status=status(s))
    return "\n".join([head, "", *stats_lines(s)]).strip()


def status(s: SessionStats) -> str:
    """The session's status, in words."""
    return texts.organisers.STATUS.get(s.status, s.status)


def markdown_summary(s: SessionStats) -> str:
    """The summary on top of the Markdown export: the same sections, as Markdown."""
    meta = texts.reports.MARKDOWN_META.format(code=s.code, status=status(s), flow=s.flow)
    out = [f"# {markdown_inline(s.title)}", "", meta, ""]
    headings = {
        texts.reports.STATS_FUNNEL,
        texts.reach.STATS_HEAD,
        texts.reports.STATS_REPLIES,
        texts.reports.RESULTS_BRIEF_HEAD.format(code=s.code),
        texts.reports.STATS_RANKED,
        texts.reports.STATS_DIVISIVE,
        moods_heading(s),
        texts.outcomes.STATS_HEAD,
        texts.reports.COMMON_HEAD,
        texts.reports.COMMON_HEAD_ONE,
        texts.targeting.UPLIFT_HEADER,
    }
    for line in stats_lines(s):
        if line in headings:
            out += [f"## {line}", ""]
        elif line.startswith("• "):
            out.append("- " + markdown_inline(line[2:]))
        else:
            out.append(markdown_inline(line) if line else "")
    return "\n".join(out).rstrip() + "\n"
