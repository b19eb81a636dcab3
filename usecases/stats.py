"""/stats <code> (and `codesign stats`): a session's numbers as text, and its chart as a PNG
made off the event loop (the `chart` file maker). `gather` collects the figures, which the
report (`usecases.report`) shows too; `question_results` the results per question."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlmodel import Session

import texts.reports
import texts.segments
from dialogs.models import Engagement, Flow
from dialogs.opinions import opinion_groups
from reports import charts
from reports.figures import SessionStats, funnel, mood_of
from reports.pseudonyms import Labels
from reports.repness import describe
from reports.results import Question, results
from reports.summaries import stats_text
from reports.uplift import Targeted
from storage import exports
from storage import outcomes as outcome_store
from storage import stats as stats_store
from storage.models import CoSession, Kind, id_of
from usecases import files, holdouts, reach, segments
from usecases.access import session_named
from usecases.audit import note
from usecases.context import Ctx, Services
from usecases.paging import pages
from usecases.picking import offer
from usecases.roles import Role
from usecases.times import local_time

HOURLY_UP_TO = timedelta(days=2)  # a session this short shows sentiment by hour


def gather(
    db: Session, services: Services, cosession: CoSession, among: Any | None = None
) -> SessionStats:
    """Every figure of the session, from aggregate queries and its votes; `among`: of a
    segment's members only (`usecases.segments.Target.members`), what they answered, wrote
    and voted."""
    sid = id_of(cosession)
    flow = services.flows.read_by_team(db, cosession)
    rules = flow.engagement if flow is not None else Engagement()
    first, last = stats_store.span(db=db, session_id=sid, among=among)
    hourly = first is not None and last is not None and last - first <= HOURLY_UP_TO
    tallies = exports.tallies(db=db, session_id=sid, among=among)
    labels = Labels(cosession.pseudonym_salt)
    counts = stats_store.funnel(db=db, session_id=sid, among=among)
    outcomes = outcome_store.of_session(db=db, session_id=sid, among=among)
    answered = {a.member_id for o in outcomes for a in o.answers}
    votes = [tuple(v) for v in exports.votes(db=db, session_id=sid, among=among)]
    groups = opinion_groups(votes)
    hidden = {t.id for t in tallies if t.hidden}  # left out of what describes the groups
    # the whole session's reach: not cut by a segment (who brought whom crosses segments)
    reached = (
        reach.gather(db, services, cosession, groups=reach.group_labels(groups))
        if among is None
        else None
    )
    champions = {c.member for c in reached.champions.ranked[: reach.NAMED]} if reached else set()
    return SessionStats(
        title=cosession.title,
        code=cosession.join_code,
        status=cosession.status,
        flow=flow.id if flow is not None else cosession.flow_id,
        members=counts.joined,
        funnel=funnel(counts),
        rates=stats_store.reply_counts(
            db=db, session_id=sid, within=timedelta(days=1), among=among
        ),
        moods=stats_store.moods(
            db=db,
            session_id=sid,
            hourly=hourly,
            negative_below=rules.negative_threshold,
            positive_above=rules.positive_threshold,
            among=among,
        ),
        hourly=hourly,
        proposals=tallies,
        groups=groups,
        authors={
            m: labels(m)
            for m in {*(t.member_id for t in tallies if t.member_id), *answered, *champions}
        },
        outcomes=outcomes,
        questions=question_results(db, flow, cosession, tallies, labels, among=among)
        if flow
        else [],
        described=None
        if groups.status == "too_few_votes"
        else describe([v for v in votes if v[1] not in hidden], groups.groups),
        reach=reached,
        targeted=[] if among is not None else targeted(db, services, sid),
    )


def targeted(db: Session, services: Services, session_id: int) -> list[Targeted]:
    """The session's sends with a holdout, reached against held out (`usecases.holdouts`),
    their times on the session's default clock."""
    return [
        Targeted(c.lever, c.segment, local_time(c.at, services.default_zone), c.percent, c.uplift)
        for c in holdouts.comparisons(db, session_id)
    ]


def question_results(
    db: Session,
    flow: Flow,
    cosession: CoSession,
    tallies: list[exports.Tally],
    label: Callable[[int | None], str],
    only: str | None = None,
    among: Any | None = None,
) -> list[Question]:
    """Results per question (or of the step `only`), members shown by `label` (`among`:
    the answers of a segment's members)."""
    rules = flow.engagement
    hidden = frozenset((t.member_id, t.text) for t in tallies if t.hidden and t.member_id)
    if only is None:
        rows: Iterable[Any] = exports.answers(db=db, session_id=id_of(cosession), among=among)
    else:
        rows = exports.step_answers(db=db, session_id=id_of(cosession), step_id=only, among=among)
    mood = mood_of(rules.negative_threshold, rules.positive_threshold)
    return results(flow, rows, label, mood, hidden, only=only)


def stats(ctx: Ctx, args: str) -> None:
    """/stats <code> [--to NAME]: the numbers now (of a segment's members), the chart as a
    photo right after. A segment of fewer than 5 shows no figure at all."""
    read = segments.read_to(args)
    if read is None:
        ctx.say(texts.segments.TO_MISSING)
        return
    args, name = read
    if not args.strip():
        offer(ctx, "stats")
        return
    cosession = session_named(ctx, args, Role.ORGANISER, Role.COORDINATOR, command="/stats")
    if cosession is None:
        return
    target = segments.target(ctx, cosession, name)
    if name is not None and (target is None or segments.too_small(ctx, target)):
        return
    note(ctx, cosession.id, "read_stats", **segments.audited(target))
    figures = gather(ctx.db, ctx.services, cosession, segments.among(target))
    sections = stats_text(figures).split("\n\n")
    if target is not None:
        sections.insert(0, segments.cut_head(target))
    for part in pages(sections):  # a long session's numbers: more than one message
        ctx.say("\n\n".join(part))
    caption = texts.reports.CHART_CAPTION.format(title=cosession.title)
    files.ask(
        ctx,
        "chart",
        {"session_id": cosession.id, **({"segment": target.name} if target else {})},
        caption if target is None else f"{segments.cut_head(target)}\n{caption}",
        kind=Kind.PHOTO,
        session_id=cosession.id,
    )


@files.maker("chart")
def make_chart(
    db: Session, services: Services, now: datetime, params: dict[str, Any], folder: Path
) -> files.Made:
    cosession = files.session_of(db, params)
    target = segments.cut_for(db, services, now, cosession, params.get("segment"))
    caption = texts.reports.CHART_CAPTION.format(title=cosession.title)
    among = segments.among(target)
    if target is not None and target.small:  # it shrank since it was asked for: no figure
        among, caption = segments.nobody(target), segments.small_text(target.name)
    elif target is not None:
        caption = f"{segments.cut_head(target)}\n{caption}"
    figures = gather(db, services, cosession, among)
    if target is not None:  # the chart's title names the segment
        figures = replace(figures, title=f"{figures.title} · {target.name}")
    path = charts.draw(figures, folder / f"chart-{cosession.join_code}-{now:%Y%m%d%H%M%S%f}.png")
    return files.Made(path, f"{cosession.join_code}-stats.png", caption)
