"""A session's figures as words: the /stats message (and `codesign stats`), and the summary on
top of the Markdown export. Pure: takes `SessionStats`, returns text."""

from __future__ import annotations

import texts.outcomes
import texts.reports
from dialogs import opinions
from reports import outcomes
from reports.cells import markdown_inline, visible
from reports.figures import SessionStats, reply_share
from storage.exports import Tally

SHORT = 70  # characters of a proposal quoted in a summary
MOODS_SHOWN = 12  # the latest days (or hours) of sentiment in the text; all in the chart


def short(text: str, limit: int = SHORT) -> str:
    """A member's words on one line, cut to `limit` characters."""
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


def proposal_text(t: Tally) -> str:
    return texts.reports.WITHDRAWN_TEXT if t.withdrawn else t.text


def stats_lines(s: SessionStats) -> list[str]:
    """Every section, as lines (headings are lines of their own, sections end with "")."""
    lines = [texts.reports.STATS_FUNNEL]
    for stage in s.funnel:
        shown = stage.share is not None and stage.name != "joined"
        share = f" ({stage.share:.0%})" if shown else ""
        name = texts.reports.STATS_STAGE_NAMES[stage.name]
        lines.append(texts.reports.STATS_STAGE.format(name=name, count=stage.count, share=share))
    lines += ["", texts.reports.STATS_REPLIES]
    for rate in s.rates:
        kind = texts.reports.REPROMPT_NAMES[rate.kind]
        replied = reply_share(rate)
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
    lines += ["", *mood_lines(s), "", *proposal_lines(s), "", *group_lines(s)]
    if s.outcomes:
        lines += ["", *outcomes.stats_lines(s.outcomes, short)]
    return lines


def mood_lines(s: SessionStats) -> list[str]:
    if not s.moods:
        return [texts.reports.STATS_NO_MOODS]
    lines = [texts.reports.STATS_MOODS.format(unit="hour" if s.hourly else "day")]
    if len(s.moods) > MOODS_SHOWN:
        lines.append(texts.reports.STATS_EARLIER_MOODS.format(n=len(s.moods) - MOODS_SHOWN))
    for m in s.moods[-MOODS_SHOWN:]:
        lines.append(
            texts.reports.STATS_MOOD.format(
                bucket=m.bucket, n=m.messages, mean=m.mean, neg=m.negative, pos=m.positive
            )
        )
    return lines


def proposal_lines(s: SessionStats) -> list[str]:
    if not s.ranked:
        return [texts.reports.STATS_NO_VOTES]
    lines = [texts.reports.STATS_RANKED, *(_proposal(t) for t in s.ranked)]
    if s.divisive:
        lines += ["", texts.reports.STATS_DIVISIVE, *(_proposal(t) for t in s.divisive)]
    return lines


def _proposal(t: Tally) -> str:
    return texts.reports.STATS_PROPOSAL.format(
        id=t.number,
        text=texts.reports.WITHDRAWN_TEXT
        if t.withdrawn
        else texts.reports.QUOTED.format(text=visible(short(t.text))),
        agree=t.agree,
        disagree=t.disagree,
        passed=t.passed,
    )


def group_lines(s: SessionStats) -> list[str]:
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
        sizes = ", ".join(
            texts.reports.GROUP_SIZE.format(label=opinions.label(n), n=len(members))
            for n, members in enumerate(g.groups)
        )
        lines = [texts.reports.GROUPS_FOUND.format(n=len(g.groups), sizes=sizes)]
    names = texts.reports.VERDICTS if g.status == "groups" else texts.reports.VERDICTS_ONE_GROUP
    for verdict, label in names.items():
        ids = [f"#{s.number_of(v.proposal_id)}" for v in g.verdicts if v.verdict == verdict]
        if ids:
            lines.append(texts.reports.STATS_VERDICT.format(verdict=label, ids=", ".join(ids)))
    return lines


def stats_text(s: SessionStats) -> str:
    """The /stats message."""
    head = texts.reports.STATS_HEAD.format(title=s.title, code=s.code, status=s.status)
    return "\n".join([head, "", *stats_lines(s)]).strip()


def markdown_summary(s: SessionStats) -> str:
    """The summary on top of the Markdown export: the same sections, as Markdown."""
    out = [f"# {markdown_inline(s.title)}", "", f"Code `{s.code}`, {s.status}, flow {s.flow}.", ""]
    headings = {
        texts.reports.STATS_FUNNEL,
        texts.reports.STATS_REPLIES,
        texts.reports.STATS_RANKED,
        texts.reports.STATS_DIVISIVE,
        texts.outcomes.STATS_HEAD,
    }
    for line in stats_lines(s):
        if line in headings or line.startswith(texts.reports.STATS_MOODS.split("{")[0]):
            out += [f"## {line}", ""]
        elif line.startswith("• "):
            out.append("- " + markdown_inline(line[2:]))
        else:
            out.append(markdown_inline(line) if line else "")
    return "\n".join(out).rstrip() + "\n"
