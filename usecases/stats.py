"""/stats <code> (and `codesign stats`): a session's numbers as text, and its chart as a PNG
made off the event loop (the `chart` file maker). `gather` collects the figures, which the
report (`usecases.report`) shows too."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlmodel import Session

import texts.reports
from dialogs.models import Engagement
from dialogs.opinions import opinion_groups
from reports import charts
from reports.figures import SessionStats, funnel
from reports.pseudonyms import Labels
from reports.summaries import stats_text
from storage import exports
from storage import stats as stats_store
from storage.models import CoSession, Kind, id_of
from usecases import files
from usecases.access import session_named
from usecases.audit import note
from usecases.context import Ctx, Services
from usecases.picking import offer
from usecases.roles import Role

HOURLY_UP_TO = timedelta(days=2)  # a session this short shows sentiment by hour


def gather(db: Session, services: Services, cosession: CoSession) -> SessionStats:
    """Every figure of the session, from aggregate queries and its votes."""
    sid = id_of(cosession)
    flow = services.flows.of_session(db, cosession)
    rules = flow.engagement if flow is not None else Engagement()
    first, last = stats_store.span(db=db, session_id=sid)
    hourly = first is not None and last is not None and last - first <= HOURLY_UP_TO
    tallies = exports.tallies(db=db, session_id=sid)
    labels = Labels(cosession.pseudonym_salt)
    counts = stats_store.funnel(db=db, session_id=sid)
    return SessionStats(
        title=cosession.title,
        code=cosession.join_code,
        status=cosession.status,
        flow=flow.id if flow is not None else cosession.flow_id,
        members=counts.joined,
        funnel=funnel(counts),
        rates=stats_store.reply_counts(db=db, session_id=sid, within=timedelta(days=1)),
        moods=stats_store.moods(
            db=db,
            session_id=sid,
            hourly=hourly,
            negative_below=rules.negative_threshold,
            positive_above=rules.positive_threshold,
        ),
        hourly=hourly,
        proposals=tallies,
        groups=opinion_groups(exports.votes(db=db, session_id=sid)),
        authors={t.member_id: labels(t.member_id) for t in tallies if t.member_id is not None},
    )


def stats(ctx: Ctx, args: str) -> None:
    """/stats <code>: the numbers now, the chart as a photo right after."""
    if not args.strip():
        offer(ctx, "stats")
        return
    cosession = session_named(ctx, args, Role.ORGANISER, Role.COORDINATOR, command="/stats")
    if cosession is None:
        return
    note(ctx, cosession.id, "read", what="its numbers")
    ctx.say(stats_text(gather(ctx.db, ctx.services, cosession)))
    files.ask(
        ctx,
        "chart",
        {"session_id": cosession.id},
        texts.reports.CHART_CAPTION.format(title=cosession.title),
        kind=Kind.PHOTO,
        session_id=cosession.id,
    )


@files.maker("chart")
def make_chart(
    db: Session, services: Services, now: datetime, params: dict[str, Any], folder: Path
) -> files.Made:
    cosession = files.session_of(db, params)
    figures = gather(db, services, cosession)
    path = charts.draw(figures, folder / f"chart-{cosession.join_code}-{now:%Y%m%d%H%M%S%f}.png")
    caption = texts.reports.CHART_CAPTION.format(title=cosession.title)
    return files.Made(path, f"{cosession.join_code}-stats.png", caption)
